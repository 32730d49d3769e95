import { bankCsvExporter } from "./bank-csv"
import { sepaCreditTransferExporter } from "./sepa-credit-transfer"
import type { PayoutExporter } from "./types"

export * from "./types"
export { remittanceText } from "./remittance"

const exporters = new Map<string, PayoutExporter>(
  [sepaCreditTransferExporter, bankCsvExporter].map((exporter) => [exporter.format, exporter])
)

/** Offers another bank file format (a host app calls this once, e.g. from a loader). */
export function registerPayoutExporter(exporter: PayoutExporter): void {
  exporters.set(exporter.format, exporter)
}

export function payoutExporter(format: string): PayoutExporter | undefined {
  return exporters.get(format)
}

export function payoutExporters(): PayoutExporter[] {
  return [...exporters.values()]
}
