import { Alert, Button, Drawer, Heading, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useSaveRewardRule } from "../hooks/use-dealer-rewards"
import { apiErrorParts, errorMessage } from "../lib/format"
import type { RewardRule } from "../../types/rewards"
import { draftOfRule, newRuleDraft, RuleDraft, RuleError, RuleFields, ruleOfDraft } from "./reward-rule-fields"

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
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? draftOfRule(rule) : newRuleDraft("rate")))
  const [error, setError] = useState<string | null>(null)
  const [errors, setErrors] = useState<RuleError[]>([])
  const save = useSaveRewardRule(programId)

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    setErrors([])
    const parsed = ruleOfDraft(draft)
    if ("error" in parsed) {
      setErrors([parsed.error])
      setError(`${parsed.error.path}: ${parsed.error.message}`)
      return
    }
    try {
      const { rule: saved } = await save.mutateAsync({ ...parsed.rule, rule_id: rule?.id })
      toast.success(rule ? `Rule ${saved.name} saved` : `Rule ${saved.name} added`)
      onClose()
    } catch (err) {
      const message = errorMessage(err)
      setError(message)
      setErrors(apiErrorParts(message))
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title asChild>
          <Heading>{rule ? `Edit rule ${rule.name}` : "Add rule"}</Heading>
        </Drawer.Title>
      </Drawer.Header>
      <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
        {error && (
          <Alert variant="error" dismissible={false} data-testid="rule-save-error">
            {error}
          </Alert>
        )}
        <RuleFields
          draft={draft}
          idPrefix="rule"
          errors={errors}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={save.isPending}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}
