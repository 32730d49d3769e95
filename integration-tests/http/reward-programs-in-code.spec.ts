// The host app (medusa-config.ts) passes the demo's programs, written with the
// plugin's typed helpers, as rewards module options when this is set.
process.env.DEALER_NETWORK_CODE_PROGRAMS = "demo"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEMO_REWARD_PROGRAMS } from "../../src/scripts/demo/reward-programs"
import { adminSession } from "../helpers/auth"
import { waitFor } from "../helpers/wait"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const admin = adminSession(getContainer)

    it("saves the programs defined in the plugin options when the app starts, and keeps the admin from changing them", async () => {
      const { programs } = await waitFor(
        async () => (await api.get("/admin/dealer-reward-programs", admin)).data,
        (data: any) => data.programs.length === DEMO_REWARD_PROGRAMS.length
      )
      const planBonus = programs.find((p: any) => p.code === "PLAN-BONUS")
      expect(planBonus).toMatchObject({ is_code_defined: true, period_type: "month", hold_overdue: true })
      expect(planBonus.rules.map((r: any) => r.name)).toEqual(
        expect.arrayContaining(["Plan fulfilled", "Volume rebate", "Marketing points on sales"])
      )
      const volume = planBonus.rules.find((r: any) => r.name === "Volume rebate")
      expect(volume.definition).toEqual({
        reward: {
          type: "tiered",
          mode: "stepped",
          base: "sales_amount",
          tiers: [
            { from: "0", rate_percent: "1" },
            { from: "10000", rate_percent: "2" },
            { from: "50000", rate_percent: "3" },
          ],
        },
        cap: "5000",
      })

      const refused = await api.post(`/admin/dealer-reward-programs/${planBonus.id}`, { name: "Renamed" }, admin).catch((e: any) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Reward program PLAN-BONUS is defined in code (plugin options); change it there")
    })
  },
})
