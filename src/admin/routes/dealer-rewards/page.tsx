import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Trophy } from "@medusajs/icons"
import { Badge, Button, Checkbox, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { AccrualExplanationDrawer, formatReward } from "../../components/accrual-explanation"
import { CreateProgramDrawer } from "../../components/create-program-drawer"
import { RewardSimulation } from "../../components/reward-simulation"
import { MonthPicker } from "../../components/month-picker"
import {
  useClosePeriod,
  useDecideAccruals,
  useRewardAccruals,
  useRewardPrograms,
} from "../../hooks/use-dealer-rewards"
import { useDealers } from "../../hooks/use-dealers"
import { countOf, currentMonth, errorMessage, humanize, shiftMonth } from "../../lib/format"
import { withQueryClient } from "../../lib/query-client"
import type { AccrualStatus, RewardAccrual } from "../../lib/types"

const STATUS_COLORS: Record<AccrualStatus, "orange" | "grey" | "green" | "red"> = {
  pending: "orange",
  held: "grey",
  approved: "green",
  rejected: "red",
}

const ProgramsSection = () => {
  const { data, isLoading } = useRewardPrograms()
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Programs</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Created here or with the admin API, or defined in code (plugin options).
          </Text>
        </div>
        <CreateProgramDrawer />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Code</Table.HeaderCell>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Period</Table.HeaderCell>
            <Table.HeaderCell>Rules</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.programs ?? []).map((program) => (
            <Table.Row key={program.id} data-testid={`program-${program.code}`}>
              <Table.Cell className="font-medium">{program.code}</Table.Cell>
              <Table.Cell>
                {program.name}
                {program.is_code_defined && (
                  <Badge size="2xsmall" className="ml-2">
                    In code
                  </Badge>
                )}
              </Table.Cell>
              <Table.Cell>{humanize(program.period_type)}</Table.Cell>
              <Table.Cell>{program.rules.map((rule) => rule.name).join(", ")}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={program.status === "active" ? "green" : "grey"}>
                  {humanize(program.status)}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!isLoading && !data?.programs.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          No reward programs yet.
        </Text>
      )}
    </Container>
  )
}

const ClosePeriod = () => {
  const [period, setPeriod] = useState(shiftMonth(currentMonth(), -1))
  const close = useClosePeriod()
  const run = () =>
    close.mutate(period, {
      onSuccess: ({ close: result }) =>
        toast.success(
          `Closed ${result.period}: ${result.programs
            .map((p) => `${p.code} ${countOf(p.accruals, "new accrual")} for ${countOf(p.participants, "dealer")}`)
            .join("; ") || "no program of that period"}`
        ),
      onError: (error) => toast.error(errorMessage(error)),
    })
  return (
    <div className="flex items-center gap-x-2">
      <MonthPicker value={period} onChange={setPeriod} />
      <Button size="small" variant="secondary" onClick={run} isLoading={close.isPending} data-testid="close-period">
        Close period
      </Button>
    </div>
  )
}

const AccrualsSection = () => {
  const [status, setStatus] = useState<string>("pending")
  const [period, setPeriod] = useState("")
  const [selected, setSelected] = useState<string[]>([])
  const [reason, setReason] = useState("")
  const [shown, setShown] = useState<RewardAccrual | null>(null)
  const query = useMemo(
    () => ({ status: status === "all" ? undefined : status, period_key: period || undefined, limit: 100 }),
    [status, period]
  )
  const { data } = useRewardAccruals(query)
  const { data: programs } = useRewardPrograms()
  const dealerIds = useMemo(() => [...new Set((data?.accruals ?? []).map((a) => a.dealer_id))], [data])
  const { data: dealers } = useDealers({ id: dealerIds, limit: dealerIds.length || 1 }, { enabled: dealerIds.length > 0 })
  const codeOf = useMemo(
    () => new Map<string, string>((dealers?.dealers ?? []).map((d: { id: string; code: string }) => [d.id, d.code])),
    [dealers]
  )
  const decide = useDecideAccruals()
  const ruleName = useMemo(
    () => new Map((programs?.programs ?? []).flatMap((p) => p.rules.map((r) => [r.id, `${p.code} · ${r.name}`] as const))),
    [programs]
  )
  const accruals = data?.accruals ?? []
  const decidable = accruals.filter((a) => a.status === "pending" || a.status === "held")

  const submit = (reject: boolean) =>
    decide.mutate(
      { ids: selected, reason: reject ? reason : undefined },
      {
        onSuccess: (result) => {
          const done = (result.approved ?? result.rejected ?? []).length
          toast.success(`${reject ? "Rejected" : "Approved"} ${countOf(done, "accrual")}; ${result.skipped.length} skipped`)
          setSelected([])
          setReason("")
        },
        onError: (error) => toast.error(errorMessage(error)),
      }
    )

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h2">Accruals</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            What each period close found earned beyond earlier accruals. Click a row for how it was computed.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Input size="small" placeholder="Period, e.g. 2026-11" value={period} onChange={(e) => setPeriod(e.target.value)} className="w-40" />
          <Select size="small" value={status} onValueChange={setStatus}>
            <Select.Trigger className="w-32" data-testid="accrual-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {["pending", "held", "approved", "rejected", "all"].map((value) => (
                <Select.Item key={value} value={value}>
                  {humanize(value)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {selected.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          <Text size="small">{countOf(selected.length, "accrual")} selected</Text>
          <Button size="small" onClick={() => submit(false)} isLoading={decide.isPending} data-testid="approve-accruals">
            Approve
          </Button>
          <Input size="small" placeholder="Reason to reject" value={reason} onChange={(e) => setReason(e.target.value)} className="w-64" />
          <Button size="small" variant="danger" disabled={!reason.trim()} onClick={() => submit(true)}>
            Reject
          </Button>
        </div>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>
              <Checkbox
                checked={decidable.length > 0 && selected.length === decidable.length}
                onCheckedChange={(checked) => setSelected(checked ? decidable.map((a) => a.id) : [])}
                data-testid="select-all-accruals"
              />
            </Table.HeaderCell>
            <Table.HeaderCell>Dealer</Table.HeaderCell>
            <Table.HeaderCell>Rule</Table.HeaderCell>
            <Table.HeaderCell>Period</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {accruals.map((accrual) => (
            <Table.Row key={accrual.id} className="cursor-pointer" onClick={() => setShown(accrual)} data-testid="accrual-row">
              <Table.Cell onClick={(e) => e.stopPropagation()}>
                {(accrual.status === "pending" || accrual.status === "held") && (
                  <Checkbox
                    checked={selected.includes(accrual.id)}
                    onCheckedChange={(checked) =>
                      setSelected((ids) => (checked ? [...ids, accrual.id] : ids.filter((id) => id !== accrual.id)))
                    }
                  />
                )}
              </Table.Cell>
              <Table.Cell>
                <Link to={`/dealers/${accrual.dealer_id}`} onClick={(e) => e.stopPropagation()} className="text-ui-fg-interactive">
                  {codeOf.get(accrual.dealer_id) ?? accrual.dealer_id}
                </Link>
              </Table.Cell>
              <Table.Cell>{ruleName.get(accrual.rule_id) ?? accrual.explanation?.rule?.name ?? accrual.rule_id}</Table.Cell>
              <Table.Cell>{accrual.period_key}</Table.Cell>
              <Table.Cell className="text-right tabular-nums" data-testid="accrual-amount">
                {formatReward(accrual.amount, accrual)}
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLORS[accrual.status]}>
                  {humanize(accrual.status)}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!accruals.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          No accruals match.
        </Text>
      )}
      <AccrualExplanationDrawer accrual={shown} onClose={() => setShown(null)} />
    </Container>
  )
}

const DealerRewardsPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
      <div>
        <Heading>Dealer rewards</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Programs, the reward ledger and its approval. A period close can be rerun: it only adds what changed.
        </Text>
      </div>
      <ClosePeriod />
    </Container>
    <AccrualsSection />
    <ProgramsSection />
    <SimulationSection />
  </div>
)

const SimulationSection = () => {
  const { data } = useRewardPrograms()
  return data?.programs.length ? <RewardSimulation programs={data.programs} /> : null
}

export const config = defineRouteConfig({ label: "Dealer rewards", icon: Trophy })

export default withQueryClient(DealerRewardsPage)
