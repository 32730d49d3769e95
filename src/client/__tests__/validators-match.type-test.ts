// Compiled by `tsc --noEmit` (npm run typecheck), never run: the typed client's
// query and body types against the zod validators of the store routes they
// call, so neither can change without the other. A mismatch is a type error here.
import type { z } from "@medusajs/framework/zod"
import type * as Applications from "../../api/store/dealer-applications/validators"
import type * as Me from "../../api/store/dealers/me/validators"
import type * as Client from "../index"

/** Parameters the routes take that the client leaves to Medusa's defaults. */
type Defaulted = "fields" | "order"

/**
 * The client's shape and the route's: every key the client sends is one the
 * route accepts, with a value it accepts; and every key the route takes
 * (but the defaulted ones) is one the client can send.
 */
type Matches<ClientShape, Schema extends z.ZodType> = [ClientShape] extends [z.input<Schema>]
  ? [Exclude<keyof ClientShape, keyof z.input<Schema>>] extends [never]
    ? [Exclude<keyof z.input<Schema>, keyof ClientShape | Defaulted>] extends [never]
      ? true
      : { routeKeysMissingInClient: Exclude<keyof z.input<Schema>, keyof ClientShape | Defaulted> }
    : { clientKeysUnknownToRoute: Exclude<keyof ClientShape, keyof z.input<Schema>> }
  : { clientNotAccepted: ClientShape }

/** A query as it goes over the wire: the SDK writes a boolean as "true" or "false". */
type WireValue<V> = V extends boolean ? "true" | "false" : V
type Wire<Query> = { [K in keyof Query]: WireValue<Query[K]> }

/** Fails to compile unless every entry is `true` (the error names what differs). */
type AllTrue<T extends Record<string, true>> = T

export type ClientMatchesStoreValidators = AllTrue<{
  catalog: Matches<Wire<Client.StoreCatalogQuery>, typeof Me.StoreGetMyCatalogParams>
  orders: Matches<Wire<Client.StoreOrdersQuery>, typeof Me.StoreGetMyOrdersParams>
  progress: Matches<Wire<Client.StoreProgressQuery>, typeof Me.StoreGetMyProgressParams>
  plans: Matches<Wire<Client.StorePlansQuery>, typeof Me.StoreGetMyPlansParams>
  alerts: Matches<Wire<Client.StoreAlertsQuery>, typeof Me.StoreGetMyAlertsParams>
  conflicts: Matches<Wire<Client.StoreConflictsQuery>, typeof Me.StoreGetMyConflictsParams>
  wallet: Matches<Wire<Client.StoreWalletQuery>, typeof Me.StoreGetMyWalletParams>
  rewardAccruals: Matches<Wire<Client.StoreRewardAccrualsQuery>, typeof Me.StoreGetMyRewardAccrualsParams>
  rewardSimulation: Matches<Wire<Client.StoreRewardSimulationQuery>, typeof Me.StoreGetMyRewardSimulationParams>
  payouts: Matches<Wire<Client.StorePayoutsQuery>, typeof Me.StoreGetMyPayoutsParams>
  events: Matches<Wire<Client.StoreEventsQuery>, typeof Me.StoreGetMyEventsParams>
  eventRegistrations: Matches<Wire<Client.StoreEventRegistrationsQuery>, typeof Me.StoreGetMyEventRegistrationsParams>
  rating: Matches<Wire<Client.StoreRatingQuery>, typeof Me.StoreGetMyRatingParams>
  contests: Matches<Wire<Client.StoreContestsQuery>, typeof Me.StoreGetMyContestsParams>
  materials: Matches<Wire<Client.StoreMaterialsQuery>, typeof Me.StoreGetMyMaterialsParams>
  materialRequests: Matches<Wire<Client.StoreMaterialRequestsQuery>, typeof Me.StoreGetMyMaterialRequestsParams>
  registerForEvent: Matches<Client.StoreRegisterForEventBody, typeof Me.StoreRegisterForEvent>
  requestMaterials: Matches<Client.StoreRequestMaterialsBody, typeof Me.StoreRequestMaterials>
  application: Matches<Client.StoreCreateDealerApplicationBody, typeof Applications.StoreCreateDealerApplication>
}>
