import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { DEALER_NETWORK_MODULE } from ".."
import DealerNetworkModuleService from "../service"

jest.setTimeout(20_000)

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

moduleIntegrationTestRunner<DealerNetworkModuleService>({
  moduleName: DEALER_NETWORK_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  moduleOptions: { defaultCurrency: "usd" },
  testSuite: ({ service }) => {
    describe("partner tree", () => {
      it("builds distributor → dealer → sub-dealer and reads subtree and ancestors in SQL", async () => {
        const north = await service.createDealerInNetwork({ code: "N", name: "North", role: "distributor" })
        const city = await service.createDealerInNetwork({ code: "C", name: "City", parent_id: north.id })
        const corner = await service.createDealerInNetwork({
          code: "S",
          name: "Corner",
          role: "sub_dealer",
          parent_id: city.id,
        })

        expect(city.currency_code).toBe("usd")
        const subtree = await service.listSubtree(north.id)
        expect(subtree.map((r) => [r.code, Number(r.depth)])).toEqual([
          ["N", 0],
          ["C", 1],
          ["S", 2],
        ])
        const ancestors = await service.listAncestors(corner.id)
        expect(ancestors.map((r) => r.code)).toEqual(["C", "N"])
      })

      it("rejects self-parent, moves under a descendant and role inversions", async () => {
        const top = await service.createDealerInNetwork({ code: "T", name: "Top", role: "distributor" })
        const mid = await service.createDealerInNetwork({ code: "M", name: "Mid", parent_id: top.id })
        const leaf = await service.createDealerInNetwork({
          code: "L",
          name: "Leaf",
          role: "sub_dealer",
          parent_id: mid.id,
        })

        await expect(service.updateDealerInNetwork(mid.id, { parent_id: mid.id })).rejects.toThrow(
          "parent_id: a dealer cannot be its own parent"
        )
        await expect(service.updateDealerInNetwork(top.id, { parent_id: leaf.id })).rejects.toThrow(
          "cannot be moved under its own descendant"
        )
        await expect(
          service.createDealerInNetwork({ code: "X", name: "Orphan", role: "sub_dealer" })
        ).rejects.toThrow("a sub-dealer must have a parent")
        await expect(
          service.createDealerInNetwork({ code: "Y", name: "Y", role: "dealer", parent_id: leaf.id })
        ).rejects.toThrow("a dealer cannot sit under a sub-dealer")
        await expect(service.updateDealerInNetwork(mid.id, { role: "sub_dealer" })).rejects.toThrow(
          "role: a sub-dealer cannot sit under a sub-dealer"
        )
      })

      it("rejects a duplicate tax id naming the dealer that holds it", async () => {
        await service.createDealerInNetwork({ code: "A", name: "A", tax_id: "DE123" })
        await expect(
          service.createDealerInNetwork({ code: "B", name: "B", tax_id: "DE123" })
        ).rejects.toThrow("tax_id: dealer A already has tax_id DE123")
      })
    })

    describe("territories", () => {
      it("finds the most specific territory for an address", async () => {
        const de = await service.createTerritoryInTree({ code: "DE", name: "Germany", type: "country", country_code: "DE" })
        const bavaria = await service.createTerritoryInTree({
          code: "DE-BY",
          name: "Bavaria",
          type: "region",
          parent_id: de.id,
          province: "BY",
        })
        await service.createTerritoryInTree({
          code: "DE-BY-MUC",
          name: "Munich",
          type: "city",
          parent_id: bavaria.id,
          postal_prefixes: ["80", "81"],
        })
        await service.createTerritoryInTree({
          code: "DE-BY-MUC-C",
          name: "Munich centre",
          type: "city",
          parent_id: bavaria.id,
          postal_prefixes: ["803"],
        })

        const munich = await service.matchTerritory({ country_code: "de", province: "by", postal_code: "81 675" })
        expect(munich?.code).toBe("DE-BY-MUC")
        const centre = await service.matchTerritory({ country_code: "DE", province: "BY", postal_code: "80331" })
        expect(centre?.code).toBe("DE-BY-MUC-C")
        const nuremberg = await service.matchTerritory({ country_code: "DE", province: "BY", postal_code: "90402" })
        expect(nuremberg?.code).toBe("DE-BY")
        const berlin = await service.matchTerritory({ country_code: "DE", province: "BE", postal_code: "10115" })
        expect(berlin?.code).toBe("DE")
        expect(await service.matchTerritory({ country_code: "FR", postal_code: "75001" })).toBeNull()
      })

      it("keeps a city out of the country level and inherits the parent's country", async () => {
        const pl = await service.createTerritoryInTree({ code: "PL", name: "Poland", type: "country", country_code: "pl" })
        await expect(
          service.createTerritoryInTree({ code: "WAW", name: "Warsaw", type: "city" })
        ).rejects.toThrow("a city must have a parent territory")
        const waw = await service.createTerritoryInTree({ code: "WAW", name: "Warsaw", type: "city", parent_id: pl.id })
        expect(waw.country_code).toBe("pl")
        expect(waw.depth).toBe(1)
      })
    })

    describe("zones of responsibility", () => {
      async function setup() {
        const country = await service.createTerritoryInTree({ code: "IT", name: "Italy", type: "country", country_code: "it" })
        const region = await service.createTerritoryInTree({
          code: "IT-LOM",
          name: "Lombardy",
          type: "region",
          parent_id: country.id,
          province: "MI",
        })
        const a = await service.createDealerInNetwork({ code: "ZA", name: "Alpha" })
        const b = await service.createDealerInNetwork({ code: "ZB", name: "Beta" })
        return { country, region, a, b }
      }

      it("rejects an exclusive zone overlapping another dealer's zone in place, assortment and time", async () => {
        const { country, region, a, b } = await setup()
        await service.createZoneWithAssortment({
          dealer_id: a.id,
          territory_id: region.id,
          is_exclusive: true,
          starts_at: day("2026-01-01"),
          ends_at: day("2026-12-31"),
          product_category_ids: ["pcat_drills"],
        })

        await expect(
          service.createZoneWithAssortment({
            dealer_id: b.id,
            territory_id: country.id,
            is_exclusive: false,
            starts_at: day("2026-06-01"),
            product_category_ids: ["pcat_drills", "pcat_saws"],
          })
        ).rejects.toThrow(/overlaps a zone of dealer ZA in Lombardy/)

        // Other assortment, other dates, or the same dealer: no conflict.
        await service.createZoneWithAssortment({
          dealer_id: b.id,
          territory_id: country.id,
          starts_at: day("2026-06-01"),
          product_category_ids: ["pcat_saws"],
        })
        await service.createZoneWithAssortment({
          dealer_id: b.id,
          territory_id: region.id,
          is_exclusive: true,
          starts_at: day("2027-01-01"),
          product_category_ids: ["pcat_drills"],
        })
        await service.createZoneWithAssortment({
          dealer_id: a.id,
          territory_id: country.id,
          starts_at: day("2026-02-01"),
          ends_at: day("2026-03-01"),
          product_category_ids: ["pcat_drills"],
        })
      })

      it("treats a zone without categories as the whole assortment", async () => {
        const { region, a, b } = await setup()
        await service.createZoneWithAssortment({
          dealer_id: a.id,
          territory_id: region.id,
          is_exclusive: true,
          starts_at: day("2026-01-01"),
        })
        await expect(
          service.createZoneWithAssortment({
            dealer_id: b.id,
            territory_id: region.id,
            starts_at: day("2026-05-01"),
            product_category_ids: ["pcat_any"],
          })
        ).rejects.toThrow(/overlaps a zone/)
      })
    })

    describe("agreements", () => {
      it("activates a draft, versions it from a date and keeps the history", async () => {
        const dealer = await service.createDealerInNetwork({ code: "AG", name: "Agreement Co" })
        const draft = await service.createDraftAgreement({
          dealer_id: dealer.id,
          valid_from: day("2026-01-01"),
          credit_limit: 10000,
          payment_terms_days: 30,
          conflict_policy: "split",
          split_share_percent: 50,
        })
        expect(draft.number).toBe("AGR-AG-001")
        expect(draft.status).toBe("draft")

        await service.activateAgreement(draft.id)
        expect((await service.retrieveDealer(dealer.id)).status).toBe("active")

        const v2 = await service.createAgreementVersion(draft.id, {
          effective_from: day("2026-07-01"),
          credit_limit: 25000,
        })
        expect(v2).toMatchObject({ number: "AGR-AG-001", version: 2, status: "active", supersedes_id: draft.id })
        expect(Number(v2.credit_limit)).toBe(25000)
        expect(v2.payment_terms_days).toBe(30)

        const v1 = await service.retrieveDealerAgreement(draft.id)
        expect(new Date(v1.valid_to!).toISOString()).toBe("2026-07-01T00:00:00.000Z")

        const inMarch = await service.retrieveEffectiveAgreement(dealer.id, day("2026-03-15"))
        expect(inMarch?.version).toBe(1)
        const inAugust = await service.retrieveEffectiveAgreement(dealer.id, day("2026-08-15"))
        expect(inAugust?.version).toBe(2)

        await expect(
          service.createAgreementVersion(v2.id, { effective_from: day("2026-05-01") })
        ).rejects.toThrow("effective_from: must fall inside")
        await expect(service.activateAgreement(draft.id)).rejects.toThrow("only a draft can be activated")
      })

      it("hands over from one contract to the next, but not to one that starts earlier", async () => {
        const dealer = await service.createDealerInNetwork({ code: "HO", name: "Hand-over" })
        const first = await service.createDraftAgreement({ dealer_id: dealer.id, valid_from: day("2026-01-01") })
        await service.activateAgreement(first.id)
        const earlier = await service.createDraftAgreement({ dealer_id: dealer.id, valid_from: day("2025-06-01") })
        await expect(service.activateAgreement(earlier.id)).rejects.toThrow(/valid_from: agreement AGR-HO-001 v1 is in force from/)

        const next = await service.createDraftAgreement({ dealer_id: dealer.id, valid_from: day("2027-01-01") })
        await service.activateAgreement(next.id)
        const handedOver = await service.retrieveDealerAgreement(first.id)
        expect(new Date(handedOver.valid_to!).toISOString()).toBe("2027-01-01T00:00:00.000Z")
        expect((await service.retrieveEffectiveAgreement(dealer.id, day("2027-02-01")))?.id).toBe(next.id)
      })

      it("expires agreements whose validity ended and terminates with a reason", async () => {
        const dealer = await service.createDealerInNetwork({ code: "EX", name: "Expiring" })
        const agreement = await service.createDraftAgreement({
          dealer_id: dealer.id,
          valid_from: day("2025-01-01"),
          valid_to: day("2099-01-01"),
        })
        await service.activateAgreement(agreement.id)
        expect(await service.expireEndedAgreements(day("2098-12-31"))).toEqual([])
        expect(await service.expireEndedAgreements(day("2099-01-02"))).toEqual([agreement.id])
        expect((await service.retrieveDealerAgreement(agreement.id)).status).toBe("expired")

        const other = await service.createDealerInNetwork({ code: "TE", name: "Terminated" })
        const contract = await service.createDraftAgreement({ dealer_id: other.id, valid_from: day("2026-01-01") })
        await service.activateAgreement(contract.id)
        const terminated = await service.terminateAgreement(contract.id, { reason: "Breach of zone rules" })
        expect(terminated).toMatchObject({ status: "terminated", termination_reason: "Breach of zone rules" })
        expect((await service.retrieveDealer(other.id)).status).toBe("terminated")
      })
    })
  },
})
