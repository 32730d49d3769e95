import { defineMiddlewares } from "@medusajs/framework/http"
import { adminDealerAgreementsMiddlewares } from "./admin/dealer-agreements/middlewares"
import { adminDealerAlertsMiddlewares } from "./admin/dealer-alerts/middlewares"
import { adminDealerApplicationsMiddlewares } from "./admin/dealer-applications/middlewares"
import { adminDealerConflictsMiddlewares } from "./admin/dealer-conflicts/middlewares"
import { adminDealerContestsMiddlewares } from "./admin/dealer-contests/middlewares"
import { adminDealerEventsMiddlewares } from "./admin/dealer-events/middlewares"
import { adminDealerEventRegistrationsMiddlewares } from "./admin/dealer-event-registrations/middlewares"
import { adminDealerMaterialRequestsMiddlewares } from "./admin/dealer-material-requests/middlewares"
import { adminDealerMaterialsMiddlewares } from "./admin/dealer-materials/middlewares"
import { adminDealerMembersMiddlewares } from "./admin/dealer-members/middlewares"
import { adminDealerOverviewMiddlewares } from "./admin/dealer-overview/middlewares"
import { adminDealerPayoutBatchesMiddlewares } from "./admin/dealer-payout-batches/middlewares"
import { adminDealerPayoutsMiddlewares } from "./admin/dealer-payouts/middlewares"
import { adminDealerPlansMiddlewares } from "./admin/dealer-plans/middlewares"
import { adminDealerProgressMiddlewares } from "./admin/dealer-progress/middlewares"
import { adminDealerRatingMiddlewares } from "./admin/dealer-rating/middlewares"
import { adminDealerReceivablesMiddlewares } from "./admin/dealer-receivables/middlewares"
import { adminDealerRewardAccrualsMiddlewares } from "./admin/dealer-reward-accruals/middlewares"
import { adminDealerRewardPeriodsMiddlewares } from "./admin/dealer-reward-periods/middlewares"
import { adminDealerRewardProgramsMiddlewares } from "./admin/dealer-reward-programs/middlewares"
import { adminDealerRewardSimulationsMiddlewares } from "./admin/dealer-reward-simulations/middlewares"
import { adminSeasonalityProfilesMiddlewares } from "./admin/dealer-seasonality-profiles/middlewares"
import { adminDealerSettingsMiddlewares } from "./admin/dealer-settings/middlewares"
import { adminDealerTerritoriesMiddlewares } from "./admin/dealer-territories/middlewares"
import { adminDealerTiersMiddlewares } from "./admin/dealer-tiers/middlewares"
import { adminDealerZonesMiddlewares } from "./admin/dealer-zones/middlewares"
import { adminDealersMiddlewares } from "./admin/dealers/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { storeDealerApplicationsMiddlewares } from "./store/dealer-applications/middlewares"
import { storeDealersMeMiddlewares } from "./store/dealers/me/middlewares"
import { findPluginRoutes, routesMatcher } from "./utils/plugin-routes"
import { rejectHostileInput } from "./utils/validate"

const pluginRoutes = findPluginRoutes(__dirname)

// Each route folder registers its own routes' validation; this file only composes them.
export default defineMiddlewares({
  routes: [
    // Every route of the plugin, ahead of the routes' own validation.
    { matcher: routesMatcher(pluginRoutes), middlewares: [rejectHostileInput(pluginRoutes)] },
    ...adminDealersMiddlewares,
    ...adminDealerAgreementsMiddlewares,
    ...adminDealerAlertsMiddlewares,
    ...adminDealerApplicationsMiddlewares,
    ...adminDealerConflictsMiddlewares,
    ...adminDealerContestsMiddlewares,
    ...adminDealerEventsMiddlewares,
    ...adminDealerEventRegistrationsMiddlewares,
    ...adminDealerMaterialsMiddlewares,
    ...adminDealerMaterialRequestsMiddlewares,
    ...adminDealerMembersMiddlewares,
    ...adminDealerOverviewMiddlewares,
    ...adminDealerPayoutsMiddlewares,
    ...adminDealerPayoutBatchesMiddlewares,
    ...adminDealerPlansMiddlewares,
    ...adminDealerProgressMiddlewares,
    ...adminDealerRatingMiddlewares,
    ...adminDealerReceivablesMiddlewares,
    ...adminDealerRewardAccrualsMiddlewares,
    ...adminDealerRewardPeriodsMiddlewares,
    ...adminDealerRewardProgramsMiddlewares,
    ...adminDealerRewardSimulationsMiddlewares,
    ...adminSeasonalityProfilesMiddlewares,
    ...adminDealerSettingsMiddlewares,
    ...adminDealerTerritoriesMiddlewares,
    ...adminDealerTiersMiddlewares,
    ...adminDealerZonesMiddlewares,
    // /store/dealers/me* authenticates the member before any of its routes' validation.
    ...storeDealersMeMiddlewares,
    ...storeDealerApplicationsMiddlewares,
    ...storeCartsMiddlewares,
  ],
})
