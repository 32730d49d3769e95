import i18next from "i18next"
import { initReactI18next } from "react-i18next"
import { z } from "zod"
import { percent, wholeNumber } from "../../../api/utils/validation-primitives"
import { placementProblem } from "../../../lib/dealer-hierarchy"
import { EventSchedule, eventScheduleProblem } from "../../../lib/event-cost"
import { amountProblem } from "../../../lib/input-bounds"
import texts from "../../i18n"
import { formatPeriod } from "../dates"
import { apiIssueText, formIssueText } from "../validation-text"

/** The API's message for a value one of its own validators refuses. */
const refusal = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value)
  if (result.success) throw new Error(`${JSON.stringify(value)} passed`)
  return result.error.issues[0].message
}

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
    expect(apiIssueText("dealer DLR-BERLIN already has code DLR-BERLIN")).toBe("DLR-BERLIN уже указан у дилера DLR-BERLIN")
    // A field's own words win over the general ones, found by the path's last key.
    expect(apiIssueText("dealer DLR-BERLIN already has code DLR-BERLIN", "code")).toBe("этот код уже у дилера DLR-BERLIN")
    expect(apiIssueText("must be after valid_from (2026-11-01T00:00:00.000Z)", "valid_to")).toBe("должно быть позже начала действия (1 нояб. 2026 г.)")
    expect(apiIssueText("must be above the previous tier's from", "definition.reward.tiers.1.from")).toBe("порог должен быть больше, чем у предыдущей ступени")
    expect(apiIssueText("agreement KIEL-2026 already exists")).toBe("Договор KIEL-2026 уже существует")
    expect(apiIssueText("must be after valid_from (2026-11-01T00:00:00.000Z)")).toBe("должно быть позже 1 нояб. 2026 г.")
    expect(apiIssueText("must be above the previous tier's from")).toBe("должно быть больше, чем у предыдущей ступени")
    expect(apiIssueText(eventScheduleProblem(schedule({ registration_deadline: new Date("2027-03-11") }))!.split(": ")[1])).toBe("не может быть позже начала")
    expect(apiIssueText(eventScheduleProblem(schedule({ ends_at: new Date("2027-03-09") }))!.split(": ")[1])).toBe("должно быть позже начала")
    expect(apiIssueText("must not be before the agreement starts (2026-11-01T00:00:00.000Z)")).toBe("не может быть раньше начала")
    expect(
      apiIssueText(
        "overlaps the exclusive zone of DLR-KIEL · Kiel Tools in Schleswig-Holstein for the whole assortment from 2026-01-01 with no end: zones of different dealers may not share a place, products and dates when either is exclusive"
      )
    ).toBe(
      "пересекается с эксклюзивной зоной DLR-KIEL · Kiel Tools в «Schleswig-Holstein» (весь ассортимент, с 1 янв. 2026 г. бессрочно): зоны разных дилеров не могут совпадать по месту, товарам и датам, если хотя бы одна эксклюзивная"
    )
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
