import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import {
  Dealer,
  DealerAgreement,
  DealerApplication,
  DealerBankAccount,
  DealerConflictCase,
  DealerMember,
  DealerNetworkJobRun,
  DealerNetworkSetting,
  DealerTerritory,
  DealerTier,
  DealerZone,
  DealerZoneCategory,
} from "./models"
import type {
  ConflictCaseSnapshot,
  ConflictDecision,
  OpenConflictCaseInput,
  OrderSaleLocationInput,
  OrderZoneCheckInput,
} from "./conflict-types"
import { DealerNetworkOptions, parseDealerNetworkOptions } from "./options"
import * as agreements from "./services/agreements"
import * as applications from "./services/applications"
import * as bankAccounts from "./services/bank-accounts"
import * as conflictCases from "./services/conflict-cases"
import * as dealers from "./services/dealers"
import * as jobRuns from "./services/job-runs"
import * as progressFilters from "./services/progress-filters"
import * as settings from "./services/settings"
import * as territories from "./services/territories"
import * as zones from "./services/zones"
import type {
  AgreementVersionInput,
  CreateAgreementInput,
  CreateDealerInput,
  CreateTerritoryInput,
  CreateZoneInput,
  PostalAddress,
  UpdateDealerInput,
  UpdateTerritoryInput,
  UpdateZoneInput,
} from "../../types/dealer-network"
import type { BankAccountInput } from "../../types/bank-accounts"

/**
 * The dealer network module's service: Medusa's generated data methods per
 * model, and the domain methods, each a decorated entry point (it receives the
 * manager or transaction) whose logic lives in services/<aggregate>.ts.
 */
class DealerNetworkModuleService extends MedusaService({
  Dealer,
  DealerMember,
  DealerTier,
  DealerTerritory,
  DealerZone,
  DealerZoneCategory,
  DealerAgreement,
  DealerApplication,
  DealerConflictCase,
  DealerNetworkSetting,
  DealerNetworkJobRun,
  DealerBankAccount,
}) {
  protected readonly options_: DealerNetworkOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseDealerNetworkOptions(options)
  }

  getOptions(): DealerNetworkOptions {
    return this.options_
  }

  // -------------------------------------------------------------- bank accounts

  @InjectManager()
  async listAccountsOfDealer(dealerId: string, @MedusaContext() sharedContext: Context = {}) {
    return await bankAccounts.listDealerAccounts(this, dealerId, sharedContext)
  }

  @InjectTransactionManager()
  async saveBankAccount(
    input: BankAccountInput & { dealer_id: string; id?: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await bankAccounts.saveBankAccount(this, input, sharedContext)
  }

  @InjectTransactionManager()
  async removeBankAccount(dealerId: string, id: string, @MedusaContext() sharedContext: Context = {}) {
    return await bankAccounts.removeBankAccount(this, dealerId, id, sharedContext)
  }

  @InjectTransactionManager()
  async restoreBankAccountsOf(
    dealerId: string,
    before: bankAccounts.BankAccountRow[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await bankAccounts.restoreBankAccounts(this, dealerId, before, sharedContext)
  }

  // -------------------------------------------------------------- settings

  @InjectManager()
  async getSettings(@MedusaContext() sharedContext: Context = {}) {
    return await settings.getSettings(this, sharedContext)
  }

  @InjectTransactionManager()
  async saveSettings(
    input: settings.SettingsInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await settings.saveSettings(this, input, sharedContext)
  }

  // -------------------------------------------------------------- job-runs

  @InjectTransactionManager()
  async claimJobRun(
    job: string,
    periodKey: string,
    staleAfterMs: number,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await jobRuns.claimJobRun(this, job, periodKey, staleAfterMs, sharedContext)
  }

  @InjectTransactionManager()
  async finishJobRun(
    id: string,
    outcome: jobRuns.JobRunOutcome,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await jobRuns.finishJobRun(this, id, outcome, sharedContext)
  }

  // --------------------------------------------------------------- dealers

  @InjectManager()
  async listSubtree(dealerId: string, @MedusaContext() sharedContext: Context = {}) {
    return await dealers.listSubtree(this, dealerId, sharedContext)
  }

  @InjectManager()
  async findDealersByCode(codes: string[], @MedusaContext() sharedContext: Context = {}) {
    return await dealers.findDealersByCode(this, codes, sharedContext)
  }

  @InjectManager()
  async listAncestors(dealerId: string, @MedusaContext() sharedContext: Context = {}) {
    return await dealers.listAncestors(this, dealerId, sharedContext)
  }

  @InjectTransactionManager()
  async createDealerInNetwork(data: CreateDealerInput, @MedusaContext() sharedContext: Context = {}) {
    return await dealers.createDealerInNetwork(this, data, sharedContext)
  }

  @InjectTransactionManager()
  async updateDealerInNetwork(
    id: string,
    data: UpdateDealerInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await dealers.updateDealerInNetwork(this, id, data, sharedContext)
  }

  @InjectTransactionManager()
  async assertDealerRemovable(id: string, @MedusaContext() sharedContext: Context = {}) {
    return await dealers.assertDealerRemovable(this, id, sharedContext)
  }

  // ----------------------------------------------------------- territories

  @InjectTransactionManager()
  async createTerritoryInTree(data: CreateTerritoryInput, @MedusaContext() sharedContext: Context = {}) {
    return await territories.createTerritoryInTree(this, data, sharedContext)
  }

  @InjectTransactionManager()
  async updateTerritoryInTree(
    id: string,
    data: UpdateTerritoryInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await territories.updateTerritoryInTree(this, id, data, sharedContext)
  }

  @InjectManager()
  async listTerritorySubtree(territoryId: string, @MedusaContext() sharedContext: Context = {}) {
    return await territories.listTerritorySubtree(this, territoryId, sharedContext)
  }

  @InjectManager()
  async matchTerritory(address: PostalAddress, @MedusaContext() sharedContext: Context = {}) {
    return await territories.matchTerritory(this, address, sharedContext)
  }

  // ----------------------------------------------------------------- zones

  @InjectTransactionManager()
  async createZoneWithAssortment(data: CreateZoneInput, @MedusaContext() sharedContext: Context = {}) {
    return await zones.createZoneWithAssortment(this, data, sharedContext)
  }

  @InjectTransactionManager()
  async updateZoneWithAssortment(
    id: string,
    data: UpdateZoneInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await zones.updateZoneWithAssortment(this, id, data, sharedContext)
  }

  /** Every pair of zones of different dealers that overlap, the rule a zone write is checked by. */
  @InjectManager()
  async listZoneOverlaps(@MedusaContext() sharedContext: Context = {}) {
    return await zones.listZoneOverlaps(sharedContext)
  }

  @InjectManager()
  async checkOrderZones(input: OrderZoneCheckInput, @MedusaContext() sharedContext: Context = {}) {
    return await zones.checkOrderZones(this, input, sharedContext)
  }

  @InjectManager()
  async locateOrderSale(input: OrderSaleLocationInput, @MedusaContext() sharedContext: Context = {}) {
    return await zones.locateOrderSale(this, input, sharedContext)
  }

  @InjectManager()
  async retrieveAssortment(
    dealerId: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await zones.retrieveAssortment(this, dealerId, at, sharedContext)
  }

  // ------------------------------------------------------------ agreements

  @InjectTransactionManager()
  async createDraftAgreement(data: CreateAgreementInput, @MedusaContext() sharedContext: Context = {}) {
    return await agreements.createDraftAgreement(this, data, sharedContext)
  }

  @InjectTransactionManager()
  async activateAgreement(id: string, @MedusaContext() sharedContext: Context = {}) {
    return await agreements.activateAgreement(this, id, sharedContext)
  }

  @InjectTransactionManager()
  async createAgreementVersion(
    id: string,
    data: AgreementVersionInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await agreements.createAgreementVersion(this, id, data, sharedContext)
  }

  @InjectTransactionManager()
  async terminateAgreement(
    id: string,
    data: agreements.TerminationInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await agreements.terminateAgreement(this, id, data, sharedContext)
  }

  @InjectTransactionManager()
  async expireEndedAgreements(now: Date = new Date(), @MedusaContext() sharedContext: Context = {}) {
    return await agreements.expireEndedAgreements(this, now, sharedContext)
  }

  @InjectManager()
  async retrieveEffectiveAgreement(
    dealerId: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await agreements.retrieveEffectiveAgreement(this, dealerId, at, sharedContext)
  }

  // -------------------------------------------------------- conflict-cases

  @InjectTransactionManager()
  async openConflictCases(
    orderId: string,
    cases: OpenConflictCaseInput[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await conflictCases.openConflictCases(this, orderId, cases, sharedContext)
  }

  @InjectTransactionManager()
  async resolveConflictCase(
    id: string,
    decision: ConflictDecision,
    options: { skipIfResolved?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await conflictCases.resolveConflictCase(this, id, decision, options, sharedContext)
  }

  @InjectTransactionManager()
  async reopenConflictCase(previous: ConflictCaseSnapshot, @MedusaContext() sharedContext: Context = {}) {
    return await conflictCases.reopenConflictCase(this, previous, sharedContext)
  }

  // ---------------------------------------------------------- applications

  @InjectTransactionManager()
  async decideApplication(
    id: string,
    decision: applications.ApplicationDecision,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await applications.decideApplication(this, id, decision, sharedContext)
  }

  // ------------------------------------------------------ progress-filters

  @InjectManager()
  async listDealerIdsForProgress(
    filter: progressFilters.DealerProgressFilter,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await progressFilters.listDealerIdsForProgress(this, filter, sharedContext)
  }

  @InjectManager()
  async listRankedDealers(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    return await progressFilters.listRankedDealers(ids, sharedContext)
  }
}

export default DealerNetworkModuleService
