import { Button, Input, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDealers } from "../hooks/use-dealers"
import { useDebounced } from "../hooks/use-debounced"
import { useTexts } from "../hooks/use-texts"
import { errorMessage } from "../lib/errors"
import type { DealerRef } from "../../types/dealer-network"

/** Search the dealers by code or name and pick one. */
export const DealerPicker = ({
  id,
  value,
  onChange,
}: {
  id: string
  value: DealerRef | null
  onChange: (dealer: DealerRef | null) => void
}) => {
  const { t } = useTexts("common")
  const [search, setSearch] = useState("")
  const q = useDebounced(search.trim())
  const { data, isFetching, isError, error } = useDealers(
    { q, limit: 8, order: "code", fields: "id,code,name,role" },
    { enabled: !value && q.length > 0 }
  )

  if (value) {
    return (
      <div className="flex items-center justify-between gap-x-2 rounded-lg border px-3 py-1.5" data-testid="picked-dealer">
        <Text size="small" weight="plus" className="truncate">
          {value.code} · {value.name}
        </Text>
        <Button size="small" variant="transparent" type="button" onClick={() => onChange(null)}>
          {t("change")}
        </Button>
      </div>
    )
  }

  const results = q ? data?.dealers ?? [] : []
  return (
    <div className="relative flex flex-col gap-y-1">
      <Input
        id={id}
        size="small"
        type="search"
        placeholder={t("dealerPicker.placeholder")}
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {q && (
        <div className="flex max-h-48 flex-col divide-y overflow-y-auto rounded-lg border" data-testid="dealer-picker-results">
          {isFetching && !data && <Skeleton className="m-2 h-5" />}
          {isError && (
            <Text size="small" className="text-ui-fg-error p-2">
              {errorMessage(error)}
            </Text>
          )}
          {data && !results.length && (
            <Text size="small" className="text-ui-fg-subtle p-2">
              {t("dealerPicker.noMatch", { q })}
            </Text>
          )}
          {results.map((dealer) => (
            <button
              key={dealer.id}
              type="button"
              className="hover:bg-ui-bg-base-hover txt-compact-small flex items-center gap-x-2 px-2 py-1.5 text-left"
              onClick={() => {
                onChange({ id: dealer.id, code: dealer.code, name: dealer.name, role: dealer.role })
                setSearch("")
              }}
            >
              <span className="font-medium">{dealer.code}</span>
              <span className="text-ui-fg-subtle truncate">· {dealer.name}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
