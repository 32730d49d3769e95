/**
 * `medusa exec integration-tests/distributed/seed-store.ts <out.json> [<network.json>]`:
 * the store the distributed tests check out in (channel, key, region, warehouse,
 * shipping, products) and an admin session, written to <out.json>; with a
 * RewardNetworkSpec as JSON, also that reward network (helpers/reward-network.ts).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import fs from "fs"
import { createAdminHeaders } from "../helpers/auth"
import { seedWholesaleStore, TOOLS } from "../helpers/checkout"
import { seedRewardNetwork } from "../helpers/reward-network"

export default async function seedDistributedStore({ container, args }: ExecArgs) {
  const store = await seedWholesaleStore(container, [TOOLS.drill, TOOLS.saw])
  const admin = await createAdminHeaders(container)
  if (args[1]) await seedRewardNetwork(container, JSON.parse(args[1]))
  fs.writeFileSync(args[0], JSON.stringify({ store, admin }))
}
