import { Container, Heading, Table, Text } from "@medusajs/ui"
import type { StoreProgressResponse } from "medusa-plugin-dealer-network/client"
import { Stat } from "../../../../src/admin/components/stat"
import { useLabels } from "../../../../src/admin/lib/labels"
import { useMember } from "../../auth/use-session"
import { useTexts } from "../../i18n"
import { formatMoney, formatPercent, signClass } from "../../lib/format"

type Progress = StoreProgressResponse["progress"]

/** For owners and managers of a dealer with partners below it: the roll-up, and each direct sub-dealer. */
export function SubDealers({ progress }: { progress: Progress }) {
  const { t } = useTexts("plan")
  const labels = useLabels()
  const { me } = useMember()
  const currency = progress.plan?.currency_code ?? me.dealer.currency_code
  const network = progress.sub_network
  return (
    <Container className="flex flex-col gap-y-3 p-0" data-testid="plan-sub-network">
      <div className="px-6 pt-4">
        <Heading level="h2">{t("subNetwork")}</Heading>
        {network && (
          <Text size="small" className="text-ui-fg-subtle">{t("subNetworkHint", { count: network.dealer_count - 1 })}</Text>
        )}
      </div>
      {network && (
        <div className="grid grid-cols-2 gap-3 px-6 lg:grid-cols-4">
          <Stat label={t("plan")}>{formatMoney(network.target_amount, currency)}</Stat>
          <Stat label={t("actual")} hint={t("orders", { count: network.actual_order_count })}>{formatMoney(network.actual_amount, currency)}</Stat>
          <Stat label={t("expected")}>{formatMoney(network.deviation.expected_to_date, currency)}</Stat>
          <Stat label={t("deviation")} className={signClass(network.deviation.deviation)}>
            {formatMoney(network.deviation.deviation, currency, { signed: true })}
          </Stat>
        </div>
      )}
      <Text size="small" weight="plus" className="px-6">{t("subDealers")}</Text>
      <Table data-testid="plan-sub-dealers">
        <Table.Header>
          <Table.Row>
            {(["dealer", "plan", "actual", "deviation", "attainment"] as const).map((column) => (
              <Table.HeaderCell key={column} className={column === "dealer" ? undefined : "text-right"}>{t(`subColumn.${column}`)}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(progress.sub_dealers ?? []).map((row) => {
            const money = (amount: string | null | undefined) => formatMoney(amount, row.plan?.currency_code ?? currency)
            return (
              <Table.Row key={row.dealer.id} data-testid="plan-sub-dealer">
                <Table.Cell>
                  <Text size="small" weight="plus">{row.dealer.name}</Text>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {labels.role[row.dealer.role]}
                    {row.has_sub_network && ` · ${t("hasSubNetwork")}`}
                  </Text>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{money(row.plan?.target_amount)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{money(row.actual.amount)}</Table.Cell>
                <Table.Cell className={`text-right tabular-nums ${signClass(row.deviation?.deviation)}`}>
                  {row.deviation ? formatMoney(row.deviation.deviation, row.plan?.currency_code ?? currency, { signed: true }) : "–"}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatPercent(row.deviation?.attainment_percent)}</Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </Container>
  )
}
