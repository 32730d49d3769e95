import { Drawer, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useSaveRewardRule } from "../hooks/use-dealer-rewards"
import { useTexts } from "../hooks/use-texts"
import type { RewardProgram, RewardRule } from "../../types/rewards"
import { DrawerForm } from "./form/drawer-form"
import { draftOfRule, newRuleDraft, RuleFields, ruleSchema } from "./reward-rule-fields"
import { RuleDraftSimulation } from "./rule-draft-simulation"
import { formResolver } from "./form/schema"

/**
 * Add a rule to a program, or edit one (`rule`), in the rule builder, with a
 * live simulation of the draft beside it. The API's 400 names the part of the
 * rule that is wrong ("definition.reward.tiers.1.from: …"), shown at its field.
 */
export const RewardRuleDrawer = ({
  program,
  open,
  rule,
  onClose,
}: {
  program: RewardProgram
  open: boolean
  /** The rule to edit; null adds one. */
  rule: RewardRule | null
  onClose: () => void
}) => (
  <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
    <Drawer.Content aria-describedby={undefined} className="sm:max-w-[1120px]">
      {open && <RuleForm key={rule?.id ?? "new"} program={program} rule={rule} onClose={onClose} />}
    </Drawer.Content>
  </Drawer>
)

const RuleForm = ({ program, rule, onClose }: { program: RewardProgram; rule: RewardRule | null; onClose: () => void }) => {
  const { t } = useTexts("rules")
  const form = useForm({
    resolver: formResolver(ruleSchema),
    defaultValues: rule ? draftOfRule(rule) : newRuleDraft("rate", t),
  })
  const save = useSaveRewardRule(program.id)

  return (
    <DrawerForm
      form={form}
      title={rule ? t("drawer.edit", { name: rule.name }) : t("drawer.add")}
      errorTestId="rule-save-error"
      summarizeInvalid
      onSubmit={async (values) => {
        const { rule: saved } = await save.mutateAsync({ ...values, rule_id: rule?.id })
        toast.success(t(rule ? "drawer.saved" : "drawer.added", { name: saved.name }))
        onClose()
      }}
    >
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-[minmax(0,1fr)_360px]">
        <RuleFields idPrefix="rule" currency={program.currency_code} />
        <div className="lg:sticky lg:top-0">
          <RuleDraftSimulation program={program} />
        </div>
      </div>
    </DrawerForm>
  )
}
