import { defineMiddlewares } from "@medusajs/framework/http"
import { adminDealerAgreementsMiddlewares } from "./admin/dealer-agreements/middlewares"
import { adminDealerAlertsMiddlewares } from "./admin/dealer-alerts/middlewares"
import { adminDealerApplicationsMiddlewares } from "./admin/dealer-applications/middlewares"
import { adminDealerConflictsMiddlewares } from "./admin/dealer-conflicts/middlewares"
import { adminDealerTerritoriesMiddlewares } from "./admin/dealer-territories/middlewares"
import { adminDealerTiersMiddlewares } from "./admin/dealer-tiers/middlewares"
import { adminDealerZonesMiddlewares } from "./admin/dealer-zones/middlewares"
import { adminDealersMiddlewares } from "./admin/dealers/middlewares"
import { adminDealerMembersMiddlewares } from "./admin/dealer-members/middlewares"
import { adminDealerPlansMiddlewares } from "./admin/dealer-plans/middlewares"
import { adminDealerPlansCsvMiddlewares } from "./admin/dealer-plans/csv-middlewares"
import { storeDealerApplicationsMiddlewares } from "./store/dealer-applications/middlewares"
import { storeDealersMiddlewares } from "./store/dealers/middlewares"
import { adminDealerProgressMiddlewares } from "./admin/dealer-progress/middlewares"
import { adminSeasonalityProfilesMiddlewares } from "./admin/dealer-seasonality-profiles/middlewares"
import { storeDealerProgressMiddlewares } from "./store/dealers/progress-middlewares"
import { storeDealerRewardsMiddlewares } from "./store/dealers/rewards-middlewares"
import { adminDealerReceivablesMiddlewares } from "./admin/dealer-receivables/middlewares"
import { adminDealerSettingsMiddlewares } from "./admin/dealer-settings/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { adminDealerPayoutsMiddlewares } from "./admin/dealer-payouts/middlewares"
import { adminDealerRewardProgramsMiddlewares } from "./admin/dealer-reward-programs/middlewares"
import { findPluginRoutes, routesMatcher } from "./utils/plugin-routes"
import { rejectHostileInput } from "./utils/validate"

const pluginRoutes = findPluginRoutes(__dirname)

export default defineMiddlewares({
  routes: [
    // Every route of the plugin, ahead of the routes' own validation.
    { matcher: routesMatcher(pluginRoutes), middlewares: [rejectHostileInput(pluginRoutes)] },
    ...adminDealersMiddlewares,
    ...adminDealerMembersMiddlewares,
    ...adminDealerPlansMiddlewares,
    ...adminDealerPlansCsvMiddlewares,
    ...adminDealerApplicationsMiddlewares,
    ...adminDealerConflictsMiddlewares,
    ...adminDealerTiersMiddlewares,
    ...adminDealerTerritoriesMiddlewares,
    ...adminDealerZonesMiddlewares,
    ...adminDealerAgreementsMiddlewares,
    ...adminDealerAlertsMiddlewares,
    ...storeDealerApplicationsMiddlewares,
    ...storeDealersMiddlewares,
    ...adminDealerProgressMiddlewares,
    ...adminSeasonalityProfilesMiddlewares,
    ...adminDealerReceivablesMiddlewares,
    ...adminDealerSettingsMiddlewares,
    ...storeCartsMiddlewares,
    ...adminDealerRewardProgramsMiddlewares,
    ...adminDealerPayoutsMiddlewares,
    // After storeDealersMiddlewares, which authenticates /store/dealers/me*.
    ...storeDealerProgressMiddlewares,
    ...storeDealerRewardsMiddlewares,
  ],
})
