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
import { useTexts } from "../../../../hooks/use-texts"
import { formatValidity } from "../../../../lib/dates"
import { refusalText } from "../../../../lib/errors"
import { humanize, PROGRAM_STATUS_COLORS, useLabels } from "../../../../lib/labels"
import { adminText } from "../../../../lib/locale"
import { formatNumber } from "../../../../lib/numbers"
import { ruleWords } from "../../../../lib/reward-text"
import { focusKeysOf } from "../../../../lib/rule-draft"
import { withQueryClient } from "../../../../lib/query-client"
import { sdk } from "../../../../lib/sdk"
import type { DealerRole } from "../../../../../types/dealer-network"
import type { ProgramStatus, RewardProgram, RewardRule } from "../../../../../types/rewards"

const STATUS_ACTIONS: ProgramStatus[] = ["active", "draft", "archived"]

/** Who takes part, by name: roles, tiers, territories and dealers, never their ids. */
const Eligibility = ({ eligibility }: { eligibility: RewardProgram["eligibility"] }) => {
  const { t } = useTexts("rewards")
  const labels = useLabels()
  const tiers = usePickedLabels(PICKER_SOURCES.tiers, eligibility?.tier_ids ?? [])
  const territories = usePickedLabels(PICKER_SOURCES.territories, eligibility?.territory_ids ?? [])
  const dealers = usePickedLabels(PICKER_SOURCES.dealers, eligibility?.dealer_ids ?? [])
  const roles = (eligibility?.roles ?? []).map((role) => labels.role[role as DealerRole] ?? humanize(role))
  const parts = (
    [
      [t("program.roles"), roles],
      [t("program.tiers"), tiers],
      [t("program.territories"), territories],
      [t("program.dealers"), dealers],
    ] as const
  )
    .filter(([, names]) => names.length)
    .map(([label, names]) => `${label}: ${names.join(", ")}`)
  return <>{parts.length ? parts.join(" · ") : t("program.everyDealer")}</>
}

const ProgramHeader = ({ program }: { program: RewardProgram }) => {
  const { t } = useTexts("rewards")
  const { t: common } = useTexts("common")
  const labels = useLabels()
  const update = useUpdateRewardProgram(program.id)
  const prompt = usePrompt()

  const setStatus = async (status: ProgramStatus) => {
    const label = t(`program.actions.${status}`)
    const confirmed = await prompt({
      title: t("program.confirm", { action: label, code: program.code }),
      description: status === "active" ? t("program.activateHint") : t("program.deactivateHint"),
      confirmText: label,
      cancelText: common("cancel"),
      variant: "confirmation",
    })
    if (!confirmed) return
    try {
      await update.mutateAsync({ status })
      toast.success(t("program.statusChanged", { code: program.code, status: labels.programStatus[status].toLowerCase() }))
    } catch (err) {
      toast.error(refusalText(err))
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
              {labels.programStatus[program.status] ?? humanize(program.status)}
            </StatusBadge>
            {program.is_code_defined && (
              <Badge size="2xsmall" color="grey">
                {t("program.definedInCode")}
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
              <IconButton size="small" variant="transparent" aria-label={t("program.programActions")} disabled={update.isPending}>
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              {STATUS_ACTIONS.filter((status) => status !== program.status).map((status) => (
                <DropdownMenu.Item key={status} onClick={() => setStatus(status)}>
                  {t(`program.actions.${status}`)}
                </DropdownMenu.Item>
              ))}
            </DropdownMenu.Content>
          </DropdownMenu>
        )}
      </div>
      <InfoRow label={t("program.period")}>{labels.periodType[program.period_type] ?? humanize(program.period_type)}</InfoRow>
      <InfoRow label={t("program.currency")}>{program.currency_code.toUpperCase()}</InfoRow>
      <InfoRow label={t("program.valid")}>{formatValidity(program.valid_from, program.valid_to)}</InfoRow>
      <InfoRow label={t("program.whoTakesPart")}>
        <Eligibility eligibility={program.eligibility} />
      </InfoRow>
      <InfoRow label={t("program.overdueInvoices")}>
        {program.hold_overdue ? t("program.holdOverdue") : t("program.noHold")}
      </InfoRow>
      <InfoRow label={t("program.pointsPerUnit")}>{formatNumber(program.points_per_unit)}</InfoRow>
      <div className="px-6 py-3">
        <Link
          to={`/dealer-network/rewards?program_id=${program.id}&status=all`}
          className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          {t("program.accrualsLink")}
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
  const { t } = useTexts("rewards")
  const { t: common } = useTexts("common")
  const remove = useDeleteRewardRule(program.id)
  const prompt = usePrompt()
  const words = useRuleWords(program.currency_code, focusKeysOf(rule.definition))

  const onDelete = async () => {
    const confirmed = await prompt({
      title: t("program.deleteTitle", { name: rule.name }),
      description: t("program.deleteHint"),
      confirmText: t("program.delete"),
      cancelText: common("cancel"),
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(rule.id)
      toast.success(t("program.deleted", { name: rule.name }))
    } catch (err) {
      toast.error(refusalText(err))
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
              {rule.is_active ? t("program.active") : t("program.inactive")}
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
              <IconButton size="small" variant="transparent" aria-label={t("program.ruleActions", { name: rule.name })}>
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              <DropdownMenu.Item className="gap-x-2" onClick={onEdit}>
                <PencilSquare className="text-ui-fg-subtle" />
                {t("program.edit")}
              </DropdownMenu.Item>
              <DropdownMenu.Separator />
              <DropdownMenu.Item className="gap-x-2" onClick={onDelete}>
                <Trash className="text-ui-fg-subtle" />
                {t("program.delete")}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        )}
      </div>
    </div>
  )
}

const RulesSection = ({ program }: { program: RewardProgram }) => {
  const { t } = useTexts("rewards")
  const [editing, setEditing] = useState<RewardRule | null>(null)
  const [adding, setAdding] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="program-rules">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div>
          <Heading level="h2">{t("program.rules")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("program.rulesHint")}
          </Text>
        </div>
        {!program.is_code_defined && (
          <Button size="small" variant="secondary" className="shrink-0" onClick={() => setAdding(true)}>
            <Plus />
            {t("program.addRule")}
          </Button>
        )}
      </div>
      {program.is_code_defined && (
        <Text size="small" className="text-ui-fg-muted px-6 py-3">
          {t("program.inCodeHint")}
        </Text>
      )}
      {program.rules.map((rule) => (
        <RuleCard key={rule.id} program={program} rule={rule} onEdit={() => setEditing(rule)} />
      ))}
      {!program.rules.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("program.noRules")}
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
  const { t } = useTexts("rewards")
  const { id } = useParams()
  const { data, isLoading, isError, error } = useRewardProgram(id!)

  if (isLoading) return <DetailPageLoading />

  if (isError || !data) {
    return <DetailPageNotFound title={t("program.notFound")} error={error} backTo="/dealer-network/rewards?tab=programs" backLabel={t("program.back")} />
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
  breadcrumb: (match: { data?: { program?: { code?: string } } | null }) => match.data?.program?.code ?? adminText("rewards.program.crumb"),
}

export default withQueryClient(RewardProgramPage)
