// A tier's benefits (a JSON object) as the lines an admin reads and types: "name: value".

/** "training_seats_per_year: 3" lines as the benefits object; numbers and true/false keep their type, blank lines are skipped. */
export function benefitsFromLines(text: string): Record<string, unknown> | null {
  const entries = text
    .split("\n")
    .map((line) => {
      const colon = line.indexOf(":")
      return colon < 0 ? null : ([line.slice(0, colon).trim(), line.slice(colon + 1).trim()] as const)
    })
    .filter((entry): entry is readonly [string, string] => !!entry && !!entry[0] && !!entry[1])
    .map(([name, value]) => [name, typedValue(value)] as const)
  return entries.length ? Object.fromEntries(entries) : null
}

function typedValue(text: string): unknown {
  if (text === "true" || text === "false") return text === "true"
  return Number.isFinite(Number(text)) ? Number(text) : text
}

/** The benefits object as "name: value" lines, in its key order. */
export function benefitLines(benefits: Record<string, unknown> | null | undefined): string[] {
  return Object.entries(benefits ?? {}).map(([name, value]) => `${name}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
}
