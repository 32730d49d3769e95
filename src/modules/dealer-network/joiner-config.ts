import { defineJoinerConfig } from "@medusajs/framework/utils"
import {
  Agreement,
  ConflictCase,
  Dealer,
  DealerApplication,
  DealerMember,
  Territory,
  Tier,
  Zone,
  ZoneCategory,
} from "./models"

/**
 * Query and links call `list<Suffix>` / `listAndCount<Suffix>` on the service,
 * where the suffix defaults to the pluralised model name (`dealer_tier` →
 * `DealerTiers`). The service's generated methods are named after its
 * MedusaService keys (`listTiers`), so the models whose key differs from their
 * name get their suffix here; their Query entity names stay `dealer_tier`, etc.
 */
export const joinerConfig = defineJoinerConfig("dealerNetwork", {
  models: [
    Dealer,
    DealerMember,
    Tier,
    Territory,
    Zone,
    ZoneCategory,
    Agreement,
    DealerApplication,
    // Keyed DealerConflictCase in the service, so its default suffix (DealerConflictCases) fits.
    ConflictCase,
  ],
  alias: [
    { name: ["dealer_tier", "dealer_tiers"], entity: "DealerTier", args: { methodSuffix: "Tiers" } },
    {
      name: ["dealer_territory", "dealer_territories"],
      entity: "DealerTerritory",
      args: { methodSuffix: "Territories" },
    },
    { name: ["dealer_zone", "dealer_zones"], entity: "DealerZone", args: { methodSuffix: "Zones" } },
    {
      name: ["dealer_zone_category", "dealer_zone_categories"],
      entity: "DealerZoneCategory",
      args: { methodSuffix: "ZoneCategories" },
    },
    {
      name: ["dealer_agreement", "dealer_agreements"],
      entity: "DealerAgreement",
      args: { methodSuffix: "Agreements" },
    },
  ],
})
