import { XMarkMini } from "@medusajs/icons"
import { Badge, IconButton } from "@medusajs/ui"
import { useDealer } from "../hooks/use-dealers"
import { useTexts } from "../hooks/use-texts"

/** The dealer a list is narrowed to, with a button to widen it again. */
export const DealerFilterChip = ({ dealerId, onClear, testId }: { dealerId: string; onClear: () => void; testId?: string }) => {
  const { data } = useDealer(dealerId)
  const { t } = useTexts("common")
  return (
    <Badge size="small" className="flex items-center gap-x-1 pr-0.5" data-testid={testId}>
      {t("dealerChip", { code: data?.dealer.code ?? dealerId })}
      <IconButton size="2xsmall" variant="transparent" type="button" aria-label={t("showEveryDealer")} onClick={onClear}>
        <XMarkMini />
      </IconButton>
    </Badge>
  )
}
