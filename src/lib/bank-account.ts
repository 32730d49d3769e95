import type * as IbanTools from "ibantools" with { "resolution-mode": "import" }

// ibantools is an ES module whose "require" export is CommonJS; its typings are the ES module's.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ibantools: typeof IbanTools = require("ibantools")
const { electronicFormatIBAN, extractIBAN, isSEPACountry, validateBIC, validateIBAN, ValidationErrorsBIC, ValidationErrorsIBAN } =
  ibantools

const IBAN_PROBLEMS: Record<IbanTools.ValidationErrorsIBAN, string> = {
  [ValidationErrorsIBAN.NoIBANProvided]: "is required",
  [ValidationErrorsIBAN.NoIBANCountry]: "does not start with a known country code",
  [ValidationErrorsIBAN.WrongBBANLength]: "has the wrong length for its country",
  [ValidationErrorsIBAN.WrongBBANFormat]: "does not have its country's account number format",
  [ValidationErrorsIBAN.ChecksumNotNumber]: "must have two check digits after the country code",
  [ValidationErrorsIBAN.WrongIBANChecksum]: "has wrong check digits (mistyped?)",
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum]: "has a wrong national account checksum (mistyped?)",
  [ValidationErrorsIBAN.QRIBANNotAllowed]: "is a QR-IBAN, which cannot receive transfers",
}

const BIC_PROBLEMS: Record<IbanTools.ValidationErrorsBIC, string> = {
  [ValidationErrorsBIC.NoBICProvided]: "is required",
  [ValidationErrorsBIC.NoBICCountry]: "has no known country code in letters 5–6",
  [ValidationErrorsBIC.WrongBICFormat]: "must be 8 or 11 letters and digits (bank, country, location, branch)",
}

/** An IBAN in its electronic form: upper case, no spaces. */
export function normalizeIban(iban: string): string {
  return electronicFormatIBAN(iban) ?? ""
}

export function normalizeBic(bic: string): string {
  return bic.replace(/\s+/g, "").toUpperCase()
}

/** Why an IBAN cannot receive a SEPA credit transfer, or null when it can. */
export function ibanProblem(iban: string): string | null {
  const electronic = normalizeIban(iban)
  const result = validateIBAN(electronic, { allowQRIBAN: false })
  if (!result.valid) return IBAN_PROBLEMS[result.errorCodes[0]] ?? "is not a valid IBAN"
  const country = extractIBAN(electronic).countryCode
  if (!country || !isSEPACountry(country)) return `is from ${country}, outside the SEPA area`
  return null
}

/** Why a BIC is not valid, or null; when an IBAN is given, the BIC's country must be the IBAN's. */
export function bicProblem(bic: string, iban?: string): string | null {
  const normalized = normalizeBic(bic)
  const result = validateBIC(normalized)
  if (!result.valid) return BIC_PROBLEMS[result.errorCodes[0]] ?? "is not a valid BIC"
  const ibanCountry = iban ? normalizeIban(iban).slice(0, 2) : null
  if (ibanCountry && normalized.slice(4, 6) !== ibanCountry) {
    return `is a bank in ${normalized.slice(4, 6)}, but the IBAN is from ${ibanCountry}`
  }
  return null
}

/** What a dealer's member may see of an account number: country, check digits and the last four. */
export function maskIban(iban: string): string {
  const electronic = normalizeIban(iban)
  return `${electronic.slice(0, 4)} **** **** ${electronic.slice(-4)}`
}

/** Characters every SEPA bank accepts in names and remittance texts. */
const SEPA_TEXT = /^[A-Za-z0-9/\-?:().,'+ ]*$/

/** A text in the SEPA Latin character set: accents dropped ("Müller" → "Muller"), null if other letters stay. */
export function sepaText(text: string): string | null {
  const latin = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").replace(/[&]/g, "+")
  return SEPA_TEXT.test(latin) ? latin.replace(/\s+/g, " ").trim() : null
}
