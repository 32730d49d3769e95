import { XMarkMini } from "@medusajs/icons"
import { Badge, Input, Skeleton, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Controller, useFormContext } from "react-hook-form"
import { useDebounced } from "../../hooks/use-debounced"
import { useTexts } from "../../hooks/use-texts"
import { errorMessage } from "../../lib/errors"
import { adminText } from "../../lib/locale"
import { sdk } from "../../lib/sdk"
import { Field } from "../field"

export type PickOption = { id: string; label: string }

/** Where a picker finds its records: a search, and the labels of ids already picked. */
export type PickerSource = {
  key: string
  /** "Search tiers", shown in the box. */
  placeholder: string
  search: (q: string) => Promise<PickOption[]>
  labels: (ids: string[]) => Promise<PickOption[]>
}

export const listSource = (
  key: string,
  url: string,
  collection: string,
  fields: string,
  label: (row: Record<string, any>) => string,
  placeholder: string
): PickerSource => {
  const fetchRows = async (query: Record<string, unknown>) => {
    const data = await sdk.client.fetch<Record<string, any>>(url, { query: { fields, ...query } })
    return (data[collection] as Record<string, any>[]).map((row) => ({ id: row.id as string, label: label(row) }))
  }
  return {
    key,
    placeholder,
    search: (q) => fetchRows({ ...(q ? { q } : {}), limit: 8 }),
    labels: (ids) => fetchRows({ id: ids, limit: ids.length }),
  }
}

/** A source whose search box reads `common.picker.<key>` in the admin user's language when it shows. */
const translatedSource = (
  key: "tiers" | "territories" | "dealers" | "products" | "categories",
  ...list: Parameters<typeof listSource> extends [string, ...infer Rest, string] ? Rest : never
): PickerSource => ({
  ...listSource(key, ...list, ""),
  get placeholder() {
    return adminText(`common.picker.${key}`)
  },
})

/** The records an event's audience and presentation name. */
export const PICKER_SOURCES = {
  tiers: translatedSource("tiers", "/admin/dealer-tiers", "tiers", "id,name,rank", (t) => t.name),
  territories: translatedSource("territories", "/admin/dealer-territories", "territories", "id,code,name", (t) => `${t.name} (${t.code})`),
  dealers: translatedSource("dealers", "/admin/dealers", "dealers", "id,code,name", (d) => `${d.code} · ${d.name}`),
  products: translatedSource("products", "/admin/products", "products", "id,title", (p) => p.title),
  categories: translatedSource("categories", "/admin/product-categories", "product_categories", "id,name", (c) => c.name),
} satisfies Record<string, PickerSource>

/** The labels of picked ids, in their order ("…" while they load). */
export function usePickedLabels(source: PickerSource, ids: string[]) {
  const picked = useQuery({
    queryKey: ["dealer-network", "picker-labels", source.key, [...ids].sort()],
    queryFn: () => source.labels(ids),
    enabled: ids.length > 0,
  })
  return ids.map((id) => picked.data?.find((option) => option.id === id)?.label ?? (picked.isError ? id : "…"))
}

/** Picks several records by searching; the picked ones show as removable badges. */
export const MultiPicker = ({
  id,
  source,
  value,
  onChange,
}: {
  id: string
  source: PickerSource
  value: string[]
  onChange: (ids: string[]) => void
}) => {
  const { t } = useTexts("common")
  const [search, setSearch] = useState("")
  const [open, setOpen] = useState(false)
  const q = useDebounced(search.trim())
  const results = useQuery({
    queryKey: ["dealer-network", "picker", source.key, q],
    queryFn: () => source.search(q),
    enabled: open,
  })
  const labels = usePickedLabels(source, value)
  const labelOf = (pickedId: string) => labels[value.indexOf(pickedId)]
  const choices = (results.data ?? []).filter((option) => !value.includes(option.id))

  return (
    <div className="flex flex-col gap-y-2" data-testid={`${id}-picker`}>
      {value.length > 0 && (
        <div className="flex flex-wrap gap-1.5">
          {value.map((pickedId) => (
            <Badge key={pickedId} size="small" className="gap-x-1 pr-1">
              {labelOf(pickedId)}
              <button
                type="button"
                aria-label={t("picker.remove", { label: labelOf(pickedId) })}
                className="text-ui-fg-muted hover:text-ui-fg-subtle"
                onClick={() => onChange(value.filter((other) => other !== pickedId))}
              >
                <XMarkMini />
              </button>
            </Badge>
          ))}
        </div>
      )}
      <div className="relative">
        <Input
          id={id}
          size="small"
          type="search"
          autoComplete="off"
          placeholder={source.placeholder}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        {open && (
          <div className="bg-ui-bg-base shadow-elevation-flyout absolute z-10 mt-1 flex max-h-48 w-full flex-col divide-y overflow-y-auto rounded-lg border">
            {results.isFetching && !results.data && <Skeleton className="m-2 h-5" />}
            {results.isError && (
              <Text size="small" className="text-ui-fg-error p-2">
                {errorMessage(results.error)}
              </Text>
            )}
            {results.data && !choices.length && (
              <Text size="small" className="text-ui-fg-subtle p-2">
                {q ? t("picker.nothingMatches", { q }) : t("picker.nothingMore")}
              </Text>
            )}
            {choices.map((option) => (
              <button
                key={option.id}
                type="button"
                className="hover:bg-ui-bg-base-hover txt-compact-small px-2 py-1.5 text-left"
                // Picked before the box loses focus and closes the list.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  onChange([...value, option.id])
                  setSearch("")
                }}
              >
                {option.label}
              </button>
            ))}
          </div>
        )}
      </div>
    </div>
  )
}

/** A form field holding a list of ids, picked with a MultiPicker. */
export const MultiPickerField = ({
  name,
  id,
  label,
  hint,
  source,
}: {
  name: string
  id: string
  label: string
  hint?: string
  source: PickerSource
}) => {
  const { control } = useFormContext()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field id={id} label={label} optional hint={hint} error={fieldState.error?.message}>
          <MultiPicker id={id} source={source} value={field.value ?? []} onChange={field.onChange} />
        </Field>
      )}
    />
  )
}
