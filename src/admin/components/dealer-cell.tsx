import { Link } from "react-router-dom"
import { useTexts } from "../hooks/use-texts"

/**
 * A list's dealer column: its code linking to its page, its name below; a
 * dealer deleted since (no code) reads "Deleted dealer". The link does not
 * also click the row.
 */
export const DealerCell = ({ dealer }: { dealer: { id: string; code: string | null; name: string | null } }) => {
  const { t } = useTexts("common")
  return dealer.code ? (
    <div className="flex min-w-0 flex-col">
      <Link
        to={`/dealer-network/dealers/${dealer.id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
        onClick={(e) => e.stopPropagation()}
      >
        {dealer.code}
      </Link>
      <span className="text-ui-fg-subtle max-w-[200px] truncate" title={dealer.name ?? undefined}>
        {dealer.name}
      </span>
    </div>
  ) : (
    <span className="text-ui-fg-muted" title={dealer.id}>
      {t("deletedDealer")}
    </span>
  )
}
