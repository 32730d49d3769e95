import { Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useDealers } from "../hooks/use-dealers"
import { useSimulateRewards } from "../hooks/use-dealer-rewards"
import { currentMonth, errorMessage, formatMoney, humanize } from "../lib/format"
import type { RewardProgram } from "../lib/types"

/** "What would dealer X earn for period P under program Y, and what does the next tier need?" */
export const RewardSimulation = ({ programs }: { programs: RewardProgram[] }) => {
  const [programId, setProgramId] = useState("")
  const [dealerCode, setDealerCode] = useState("")
  const [period, setPeriod] = useState(currentMonth())
  const program = programs.find((p) => p.id === programId) ?? programs[0]
  const { data: dealers } = useDealers({ q: dealerCode.trim(), limit: 10 }, { enabled: dealerCode.trim().length > 1 })
  const dealer = dealers?.dealers.find((d) => d.code.toLowerCase() === dealerCode.trim().toLowerCase())
  const simulate = useSimulateRewards(program?.id ?? "")
  const currency = simulate.data?.simulation.program.currency_code

  const run = () =>
    dealer && simulate.mutate({ dealer_id: dealer.id, period }, { onError: (error) => toast.error(errorMessage(error)) })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h2">Simulate</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            What a dealer earns so far under a program, and how far its next tier is.
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Select size="small" value={program?.id ?? ""} onValueChange={setProgramId}>
            <Select.Trigger className="w-44">
              <Select.Value placeholder="Program" />
            </Select.Trigger>
            <Select.Content>
              {programs.map((p) => (
                <Select.Item key={p.id} value={p.id}>
                  {p.code}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Input size="small" placeholder="Dealer code" value={dealerCode} onChange={(e) => setDealerCode(e.target.value)} className="w-36" data-testid="simulate-dealer" />
          <Input size="small" placeholder="Period" value={period} onChange={(e) => setPeriod(e.target.value)} className="w-28" data-testid="simulate-period" />
          <Button size="small" variant="secondary" disabled={!dealer || !program} onClick={run} isLoading={simulate.isPending} data-testid="simulate">
            Simulate
          </Button>
        </div>
      </div>
      {simulate.data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Rule</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Earned</Table.HeaderCell>
              <Table.HeaderCell>Next</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {simulate.data.simulation.rules.map((rule) => (
              <Table.Row key={rule.rule_id} data-testid="simulated-rule">
                <Table.Cell>{rule.name}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {rule.kind === "marketing_points" ? `${rule.amount} points` : formatMoney(rule.amount, currency)}
                </Table.Cell>
                <Table.Cell>
                  {rule.next?.next_tier
                    ? `${formatMoney(rule.next.next_tier.sales_shortfall ?? rule.next.next_tier.shortfall, currency)} more ${humanize(rule.next.next_tier.measure).toLowerCase()} reaches the tier from ${rule.next.next_tier.next_tier_from}: +${formatMoney(rule.next.next_tier.additional_reward, currency)}`
                    : rule.next?.unmet_conditions.length
                      ? `Unmet: ${rule.next.unmet_conditions.map((c) => `${humanize(c.metric)} ${c.actual ?? "n/a"} (needs ${c.value})`).join("; ")}`
                      : "Top tier reached"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
