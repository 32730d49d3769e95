import i18next from "i18next"
import { initReactI18next } from "react-i18next"
import { z } from "zod"
import { AdminResolveDealerConflict } from "../../../api/admin/dealer-conflicts/validators"
import { AdminAdjustMaterialStock } from "../../../api/admin/dealer-materials/validators"
import { AdminCreateDealerPlan } from "../../../api/admin/dealer-plans/validators"
import { AdminCreateDealerBankAccount } from "../../../api/admin/dealers/validators"
import { issuesMessage } from "../../../api/utils/validate"
import { dayKey, percent, periodKey, wholeNumber } from "../../../api/utils/validation-primitives"
import { contestProblem } from "../../../lib/contest-prizes"
import { placementProblem } from "../../../lib/dealer-hierarchy"
import { EventSchedule, eventScheduleProblem } from "../../../lib/event-cost"
import { amountProblem } from "../../../lib/input-bounds"
import * as refusals from "../../../lib/refusals"
import { seasonalityWeightsProblem } from "../../../lib/seasonality"
import { territoryPlacementProblem } from "../../../lib/territory-hierarchy"
import { rewardRuleDefinitionSchema } from "../../../modules/rewards/schemas"
import texts from "../../i18n"
import { formatPeriod } from "../dates"
import { apiErrorParts, refusalText } from "../errors"
import { apiIssueText, formIssueText } from "../validation-text"

/** The API's message for a value one of its own validators refuses. */
const refusal = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  if (result.success) throw new Error(`${JSON.stringify(value)} passed`)
  return result.error.issues[0].message
}

/** The API's whole refusal of a body one of its validators refuses, as validateBody words it ("field: why; …"). */
const bodyRefusal = (schema: z.ZodType, body: unknown) => {
  const result = schema.safeParse(body)
  if (result.success) throw new Error(`${JSON.stringify(body)} passed`)
  return issuesMessage(result.error.issues)
}

/** How a form says a refusal at its field: the part's text in the admin's words, found by the path it names. */
const atField = (message: string) => apiErrorParts(message).map((part) => apiIssueText(part.message, part.path)).join("; ")

/** A form check's message with the forms' error map (zodResolver passes it the same way). */
const formRefusal = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, { error: formIssueText })
  if (result.success) throw new Error(`${JSON.stringify(value)} passed`)
  return result.error.issues[0].message
}

/** An event on 10 March 2027, registration and cancellation closing the week before, but for what is given. */
const schedule = (changes: Partial<EventSchedule>): EventSchedule => ({
  starts_at: new Date("2027-03-10"),
  ends_at: new Date("2027-03-10T18:00:00Z"),
  registration_deadline: new Date("2027-03-03"),
  cancellation_deadline: new Date("2027-03-03"),
  ...changes,
})

describe("refusals in the admin user's language", () => {
  beforeAll(async () => {
    await i18next.use(initReactI18next).init({ lng: "ru", resources: texts, interpolation: { escapeValue: false } })
  })

  it("says the API's refusals in Russian, with numbers and dates in the Russian way", () => {
    expect(apiIssueText(refusal(percent, 150))).toBe("не больше 100")
    expect(apiIssueText(refusal(wholeNumber(1, 36), 1.5))).toBe("нужно целое число")
    expect(apiIssueText(refusal(wholeNumber(1, 36), 0))).toBe("не меньше 1")
    expect(apiIssueText(amountProblem(-5, {}) as string)).toBe("не может быть отрицательным")
    expect(apiIssueText(refusal(z.object({ code: z.string() }), {}))).toBe("Обязательное поле")
    expect(apiIssueText(placementProblem("distributor", "dealer") as string)).toBe("Дистрибьютор не может подчиняться дилеру")
    const codeTaken = refusals.dealerFieldTaken("code", "DLR-BERLIN", "DLR-BERLIN")
    expect(apiIssueText(apiErrorParts(codeTaken)[0].message)).toBe("DLR-BERLIN уже указан у дилера DLR-BERLIN")
    // A field's own words win over the general ones, found by the path's last key.
    expect(atField(codeTaken)).toBe("этот код уже у дилера DLR-BERLIN")
    const validTo = refusals.validToAfterFrom(new Date("2026-11-01T00:00:00Z"))
    expect(atField(validTo)).toBe("должно быть позже начала действия (1 нояб. 2026 г.)")
    expect(atField(refusals.alreadyExists("number", "agreement", "KIEL-2026"))).toBe("Договор KIEL-2026 уже существует")
    expect(apiIssueText(apiErrorParts(validTo)[0].message)).toBe("должно быть позже 1 нояб. 2026 г.")
    expect(apiIssueText(eventScheduleProblem(schedule({ registration_deadline: new Date("2027-03-11") }))!.split(": ")[1])).toBe("не может быть позже начала")
    expect(apiIssueText(eventScheduleProblem(schedule({ ends_at: new Date("2027-03-09") }))!.split(": ")[1])).toBe("должно быть позже начала")
    expect(atField(refusals.terminatedBeforeStart("2026-11-01T00:00:00Z"))).toBe("не может быть раньше начала")
    const zone = {
      is_exclusive: true,
      starts_at: "2026-01-01T00:00:00.000Z",
      ends_at: null,
      dealer: { code: "DLR-KIEL", name: "Kiel Tools" },
      territory: { name: "Schleswig-Holstein" },
      categories: [],
    }
    expect(atField(refusals.zoneOverlap(zone))).toBe(
      "пересекается с эксклюзивной зоной DLR-KIEL · Kiel Tools в «Schleswig-Holstein» (весь ассортимент, с 1 янв. 2026 г. бессрочно): зоны разных дилеров не могут совпадать по месту, товарам и датам, если хотя бы одна эксклюзивная"
    )
  })

  it("says the tier threshold's refusal at the form's field, with the previous tier's start", () => {
    const tiers = [{ from: 500, rate_percent: 2 }, { from: 100, rate_percent: 3 }]
    const message = bodyRefusal(rewardRuleDefinitionSchema, { reward: { type: "tiered", base: "sales_amount", mode: "stepped", tiers } })
    expect(message).toBe("reward.tiers.1.from: must be above the previous tier's from (500)")
    expect(atField(message)).toBe("должно быть больше 500: значения «От» предыдущей ступени")
  })

  it("says the validators' refusals of the forms' bodies in Russian", () => {
    expect(atField(bodyRefusal(periodKey, "2026-13"))).toBe("укажите месяц")
    expect(atField(bodyRefusal(dayKey, "2026-02-30"))).toBe("укажите существующую дату")
    const plan = { dealer_id: "dlr_1", period: "2026-12", target_amount: 1000 }
    const twice = [0, 1].map(() => ({ target_type: "category", target_id: "pcat_1", metric: "amount", target_value: 10 }))
    expect(atField(bodyRefusal(AdminCreateDealerPlan, { ...plan, targets: twice }))).toBe("товар или категория указаны дважды для одного показателя")
    expect(atField(bodyRefusal(AdminResolveDealerConflict, { resolution: "keep_seller", split_share_percent: 50 }))).toBe("долю указывают только при разделе")
    expect(atField(bodyRefusal(AdminAdjustMaterialStock, {}))).toBe("укажите либо изменение, либо новый остаток")
    const account = { holder: "Иван Петров", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX" }
    expect(atField(bodyRefusal(AdminCreateDealerBankAccount, account))).toBe("только латинские буквы, цифры и / - ? : ( ) . , ' + (имя так, как его пишет банк)")
    expect(atField(bodyRefusal(AdminCreateDealerBankAccount, { ...account, holder: "Ivan Petrov", iban: "DE00 3704 0044 0532 0130 00" }))).toBe(
      "неверные контрольные цифры (опечатка?)"
    )
    expect(atField(bodyRefusal(AdminCreateDealerBankAccount, { ...account, holder: "Ivan Petrov", bic: "COBADEF" }))).toBe(
      "нужно 8 или 11 букв и цифр (банк, страна, город, отделение)"
    )
    expect(atField(bodyRefusal(AdminCreateDealerBankAccount, { ...account, holder: "Ivan Petrov", bic: "BNPAFRPPXXX" }))).toBe(
      "банк в стране «Франция», а IBAN — из страны «Германия»"
    )
    expect(apiIssueText(seasonalityWeightsProblem(Array(12).fill(8.33))!)).toBe("в сумме должно быть 100 (сейчас 99,96)")
    expect(apiIssueText(seasonalityWeightsProblem([100])!)).toBe("нужно 12 весов, по одному на месяц (сейчас 1)")
    expect(apiIssueText(territoryPlacementProblem("country", "city")!)).toBe("«Страна» не может входить в «Город»")
    const contest = { starts_on: "2026-12-10", ends_on: "2026-12-01", metric: "sales_amount", focus_key: null, prizes: [] } as any
    expect(atField(contestProblem(contest)!)).toBe("не может быть раньше начала")
    expect(atField(contestProblem({ ...contest, ends_on: "2026-12-31", metric: "focus_amount" })!)).toBe("выберите товар или категорию")
  })

  it("says the services' refusals in Russian, with their figures in the Russian way", () => {
    expect(atField(refusals.tierFieldTaken("name", "Gold", "Gold"))).toBe("Gold уже у ступени «Gold»")
    expect(atField(refusals.seatsTaken(12))).toBe("занято мест: 12; вместимость не может быть меньше")
    expect(atField(refusals.parentCountryMismatch("de"))).toBe("должна совпадать со страной вышестоящей территории (Германия)")
    expect(atField(refusals.territoryCountryMove("pl"))).toBe("территорию нельзя перенести в другую страну (Польша)")
    expect(atField(refusals.alreadyExists("code", "territory", "DE-BY"))).toBe("Территория DE-BY уже существует")
    expect(atField(refusals.OWN_PARENT)).toBe("дилер не может быть вышестоящим для самого себя")
    expect(atField(refusals.UNDER_OWN_DESCENDANT)).toBe("дилера нельзя подчинить партнёру из его же сети")
    expect(atField(refusals.childPlacementRefused(placementProblem("distributor", "dealer")!))).toBe(
      "Дистрибьютор из сети этого партнёра не может подчиняться дилеру"
    )
    expect(atField(refusals.SPLIT_SHARE_NEEDED)).toBe("для раздела нужна доля владельца зоны: больше 0 и не больше 100")
    expect(atField(refusals.noZoneOwner("dcc_1", "outside_zone"))).toBe("у этого случая нет владельца зоны: продажу можно только оставить продавцу")
    expect(atField(refusals.agreementEnded("KIEL-2026", "2026-06-30T00:00:00Z"))).toBe("договор KIEL-2026 закончился 30 июн. 2026 г.")
    expect(atField(refusals.agreementInForceLater({ number: "KIEL-2026", version: 2, valid_from: "2026-12-01T00:00:00Z" }))).toBe(
      "договор KIEL-2026 (версия 2) действует с 1 дек. 2026 г.; новый договор должен начинаться позже (или подпишите новую версию)"
    )
    expect(atField(refusals.outsideVersionValidity("2026-01-01T00:00:00Z", null))).toBe(
      "должно попадать в срок действия текущей версии (1 янв. 2026 г. – бессрочно)"
    )
    expect(atField(refusals.outsideVersionValidity("2026-01-01T00:00:00Z", "2026-06-30T00:00:00Z"))).toBe(
      "должно попадать в срок действия текущей версии (1 янв. 2026 г. – 30 июн. 2026 г.)"
    )
    const active = { number: "KIEL-2026", version: 1, status: "active" }
    expect(atField(refusals.agreementStatusRefused(active, "only a draft can be changed. To change its terms, create a new version (POST /x)"))).toBe(
      "договор KIEL-2026 (версия 1): статус «Действует»; изменить можно только черновик, для новых условий подпишите новую версию"
    )
    expect(atField(refusals.agreementStatusRefused({ ...active, status: "draft" }, "only an active agreement can be terminated"))).toBe(
      "договор KIEL-2026 (версия 1): статус «Черновик»; расторгнуть можно только действующий договор"
    )
    expect(atField(refusals.seasonalityProfileExists("Сад", "dssp_1"))).toBe("профиль сезонности «Сад» уже существует")
    expect(atField(refusals.planExists("2026-12", "dpln_1"))).toBe("у дилера уже есть план на декабрь 2026 г.; измените его")
    expect(atField(refusals.alreadyMembers([{ customer_id: "cus_1", dealer_code: "DLR-KIEL" }]))).toBe(
      "покупатель может состоять только в одном дилере; уже состоит в DLR-KIEL"
    )
    expect(atField(refusals.balanceTooLow("money", "18", "eur", "1250.5"))).toMatch(/^баланс \(Деньги\) — 18,00\s€; 1\s250,50\s€ из него не выплатить$/)
    expect(atField(refusals.balanceTooLow("marketing_points", "40", "eur", "1500"))).toMatch(/^баланс \(Маркетинговые баллы\) — 40; 1\s500 из него не выплатить$/)
    expect(atField(refusals.PAYOUT_AMOUNT_CENTS)).toBe("сумма больше 0, не больше 2 знаков после запятой")
    expect(atField(refusals.noPayoutFormAgreement("DLR-KIEL"))).toBe(
      "у дилера DLR-KIEL нет действующего договора, из которого взять форму выплаты; выберите форму"
    )
    expect(atField(refusals.PROGRAM_ONLY_FOR_POINTS)).toBe("программу указывают только для выплаты маркетинговыми баллами")
    expect(atField(refusals.nothingToOffset("DLR-KIEL", "eur"))).toBe("у дилера DLR-KIEL нет неоплаченных заказов в EUR для зачёта")
    expect(atField(refusals.buysNoPoints("0.5", "eur", "1"))).toMatch(/^на 0,50\s€ не получить ни одного маркетингового балла \(1 за единицу\)$/)
    expect(atField(refusals.noDiscountGroup("DLR-KIEL"))).toBe("у дилера DLR-KIEL нет группы покупателей, которой можно ограничить скидку")
    expect(atField(refusals.onlyActiveProgramsClose("quarter", "2026-Q4"))).toBe(
      "за период «4 кв. 2026» закрываются только действующие программы с таким периодом"
    )
    expect(atField(refusals.periodNotStarted("2027-01"))).toBe("период «январь 2027 г.» ещё не начался")
    expect(atField(refusals.periodNotEnded("2026-12"))).toBe("период «декабрь 2026 г.» ещё не закончился; дилера периода выбирают после его окончания")
    expect(atField(refusals.noScoreInPeriod("2026-11"))).toBe("ни у одного дилера нет баллов больше 0 за период «ноябрь 2026 г.»")
    expect(atField(refusals.RATING_WEIGHTS_ALL_ZERO)).toBe("хотя бы один вес должен быть больше 0")
  })

  it("says a refusal in a toast without the API's field name where it has words for it", () => {
    expect(refusalText(new Error(refusals.seatsTaken(3)))).toBe("занято мест: 3; вместимость не может быть меньше")
    expect(refusalText(new Error("file: the file has a header but no rows"))).toBe("file: the file has a header but no rows")
  })

  it("keeps the API's own text when the admin has no words for it", () => {
    expect(apiIssueText("the file has a header but no rows")).toBe("the file has a header but no rows")
  })

  it("says the forms' own checks in Russian where a schema gives no message", () => {
    expect(formRefusal(z.string().trim().min(1), "  ")).toBe("Обязательное поле")
    expect(formRefusal(z.number().int(), 2.5)).toBe("нужно целое число")
    expect(formRefusal(z.number().min(0).max(100), 1000)).toBe("не больше 100")
    expect(formRefusal(z.number(), Number.NaN)).toBe("Введите число")
    expect(formRefusal(z.enum(["a", "b"]), "c")).toBe("Выберите один из вариантов")
    // A schema's own message wins.
    expect(formRefusal(z.string().min(1, "Pick a dealer"), "")).toBe("Pick a dealer")
  })

  it("formats period keys: months, quarters, years and a contest's days", () => {
    expect(formatPeriod("2026-11")).toBe("ноябрь 2026 г.")
    expect(formatPeriod("2026-Q4")).toBe("4 кв. 2026")
    expect(formatPeriod("2026")).toBe("2026 год")
    expect(formatPeriod("2026-11-01..2026-11-30")).toBe("1 нояб. 2026 г. – 30 нояб. 2026 г.")
  })
})
