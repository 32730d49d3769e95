import { Input, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDebounced } from "../hooks/use-debounced"
import { CatalogItem, useCatalogSearch } from "../hooks/use-dealer-plans"
import { useTexts } from "../hooks/use-texts"
import { errorMessage } from "../lib/errors"
import type { TargetType } from "../../types/sales-plan"

/** Search products or categories and pick one. */
export const CatalogPicker = ({
  type,
  onPick,
  inputId,
}: {
  type: TargetType
  onPick: (item: CatalogItem) => void
  inputId: string
}) => {
  const { t } = useTexts("dealerPage")
  const [search, setSearch] = useState("")
  const q = useDebounced(search)
  const { data, isFetching, isError, error } = useCatalogSearch(type, q, true)
  return (
    <div className="flex flex-col gap-y-2">
      <Input
        id={inputId}
        size="small"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        placeholder={t(type === "product" ? "plan.searchProducts" : "plan.searchCategories")}
        autoComplete="off"
      />
      <div className="flex max-h-48 flex-col divide-y overflow-y-auto rounded-lg border">
        {isFetching && !data && <Skeleton className="m-2 h-5" />}
        {isError && (
          <Text size="small" className="text-ui-fg-error p-2">
            {errorMessage(error)}
          </Text>
        )}
        {data?.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle p-2">
            {q.trim() ? t(type === "product" ? "plan.noProducts" : "plan.noCategories", { q: q.trim() }) : t("plan.noneYet")}
          </Text>
        )}
        {data?.map((item) => (
          <button
            key={item.id}
            type="button"
            className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-x-2 px-2 py-1.5 text-left"
            onClick={() => onPick(item)}
          >
            <Text size="small" weight="plus" className="truncate">
              {item.name}
            </Text>
            {item.detail && (
              <Text size="xsmall" className="text-ui-fg-subtle truncate">
                {item.detail}
              </Text>
            )}
          </button>
        ))}
      </div>
    </div>
  )
}
