import { scheduleDemoOrders } from "./src/scripts/demo/order-schedule"
import { PRODUCTS } from "./src/scripts/demo/demo-data"
const price = new Map(PRODUCTS.flatMap(p => p.variants.map(v => [v.sku, v.price] as const)))
for (const d of ["2026-12-01T00:20:00Z", "2026-12-02T10:00:00Z", "2026-12-15T10:00:00Z", "2026-02-28T20:00:00Z"]) {
  const s = scheduleDemoOrders(new Date(d), "Europe/Berlin")
  const byP: Record<string, string[]> = {}
  for (const o of s) (byP[o.period] ??= []).push(`${o.key}:${Math.round(o.items.reduce((t, i) => t + price.get(i.sku)! * i.quantity, 0))}:${o.placed_at.toISOString().slice(5,16)}:${o.paid}`)
  console.log(d, s.length)
  if (d.startsWith("2026-12-02")) for (const [k, v] of Object.entries(byP)) console.log(k, v.join(" "))
  const qty: Record<string, number> = {}
  for (const o of s) for (const i of o.items) qty[i.sku] = (qty[i.sku] ?? 0) + i.quantity
  console.log(JSON.stringify(qty))
}
