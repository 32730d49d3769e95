/**
 * DML's generated input types say `number` for bigNumber columns, but the
 * column takes any BigNumberInput; a decimal string keeps every digit.
 */
export function exactAmount(value: string): number {
  return value as unknown as number
}

/** A bigNumber column's exact value as a string, from its raw_ twin when loaded. */
export function rawAmount(record: object, field: string): string {
  const raw = (record as Record<string, any>)[`raw_${field}`]
  if (raw && typeof raw === "object" && raw.value !== undefined) return String(raw.value)
  return String((record as Record<string, any>)[field])
}
