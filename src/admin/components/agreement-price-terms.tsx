import { Plus, Trash } from "@medusajs/icons"
import { IconButton, Input, Table, Text } from "@medusajs/ui"
import { Controller, useFieldArray, useFormContext } from "react-hook-form"
import { useTexts } from "../hooks/use-texts"
import { useAgreementSources } from "./agreement-sources"
import { MultiPicker, usePickedLabels } from "./form/multi-picker-field"

/** One row of the break table as typed: a variant's price from a quantity on. */
export type PriceTermRow = { variant_id: string; min_quantity: string; max_quantity: string; amount: string }

const NumberCell = ({ name, label, step }: { name: string; label: string; step?: string }) => {
  const { control } = useFormContext()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <div className="flex flex-col gap-y-1" data-field={name} data-field-label={label}>
          <Input
            size="small"
            type="number"
            inputMode="decimal"
            step={step}
            aria-label={label}
            aria-invalid={!!fieldState.error || undefined}
            id={name.replace(/\./g, "-")}
            value={field.value ?? ""}
            onChange={(e) => field.onChange(e.target.value)}
            onBlur={field.onBlur}
          />
          {fieldState.error && (
            <Text size="xsmall" className="text-ui-fg-error" data-testid={`${name.replace(/\./g, "-")}-error`}>
              {fieldState.error.message}
            </Text>
          )}
        </div>
      )}
    />
  )
}

/**
 * Agreed prices: a variant picker adds a variant at its first break; each row
 * is a price from a quantity on, and "Add break" adds a larger quantity for
 * the same variant.
 */
export const AgreementPriceTerms = ({ currency }: { currency: string }) => {
  const { t } = useTexts("contracts")
  const { control, getValues } = useFormContext<{ price_terms: PriceTermRow[] }>()
  const rows = useFieldArray({ control, name: "price_terms" })
  const source = useAgreementSources().variants
  const variantIds = [...new Set(rows.fields.map((row) => row.variant_id))]
  const labels = usePickedLabels(source, variantIds)
  const labelOf = (variantId: string) => labels[variantIds.indexOf(variantId)]

  const addBreak = (index: number) => {
    const row = getValues(`price_terms.${index}`)
    const from = Number(row.max_quantity || row.min_quantity || 1) + 1
    rows.insert(index + 1, { variant_id: row.variant_id, min_quantity: String(from), max_quantity: "", amount: "" })
  }

  return (
    <div className="flex flex-col gap-y-2" data-testid="price-terms">
      {rows.fields.length > 0 && (
        <div className="overflow-x-auto rounded-lg border">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("prices.variant")}</Table.HeaderCell>
                <Table.HeaderCell className="w-24">{t("prices.fromQty")}</Table.HeaderCell>
                <Table.HeaderCell className="w-24">{t("prices.toQty")}</Table.HeaderCell>
                <Table.HeaderCell className="w-32">
                  {t("prices.price")} ({currency.toUpperCase()})
                </Table.HeaderCell>
                <Table.HeaderCell className="w-20" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.fields.map((row, index) => (
                <Table.Row key={row.id} data-testid="price-term-row">
                  <Table.Cell className="max-w-[200px] truncate" title={labelOf(row.variant_id)}>
                    {labelOf(row.variant_id)}
                  </Table.Cell>
                  <Table.Cell>
                    <NumberCell name={`price_terms.${index}.min_quantity`} label={t("prices.fromQty")} />
                  </Table.Cell>
                  <Table.Cell>
                    <NumberCell name={`price_terms.${index}.max_quantity`} label={t("prices.toQty")} />
                  </Table.Cell>
                  <Table.Cell>
                    <NumberCell name={`price_terms.${index}.amount`} label={t("prices.price")} step="0.01" />
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex justify-end gap-x-1">
                      <IconButton
                        size="small"
                        variant="transparent"
                        type="button"
                        aria-label={t("prices.addBreak")}
                        title={t("prices.addBreak")}
                        onClick={() => addBreak(index)}
                      >
                        <Plus />
                      </IconButton>
                      <IconButton
                        size="small"
                        variant="transparent"
                        type="button"
                        aria-label={t("prices.remove")}
                        title={t("prices.remove")}
                        onClick={() => rows.remove(index)}
                      >
                        <Trash />
                      </IconButton>
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <MultiPicker
        id="agreement-variant"
        source={source}
        value={[]}
        onChange={([variantId]) =>
          variantId && rows.append({ variant_id: variantId, min_quantity: "", max_quantity: "", amount: "" })
        }
      />
      <Text size="small" className="text-ui-fg-subtle">
        {t("prices.hint")}
      </Text>
    </div>
  )
}
