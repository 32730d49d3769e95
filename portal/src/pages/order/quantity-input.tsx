import { Input } from "@medusajs/ui"
import type { ComponentProps } from "react"

/** A whole number of units, typed in a narrow field. */
export function QuantityInput({ min, label, ...props }: Omit<ComponentProps<typeof Input>, "type" | "size"> & { min: number; label: string }) {
  return <Input type="number" min={min} step={1} size="small" className="w-24" aria-label={label} {...props} />
}
