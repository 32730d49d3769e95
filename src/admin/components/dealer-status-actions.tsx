import { Button, Label, Prompt, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateDealer } from "../hooks/use-dealers"
import { useTexts } from "../hooks/use-texts"
import { todayKey } from "../lib/dates"
import { refusalText } from "../lib/errors"
import { DayPicker } from "./day-picker"
import type { Dealer, DealerStatus } from "../../types/dealer-network"

type StatusAction = "suspend" | "reactivate" | "terminate"

const TARGET: Record<StatusAction, DealerStatus> = { suspend: "suspended", reactivate: "active", terminate: "terminated" }

/** The status changes open to a dealer: an active one can be suspended, a suspended one reactivated; any but a terminated one terminated. */
function actionsFor(status: DealerStatus): StatusAction[] {
  if (status === "terminated") return []
  if (status === "suspended") return ["reactivate", "terminate"]
  if (status === "active") return ["suspend", "terminate"]
  return ["terminate"]
}

/** Suspend / reactivate / terminate, each confirmed after stating what it does. */
export const DealerStatusActions = ({ dealer }: { dealer: Dealer }) => {
  const { t } = useTexts("dealers")
  const [action, setAction] = useState<StatusAction | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reason, setReason] = useState("")
  const [endDay, setEndDay] = useState(todayKey)
  const update = useUpdateDealer(dealer.id)

  const confirm = async () => {
    if (!action) return
    setError(null)
    if (action === "terminate" && !reason.trim()) {
      setError(t("status.reasonRequired"))
      return
    }
    try {
      await update.mutateAsync(
        action === "terminate"
          ? { status: "terminated", termination: { reason: reason.trim(), terminated_at: endDay || undefined } }
          : { status: TARGET[action] }
      )
      toast.success(t(`status.done.${action}`, { code: dealer.code }))
      setAction(null)
    } catch (err) {
      setError(refusalText(err))
    }
  }

  return (
    <>
      {actionsFor(dealer.status).map((name) => (
        <Button
          key={name}
          size="small"
          variant={name === "terminate" ? "danger" : "secondary"}
          data-testid={`dealer-${name}`}
          onClick={() => {
            setError(null)
            setAction(name)
          }}
        >
          {t(`status.${name}`)}
        </Button>
      ))}
      <Prompt open={action !== null} onOpenChange={(open) => !open && setAction(null)}>
        <Prompt.Content className="max-w-[520px]" data-testid="dealer-status-prompt">
          <Prompt.Header>
            <Prompt.Title>{action && t(`status.confirm.${action}`, { code: dealer.code })}</Prompt.Title>
            <Prompt.Description asChild>
              <div className="flex flex-col gap-y-2">
                <Text size="small" weight="plus">
                  {t("status.effectsTitle")}
                </Text>
                <ul className="flex list-disc flex-col gap-y-1 pl-5" data-testid="dealer-status-effects">
                  {action &&
                    (t(`status.effects.${action}`, { returnObjects: true }) as unknown as string[]).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                </ul>
                {action === "terminate" && (
                  <div className="flex flex-col gap-y-3 pt-2">
                    <div className="flex flex-col gap-y-1">
                      <Label size="small" weight="plus">
                        {t("status.terminationDate")}
                      </Label>
                      <DayPicker testId="dealer-termination-date" label={t("status.terminationDate")} size="small" value={endDay} onChange={setEndDay} />
                    </div>
                    <div className="flex flex-col gap-y-1">
                      <Label htmlFor="dealer-termination-reason" size="small" weight="plus">
                        {t("status.terminationReason")}
                      </Label>
                      <Textarea id="dealer-termination-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
                    </div>
                  </div>
                )}
                {error && (
                  <Text size="small" className="text-ui-fg-error">
                    {error}
                  </Text>
                )}
              </div>
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>{t("cancel")}</Prompt.Cancel>
            <Button
              size="small"
              variant={action === "terminate" ? "danger" : "primary"}
              isLoading={update.isPending}
              onClick={confirm}
              data-testid="dealer-status-confirm"
            >
              {action && t(`status.${action}`)}
            </Button>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </>
  )
}
