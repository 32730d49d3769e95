import { Badge } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useTexts } from "../hooks/use-texts"

/** Open alerts and open conflict cases as badges, each linking to its queue; nothing when both are empty. */
export const QueueBadges = ({ openAlerts, openConflicts }: { openAlerts: number; openConflicts: number }) => {
  const { t } = useTexts("alerts")
  const { t: conflicts } = useTexts("conflicts")
  return (
    <>
      {openAlerts > 0 && (
        <Link to="/dealer-network/alerts" data-testid="badge-open-alerts">
          <Badge size="small" color="red" className="whitespace-nowrap">
            {t("badge", { count: openAlerts })}
          </Badge>
        </Link>
      )}
      {openConflicts > 0 && (
        <Link to="/dealer-network/conflicts" data-testid="badge-open-conflicts">
          <Badge size="small" color="orange" className="whitespace-nowrap">
            {conflicts("badge", { count: openConflicts })}
          </Badge>
        </Link>
      )}
    </>
  )
}
