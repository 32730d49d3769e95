import { zodResolver } from "@hookform/resolvers/zod"
import { Drawer, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useSaveRewardRule } from "../hooks/use-dealer-rewards"
import type { RewardRule } from "../../types/rewards"
import { DrawerForm } from "./form/drawer-form"
import { draftOfRule, newRuleDraft, RuleFields, ruleSchema } from "./reward-rule-fields"

/**
 * Add a rule to a program, or edit one (`rule`). The API's 400 names the part
 * of the rule that is wrong ("definition.reward.tiers.1.from: …").
 */
export const RewardRuleDrawer = ({
  programId,
  open,
  rule,
  onClose,
}: {
  programId: string
  open: boolean
  /** The rule to edit; null adds one. */
  rule: RewardRule | null
  onClose: () => void
}) => (
  <Drawer open={open} onOpenChange={(next) => !next && onClose()}>
    <Drawer.Content aria-describedby={undefined} className="sm:max-w-[720px]">
      {open && <RuleForm key={rule?.id ?? "new"} programId={programId} rule={rule} onClose={onClose} />}
    </Drawer.Content>
  </Drawer>
)

const RuleForm = ({ programId, rule, onClose }: { programId: string; rule: RewardRule | null; onClose: () => void }) => {
  const form = useForm({
    resolver: zodResolver(ruleSchema),
    defaultValues: rule ? draftOfRule(rule) : newRuleDraft("rate"),
  })
  const save = useSaveRewardRule(programId)

  return (
    <DrawerForm
      form={form}
      title={rule ? `Edit rule ${rule.name}` : "Add rule"}
      errorTestId="rule-save-error"
      summarizeInvalid
      onSubmit={async (values) => {
        const { rule: saved } = await save.mutateAsync({ ...values, rule_id: rule?.id })
        toast.success(rule ? `Rule ${saved.name} saved` : `Rule ${saved.name} added`)
        onClose()
      }}
    >
      <RuleFields idPrefix="rule" />
    </DrawerForm>
  )
}
