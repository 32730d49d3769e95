import { DetailPageLoading, DetailPageNotFound } from "../../../../components/detail-page-state"
import { EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  StatusBadge,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { InfoRow } from "../../../../components/field"
import { PICKER_SOURCES, usePickedLabels } from "../../../../components/form/multi-picker-field"
import { RewardRuleDrawer } from "../../../../components/reward-rule-drawer"
import { RewardSimulation } from "../../../../components/reward-simulation"
import {
  useDeleteRewardRule,
  useRewardProgram,
  useRuleWords,
  useUpdateRewardProgram,
} from "../../../../hooks/use-dealer-rewards"
import { formatValidity } from "../../../../lib/dates"
import { errorMessage } from "../../../../lib/errors"
import { humanize, PERIOD_TYPE_LABELS, PROGRAM_STATUS_COLORS, ROLE_LABELS } from "../../../../lib/labels"
import { formatNumber } from "../../../../lib/numbers"
import { ruleWords } from "../../../../lib/reward-text"
import { focusKeysOf } from "../../../../lib/rule-draft"
import { withQueryClient } from "../../../../lib/query-client"
import { sdk } from "../../../../lib/sdk"
import type { DealerRole } from "../../../../../types/dealer-network"
import type { ProgramStatus, RewardProgram, RewardRule } from "../../../../../types/rewards"

const STATUS_ACTIONS: { status: ProgramStatus; label: string }[] = [
  { status: "active", label: "Activate" },
  { status: "draft", label: "Move to draft" },
  { status: "archived", label: "Archive" },
]

/** Who takes part, by name: roles, tiers, territories and dealers, never their ids. */
const Eligibility = ({ eligibility }: { eligibility: RewardProgram["eligibility"] }) => {
  const tiers = usePickedLabels(PICKER_SOURCES.tiers, eligibility?.tier_ids ?? [])
  const territories = usePickedLabels(PICKER_SOURCES.territories, eligibility?.territory_ids ?? [])
  const dealers = usePickedLabels(PICKER_SOURCES.dealers, eligibility?.dealer_ids ?? [])
  const roles = (eligibility?.roles ?? []).map((role) => ROLE_LABELS[role as DealerRole] ?? humanize(role))
  const parts = (
    [
      ["Roles", roles],
      ["Tiers", tiers],
      ["Territories", territories],
      ["Dealers", dealers],
    ] as const
  )
    .filter(([, names]) => names.length)
    .map(([label, names]) => `${label}: ${names.join(", ")}`)
  return <>{parts.length ? parts.join(" · ") : "Every dealer whose agreement lists the program"}</>
}

const ProgramHeader = ({ program }: { program: RewardProgram }) => {
  const update = useUpdateRewardProgram(program.id)
  const prompt = usePrompt()

  const setStatus = async (status: ProgramStatus, label: string) => {
    const confirmed = await prompt({
      title: `${label} ${program.code}?`,
      description:
        status === "active"
          ? "Period closes accrue under the program again."
          : "Period closes leave the program out; its accruals so far stay as they are.",
      confirmText: label,
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    try {
      await update.mutateAsync({ status })
      toast.success(`${program.code} is ${humanize(status).toLowerCase()}`)
    } catch (err) {
      toast.error(errorMessage(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="program-header">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading>
              {program.code} · {program.name}
            </Heading>
            <StatusBadge color={PROGRAM_STATUS_COLORS[program.status] ?? "grey"} data-testid="program-status">
              {humanize(program.status)}
            </StatusBadge>
            {program.is_code_defined && (
              <Badge size="2xsmall" color="grey">
                Defined in code
              </Badge>
            )}
          </div>
          {program.description && (
            <Text size="small" className="text-ui-fg-subtle">
              {program.description}
            </Text>
          )}
        </div>
        {!program.is_code_defined && (
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton size="small" variant="transparent" aria-label="Program actions" disabled={update.isPending}>
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              {STATUS_ACTIONS.filter((action) => action.status !== program.status).map((action) => (
                <DropdownMenu.Item key={action.status} onClick={() => setStatus(action.status, action.label)}>
                  {action.label}
                </DropdownMenu.Item>
              ))}
            </DropdownMenu.Content>
          </DropdownMenu>
        )}
      </div>
      <InfoRow label="Period">{PERIOD_TYPE_LABELS[program.period_type] ?? humanize(program.period_type)}</InfoRow>
      <InfoRow label="Currency">{program.currency_code.toUpperCase()}</InfoRow>
      <InfoRow label="Valid">{formatValidity(program.valid_from, program.valid_to)}</InfoRow>
      <InfoRow label="Who takes part">
        <Eligibility eligibility={program.eligibility} />
      </InfoRow>
      <InfoRow label="Overdue invoices">
        {program.hold_overdue ? "Rewards are held until the dealer pays" : "Do not hold rewards"}
      </InfoRow>
      <InfoRow label="Points per unit">{formatNumber(program.points_per_unit)}</InfoRow>
      <div className="px-6 py-3">
        <Link
          to={`/dealer-network/rewards?program_id=${program.id}&status=all`}
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          The program's accruals
        </Link>
      </div>
    </Container>
  )
}

const RuleCard = ({
  program,
  rule,
  onEdit,
}: {
  program: RewardProgram
  rule: RewardRule
  onEdit: () => void
}) => {
  const remove = useDeleteRewardRule(program.id)
  const prompt = usePrompt()
  const words = useRuleWords(program.currency_code, focusKeysOf(rule.definition))

  const onDelete = async () => {
    const confirmed = await prompt({
      title: `Delete rule ${rule.name}?`,
      description: "Later period closes no longer pay it. Its accruals so far stay in the ledger.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(rule.id)
      toast.success(`Rule ${rule.name} deleted`)
    } catch (err) {
      toast.error(errorMessage(err))
    }
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="program-rule" data-rule-name={rule.name}>
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Text size="small" weight="plus">
              {rule.name}
            </Text>
            <Badge size="2xsmall" color={rule.is_active ? "green" : "grey"}>
              {rule.is_active ? "Active" : "Inactive"}
            </Badge>
          </div>
          <Text size="small" className="text-ui-fg-subtle" data-testid="rule-summary">
            {ruleWords(rule.definition, words)}
          </Text>
          {rule.description && (
            <Text size="small" className="text-ui-fg-muted">
              {rule.description}
            </Text>
          )}
        </div>
        {!program.is_code_defined && (
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton size="small" variant="transparent" aria-label={`Rule ${rule.name} actions`}>
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              <DropdownMenu.Item className="gap-x-2" onClick={onEdit}>
                <PencilSquare className="text-ui-fg-subtle" />
                Edit
              </DropdownMenu.Item>
              <DropdownMenu.Separator />
              <DropdownMenu.Item className="gap-x-2" onClick={onDelete}>
                <Trash className="text-ui-fg-subtle" />
                Delete
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        )}
      </div>
    </div>
  )
}

const RulesSection = ({ program }: { program: RewardProgram }) => {
  const [editing, setEditing] = useState<RewardRule | null>(null)
  const [adding, setAdding] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="program-rules">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div>
          <Heading level="h2">Rules</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Each active rule pays on its own; a dealer earns the sum.
          </Text>
        </div>
        {!program.is_code_defined && (
          <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
            <Plus />
            Add rule
          </Button>
        )}
      </div>
      {program.is_code_defined && (
        <Text size="small" className="text-ui-fg-muted px-6 py-3">
          This program is defined in code (plugin options): change it there.
        </Text>
      )}
      {program.rules.map((rule) => (
        <RuleCard key={rule.id} program={program} rule={rule} onEdit={() => setEditing(rule)} />
      ))}
      {!program.rules.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          No rules yet: the program pays nothing.
        </Text>
      )}
      <RewardRuleDrawer
        program={program}
        open={adding || !!editing}
        rule={editing}
        onClose={() => {
          setAdding(false)
          setEditing(null)
        }}
      />
    </Container>
  )
}

const RewardProgramPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useRewardProgram(id!)

  if (isLoading) return <DetailPageLoading />

  if (isError || !data) {
    return <DetailPageNotFound title="Program not found" error={error} backTo="/dealer-network/rewards?tab=programs" backLabel="Back to the reward programs" />
  }

  return (
    <div className="flex w-full flex-col gap-y-3">
      <ProgramHeader program={data.program} />
      <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <RulesSection program={data.program} />
        </div>
        <div className="flex w-full min-w-0 flex-col gap-y-3 xl:max-w-[560px]">
          <RewardSimulation program={data.program} />
        </div>
      </div>
    </div>
  )
}

// The breadcrumb shows the program's code; the loader fetches just that.
export const loader = async ({ params }: { params: { id?: string } }) => {
  if (!params.id) return null
  try {
    return await sdk.client.fetch<{ program: Pick<RewardProgram, "id" | "code"> }>(
      `/admin/dealer-reward-programs/${params.id}`,
      { query: { fields: "id,code" } }
    )
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: { data?: { program?: { code?: string } } | null }) => match.data?.program?.code ?? "Program",
}

export default withQueryClient(RewardProgramPage)
