import { Badge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { usePriceLists } from "../hooks/use-dealer-agreements"
import { useTexts } from "../hooks/use-texts"
import { agreementChanges, comparable } from "../../lib/agreement-changes"
import type { AgreementChange, ComparedTerm } from "../../lib/agreement-changes"
import { contractFormats, termValueText } from "../lib/agreement-text"
import type { ContractFormats, Translate } from "../lib/agreement-text"
import type { Agreement } from "../../types/dealer-network"
import { useAgreementSources } from "./agreement-sources"
import { usePickedLabels } from "./form/multi-picker-field"

/** Names of the variants, programs and price lists an agreement (or two) refer to, by id. */
function useTermNames(agreements: Agreement[]) {
  const sources = useAgreementSources()
  const variantIds = [...new Set(agreements.flatMap((a) => (a.price_terms ?? []).map((term) => term.variant_id)))]
  const programIds = [...new Set(agreements.flatMap((a) => a.reward_program_ids ?? []))]
  const variantLabels = usePickedLabels(sources.variants, variantIds)
  const programLabels = usePickedLabels(sources.programs, programIds)
  const priceLists = usePriceLists()
  return {
    variants: Object.fromEntries(variantIds.map((id, i) => [id, variantLabels[i]])),
    programs: Object.fromEntries(programIds.map((id, i) => [id, programLabels[i]])),
    priceLists: Object.fromEntries((priceLists.data?.price_lists ?? []).map((list) => [list.id, list.title])),
  }
}

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-4 py-1.5" data-testid={testId}>
    <dt className="text-ui-fg-subtle">{label}</dt>
    <dd className="text-ui-fg-base break-words tabular-nums">{children}</dd>
  </div>
)

const Group = ({ title, children }: { title: string; children: ReactNode }) => (
  <div className="flex flex-col">
    <Text size="small" weight="plus" className="pb-1">
      {title}
    </Text>
    <dl className="txt-compact-small divide-y divide-dashed">{children}</dl>
  </div>
)

/** Every term of one agreement version, in words, grouped as the form groups them. */
export const AgreementTermsList = ({ agreement, currency }: { agreement: Agreement; currency: string }) => {
  const { t, locale } = useTexts("contracts")
  const format = contractFormats(locale, currency)
  const names = useTermNames([agreement])
  const value = (term: ComparedTerm) =>
    termValueText(term, comparable(agreement[term]), t as Translate, format, names.priceLists)
  const support = agreement.support_commitments ?? {}
  const supportRows = Object.entries(support).filter(([, v]) => comparable(v) !== null)

  return (
    <div className="grid grid-cols-1 gap-6 px-6 py-4 lg:grid-cols-2" data-testid="agreement-terms">
      <Group title={t("form.volume")}>
        <Row label={t("terms.minMonthly")}>{value("min_monthly_turnover")}</Row>
        <Row label={t("terms.minAnnual")}>{value("min_annual_turnover")}</Row>
        <Row label={t("terms.minMonthlyQuantity")}>{value("min_monthly_quantity")}</Row>
      </Group>
      <Group title={t("form.payment")}>
        <Row label={t("terms.paymentDays")}>{value("payment_terms_days")}</Row>
        <Row label={t("terms.creditLimit")}>{value("credit_limit")}</Row>
        <Row label={t("terms.minOrder")}>{value("min_order_amount")}</Row>
        <Row label={t("terms.restrict")}>{value("restrict_to_assortment")}</Row>
      </Group>
      <Group title={t("form.prices")}>
        <Row label={t("terms.discount")}>{value("discount_percent")}</Row>
        <Row label={t("terms.priceList")}>
          {agreement.price_list_id ? value("price_list_id") : t("form.storePrices")}
        </Row>
        <Row label={t("terms.agreedPrices")} testId="agreement-agreed-prices">
          {agreement.price_terms?.length ? (
            <ul className="flex flex-col gap-y-0.5">
              {agreement.price_terms.map((term) => (
                <li key={`${term.variant_id}@${term.min_quantity ?? 1}`}>
                  {names.variants[term.variant_id]}: {format.money(term.amount)}{" "}
                  <span className="text-ui-fg-muted">{quantityRange(term.min_quantity, term.max_quantity, t as Translate)}</span>
                </li>
              ))}
            </ul>
          ) : (
            t("values.none")
          )}
        </Row>
      </Group>
      <Group title={t("form.conflicts")}>
        <Row label={t("terms.conflictPolicy")}>{value("conflict_policy")}</Row>
        {agreement.conflict_policy === "split" && <Row label={t("terms.splitShare")}>{value("split_share_percent")}</Row>}
      </Group>
      <Group title={t("form.support")}>
        {supportRows.length ? (
          supportRows.map(([key, v]) => (
            <Row key={key} label={supportLabel(key, t as Translate)}>
              {supportValueText(key, comparable(v), t as Translate, format)}
            </Row>
          ))
        ) : (
          <Row label={t("form.support")}>{t("values.none")}</Row>
        )}
      </Group>
      <Group title={t("form.rewards")}>
        <Row label={t("terms.programs")} testId="agreement-programs">
          {agreement.reward_program_ids?.length ? (
            <div className="flex flex-wrap gap-1">
              {agreement.reward_program_ids.map((id) => (
                <Badge key={id} size="2xsmall">
                  {names.programs[id]}
                </Badge>
              ))}
            </div>
          ) : (
            t("values.none")
          )}
        </Row>
        <Row label={t("terms.payoutForm")}>{value("payout_form")}</Row>
      </Group>
      {agreement.interaction_rules && (
        <Group title={t("terms.interactionRules")}>
          <Text size="small" className="whitespace-pre-line py-1.5">
            {agreement.interaction_rules}
          </Text>
        </Group>
      )}
    </div>
  )
}

function quantityRange(min: number | null | undefined, max: number | null | undefined, t: Translate) {
  if (max != null) return t("values.qtyRange", { from: min ?? 1, to: max })
  return t("values.qtyFrom", { from: min ?? 1 })
}

const KNOWN_SUPPORT = ["trainings_per_year", "materials", "co_marketing_budget", "co_marketing_share_percent", "event_share_from_money"]

/** A support commitment's name; keys the form does not know are shown as written ("demo_vans" → "Demo vans"). */
function supportLabel(key: string, t: Translate) {
  if (KNOWN_SUPPORT.includes(key)) return t(`support.${key}`)
  const words = key.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function supportValueText(key: string, value: string | number | boolean | null, t: Translate, format: ContractFormats) {
  if (value === null) return t("values.none")
  if (typeof value === "boolean") return value ? t("values.yes") : t("values.no")
  if (key === "co_marketing_budget") return format.money(value)
  if (key === "co_marketing_share_percent") return format.percent(value)
  return /^-?\d+(\.\d+)?$/.test(String(value)) ? format.number(value) : String(value)
}

/** One change between two versions, in a sentence. */
function changeText(change: AgreementChange, t: Translate, format: ContractFormats, names: ReturnType<typeof useTermNames>) {
  switch (change.kind) {
    case "term": {
      const was = termValueText(change.term, change.before, t, format, names.priceLists)
      const is = termValueText(change.term, change.after, t, format, names.priceLists)
      return t("changes.term", { term: t(`termNames.${change.term}`), before: was, after: is })
    }
    case "support":
      return t("changes.term", {
        term: supportLabel(change.key, t),
        before: supportValueText(change.key, change.before, t, format),
        after: supportValueText(change.key, change.after, t, format),
      })
    case "price_added":
      return t("changes.priceAdded", {
        variant: names.variants[change.variant_id],
        from: change.min_quantity,
        amount: format.money(change.amount),
      })
    case "price_removed":
      return t("changes.priceRemoved", {
        variant: names.variants[change.variant_id],
        from: change.min_quantity,
        amount: format.money(change.amount),
      })
    case "price_changed":
      return t("changes.priceChanged", {
        variant: names.variants[change.variant_id],
        from: change.min_quantity,
        before: format.money(change.before),
        after: format.money(change.after),
      })
    case "program_added":
      return t("changes.programAdded", { program: names.programs[change.program_id] })
    case "program_removed":
      return t("changes.programRemoved", { program: names.programs[change.program_id] })
  }
}

/** What a version changed against the one before it, one sentence a change. */
export const AgreementChanges = ({ before, after, currency }: { before: Agreement; after: Agreement; currency: string }) => {
  const { t, locale } = useTexts("contracts")
  const format = contractFormats(locale, currency)
  const names = useTermNames([before, after])
  const changes = agreementChanges(before, after)
  if (!changes.length) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("changes.none")}
      </Text>
    )
  }
  return (
    <ul className="txt-compact-small flex list-disc flex-col gap-y-1 pl-5" data-testid="agreement-changes">
      {changes.map((change, index) => (
        <li key={index}>{changeText(change, t as Translate, format, names)}</li>
      ))}
    </ul>
  )
}
