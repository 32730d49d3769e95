import type { Context, ModuleJoinerConfig } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { exactAmount } from "../../lib/amounts"
import { agreementInForce, IN_FORCE_STATUSES } from "../../lib/agreement-in-force"
import { DealerRole, placementProblem } from "../../lib/dealer-hierarchy"
import { isValidShare } from "../../lib/conflicts"
import {
  normalizePostalCode,
  TerritoryType,
  territoryPlacementProblem,
} from "../../lib/territory-hierarchy"
import {
  Agreement,
  ConflictCase,
  Dealer,
  DealerApplication,
  DealerMember,
  Territory,
  Tier,
  Zone,
  Setting,
  ZoneCategory,
  JobRun,
} from "./models"
import type {
  ConflictCaseSnapshot,
  ConflictDecision,
  OpenConflictCaseInput,
  OrderZoneCheck,
  OrderZoneCheckInput,
} from "./conflict-types"
import { joinerConfig } from "./joiner-config"
import { DealerNetworkOptions, parseDealerNetworkOptions } from "./options"
import type {
  AgreementVersionInput,
  CreateAgreementInput,
  CreateDealerInput,
  CreateTerritoryInput,
  CreateZoneInput,
  DealerTreeRow,
  PriceTerm,
  PostalAddress,
  UpdateDealerInput,
  UpdateTerritoryInput,
  UpdateZoneInput,
} from "./types"

// Serialises writes that must check the whole tree or all zones before writing.
const TREE_LOCK = "dealer_network_tree"
const ZONE_LOCK = "dealer_network_zones"
const AGREEMENT_LOCK = "dealer_network_agreements"

type Row = Record<string, any>

export type TerritoryTreeRow = {
  id: string
  parent_id: string | null
  /** Levels below the territory the subtree was read for. */
  level: number
  /** Absolute depth in the territory tree (0 for a country). */
  depth: number
  code: string
  name: string
  type: TerritoryType
  country_code: string
  province: string | null
  postal_prefixes: string[]
}

class DealerNetworkModuleService extends MedusaService({
  Dealer,
  DealerMember,
  Tier,
  Territory,
  Zone,
  ZoneCategory,
  Agreement,
  DealerApplication,
  DealerConflictCase: ConflictCase,
  DealerNetworkSetting: Setting,
  DealerNetworkJobRun: JobRun,
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

  /** The run-time settings; a setting left empty falls back to the plugin option. */
  @InjectManager()
  async getSettings(@MedusaContext() sharedContext: Context = {}) {
    const [saved] = await this.listDealerNetworkSettings({}, { take: 1 }, sharedContext)
    return {
      b2b_sales_channel_id: saved?.b2b_sales_channel_id ?? this.options_.b2bSalesChannelId ?? null,
    }
  }

  @InjectTransactionManager()
  async saveSettings(
    input: { b2b_sales_channel_id?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [saved] = await this.listDealerNetworkSettings({}, { take: 1 }, sharedContext)
    if (saved) await this.updateDealerNetworkSettings({ id: saved.id, ...input }, sharedContext)
    else await this.createDealerNetworkSettings(input, sharedContext)
    return this.getSettings(sharedContext)
  }

  // ------------------------------------------------------------ scheduled work

  /**
   * Claims a job's work for a month, atomically across processes: true when
   * this caller got it (never claimed, failed before, or claimed by a run
   * that went stale), false when it is done or another run holds it.
   */
  @InjectTransactionManager()
  async claimJobRun(
    job: string,
    periodKey: string,
    staleAfterMs: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    const [claimed] = await this.execute_(
      sharedContext,
      `insert into dealer_network_job_run (id, job, period_key, status, attempts, started_at)
       values (?, ?, ?, 'running', 1, now())
       on conflict (job, period_key) where deleted_at is null do update
          set status = 'running', attempts = dealer_network_job_run.attempts + 1, started_at = now(),
              finished_at = null, error = null, updated_at = now()
        where dealer_network_job_run.status = 'failed'
           or (dealer_network_job_run.status = 'running'
               and dealer_network_job_run.started_at < now() - make_interval(secs => ?))
       returning id`,
      [generateEntityId(undefined, "dnjob"), job, periodKey, staleAfterMs / 1000]
    )
    return claimed?.id ?? null
  }

  @InjectTransactionManager()
  async finishJobRun(
    id: string,
    outcome: { status: "succeeded"; result: Record<string, unknown> } | { status: "failed"; error: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.updateDealerNetworkJobRuns({ id, finished_at: new Date(), ...outcome }, sharedContext)
  }

  /** Maps Query entity names (dealer_tier, …) to this service's method names; see joiner-config.ts. */
  __joinerConfig(): ModuleJoinerConfig {
    return joinerConfig
  }

  // ---------------------------------------------------------------- dealers

  /** Ids of the dealer and everything below it, with depth relative to it. */
  @InjectManager()
  async listSubtree(
    dealerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DealerTreeRow[]> {
    return (await this.execute_(
      sharedContext,
      `with recursive subtree as (
         select id, parent_id, 0 as depth from dealer where id = ? and deleted_at is null
         union all
         select d.id, d.parent_id, s.depth + 1 from dealer d
           join subtree s on d.parent_id = s.id
          where d.deleted_at is null
       )
       select d.id, d.parent_id, s.depth, d.code, d.name, d.role, d.status, d.tier_id
         from subtree s join dealer d on d.id = s.id
        order by s.depth, d.name`,
      [dealerId]
    )) as DealerTreeRow[]
  }

  /** The dealer's ancestors, nearest first. */
  @InjectManager()
  async listAncestors(
    dealerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<DealerTreeRow[]> {
    return (await this.execute_(
      sharedContext,
      `with recursive ancestors as (
         select parent_id as id, 1 as depth from dealer where id = ? and deleted_at is null
         union all
         select d.parent_id, a.depth + 1 from dealer d
           join ancestors a on d.id = a.id
          where d.parent_id is not null and d.deleted_at is null
       )
       select d.id, d.parent_id, a.depth, d.code, d.name, d.role, d.status, d.tier_id
         from ancestors a join dealer d on d.id = a.id and d.deleted_at is null
        order by a.depth`,
      [dealerId]
    )) as DealerTreeRow[]
  }

  @InjectTransactionManager()
  async createDealerInNetwork(
    data: CreateDealerInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lock_(sharedContext, TREE_LOCK)
    const role = data.role ?? "dealer"
    await this.assertPlacement_(null, role, data.parent_id ?? null, sharedContext)
    await this.assertUniqueDealerFields_(null, data, sharedContext)
    await this.assertTierExists_(data.tier_id, sharedContext)
    return await this.createDealers(
      { ...data, role, currency_code: data.currency_code ?? this.options_.defaultCurrency },
      sharedContext
    )
  }

  @InjectTransactionManager()
  async updateDealerInNetwork(
    id: string,
    data: UpdateDealerInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lock_(sharedContext, TREE_LOCK)
    const current = await this.retrieveDealer(id, {}, sharedContext)
    const role = (data.role ?? current.role) as DealerRole
    const parentId = data.parent_id === undefined ? current.parent_id : data.parent_id
    if (role !== current.role || parentId !== current.parent_id) {
      await this.assertPlacement_(id, role, parentId, sharedContext)
    }
    await this.assertUniqueDealerFields_(id, data, sharedContext)
    await this.assertTierExists_(data.tier_id, sharedContext)
    return await this.updateDealers({ id, ...data }, sharedContext)
  }

  @InjectTransactionManager()
  async assertDealerRemovable(id: string, @MedusaContext() sharedContext: Context = {}) {
    await this.lock_(sharedContext, TREE_LOCK)
    const dealer = await this.retrieveDealer(id, { relations: ["children"] }, sharedContext)
    if (dealer.children.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dealer ${dealer.code} has ${dealer.children.length} partner(s) below it; move or delete them first`
      )
    }
    return dealer
  }

  private async assertPlacement_(
    dealerId: string | null,
    role: DealerRole,
    parentId: string | null,
    sharedContext: Context
  ) {
    let parentRole: DealerRole | null = null
    if (parentId) {
      if (parentId === dealerId) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "parent_id: a dealer cannot be its own parent")
      }
      const [parent] = await this.listDealers({ id: parentId }, { take: 1 }, sharedContext)
      if (!parent) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `parent_id: dealer ${parentId} was not found`)
      }
      parentRole = parent.role as DealerRole
    }
    if (dealerId) {
      const subtree = await this.listSubtree(dealerId, sharedContext)
      if (parentId && subtree.some((row) => row.id === parentId)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "parent_id: a dealer cannot be moved under its own descendant"
        )
      }
      const childProblem = subtree
        .filter((row) => row.parent_id === dealerId)
        .map((child) => placementProblem(child.role as DealerRole, role))
        .find(Boolean)
      if (childProblem) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `role: ${childProblem} (a partner below it)`)
      }
    }
    const problem = placementProblem(role, parentRole)
    if (problem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `parent_id: ${problem}`)
    }
  }

  private async assertUniqueDealerFields_(
    dealerId: string | null,
    data: { code?: string; tax_id?: string | null },
    sharedContext: Context
  ) {
    for (const field of ["code", "tax_id"] as const) {
      const value = data[field]
      if (!value) continue
      const [existing] = await this.listDealers({ [field]: value }, { take: 1 }, sharedContext)
      if (existing && existing.id !== dealerId) {
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `${field}: dealer ${existing.code} already has ${field} ${value}`
        )
      }
    }
  }

  private async assertTierExists_(tierId: string | null | undefined, sharedContext: Context) {
    if (!tierId) return
    const [tier] = await this.listTiers({ id: tierId }, { take: 1 }, sharedContext)
    if (!tier) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `tier_id: tier ${tierId} was not found`)
    }
  }

  // ------------------------------------------------------------ territories

  @InjectTransactionManager()
  async createTerritoryInTree(
    data: CreateTerritoryInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const parent = data.parent_id
      ? await this.retrieveTerritory(data.parent_id, {}, sharedContext)
      : null
    const problem = territoryPlacementProblem(data.type, (parent?.type as TerritoryType) ?? null)
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `parent_id: ${problem}`)
    const countryCode = (data.country_code ?? parent?.country_code)?.toLowerCase()
    if (!countryCode) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "country_code: required for a country")
    }
    if (parent && countryCode !== parent.country_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `country_code: must match the parent territory's country (${parent.country_code})`
      )
    }
    await this.assertUniqueTerritoryCode_(null, data.code, sharedContext)
    return await this.createTerritories(
      {
        ...data,
        country_code: countryCode,
        province: data.province ?? parent?.province ?? null,
        postal_prefixes: (data.postal_prefixes ?? []).map(normalizePostalCode),
        depth: parent ? parent.depth + 1 : 0,
      },
      sharedContext
    )
  }

  @InjectTransactionManager()
  async updateTerritoryInTree(
    id: string,
    data: UpdateTerritoryInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    if (data.code) await this.assertUniqueTerritoryCode_(id, data.code, sharedContext)
    return await this.updateTerritories(
      {
        id,
        ...data,
        ...(data.postal_prefixes && { postal_prefixes: data.postal_prefixes.map(normalizePostalCode) }),
      },
      sharedContext
    )
  }

  private async assertUniqueTerritoryCode_(id: string | null, code: string, sharedContext: Context) {
    const [existing] = await this.listTerritories({ code }, { take: 1 }, sharedContext)
    if (existing && existing.id !== id) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `code: territory ${code} already exists`)
    }
  }

  /** The territory and everything below it, with level relative to it (0 for the territory). */
  @InjectManager()
  async listTerritorySubtree(
    territoryId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TerritoryTreeRow[]> {
    return (await this.execute_(
      sharedContext,
      `with recursive subtree as (
         select id, 0 as level from dealer_territory where id = ? and deleted_at is null
         union all
         select t.id, s.level + 1 from dealer_territory t
           join subtree s on t.parent_id = s.id
          where t.deleted_at is null
       )
       select t.id, t.parent_id, s.level, t.depth, t.code, t.name, t.type, t.country_code,
              t.province, t.postal_prefixes
         from subtree s join dealer_territory t on t.id = s.id
        order by s.level, t.name`,
      [territoryId]
    )) as TerritoryTreeRow[]
  }

  /**
   * The most specific territory containing the address: the deepest match,
   * and among equals the one with the longest matching postal prefix.
   */
  @InjectManager()
  async matchTerritory(
    address: PostalAddress,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Row | null> {
    const postal = normalizePostalCode(address.postal_code ?? "")
    const [match] = await this.execute_(
      sharedContext,
      `select t.*, coalesce((
                select max(length(p)) from unnest(t.postal_prefixes) p where ? like p || '%'
              ), 0) as prefix_length
         from dealer_territory t
        where t.deleted_at is null
          and t.country_code = lower(?)
          and (t.province is null or lower(t.province) = lower(?))
          and (cardinality(t.postal_prefixes) = 0
               or exists (select 1 from unnest(t.postal_prefixes) p where ? like p || '%'))
        order by t.depth desc, prefix_length desc
        limit 1`,
      [postal, address.country_code, address.province ?? "", postal]
    )
    return match ?? null
  }

  // ------------------------------------------------------------------ zones

  @InjectTransactionManager()
  async createZoneWithAssortment(
    data: CreateZoneInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const { product_category_ids = [], ...zoneData } = data
    await this.lock_(sharedContext, ZONE_LOCK)
    await this.assertDealerExists_(zoneData.dealer_id, sharedContext)
    await this.retrieveTerritory(zoneData.territory_id, {}, sharedContext)
    await this.assertNoZoneConflict_(
      null,
      { ...zoneData, is_exclusive: zoneData.is_exclusive ?? false, product_category_ids },
      sharedContext
    )
    const zone = await this.createZones(zoneData, sharedContext)
    if (product_category_ids.length) {
      await this.createZoneCategories(
        product_category_ids.map((product_category_id) => ({ zone_id: zone.id, product_category_id })),
        sharedContext
      )
    }
    return zone
  }

  @InjectTransactionManager()
  async updateZoneWithAssortment(
    id: string,
    data: UpdateZoneInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lock_(sharedContext, ZONE_LOCK)
    const current = await this.retrieveZone(id, { relations: ["categories"] }, sharedContext)
    const { product_category_ids, ...zoneData } = data
    const next = {
      dealer_id: current.dealer_id,
      territory_id: zoneData.territory_id ?? current.territory_id,
      is_exclusive: zoneData.is_exclusive ?? current.is_exclusive,
      starts_at: zoneData.starts_at ?? current.starts_at,
      ends_at: zoneData.ends_at === undefined ? current.ends_at : zoneData.ends_at,
      product_category_ids:
        product_category_ids ?? current.categories.map((c) => c.product_category_id),
    }
    if (zoneData.territory_id) await this.retrieveTerritory(zoneData.territory_id, {}, sharedContext)
    await this.assertNoZoneConflict_(id, next, sharedContext)
    const zone = await this.updateZones({ id, ...zoneData }, sharedContext)
    if (product_category_ids) {
      await this.deleteZoneCategories(current.categories.map((c) => c.id), sharedContext)
      if (product_category_ids.length) {
        await this.createZoneCategories(
          product_category_ids.map((product_category_id) => ({ zone_id: id, product_category_id })),
          sharedContext
        )
      }
    }
    return zone
  }

  /**
   * Another dealer's zone conflicts when it covers the same place (the same
   * territory, or one above or below it), the same assortment (a zone without
   * categories covers all of it) and the same time, and either zone is exclusive.
   */
  private async assertNoZoneConflict_(
    zoneId: string | null,
    zone: {
      dealer_id: string
      territory_id: string
      is_exclusive: boolean
      starts_at: Date | string
      ends_at?: Date | string | null
      product_category_ids: string[]
    },
    sharedContext: Context
  ) {
    const [conflict] = await this.execute_(
      sharedContext,
      `with recursive up as (
         select id, parent_id from dealer_territory where id = ?
         union all
         select t.id, t.parent_id from dealer_territory t join up on t.id = up.parent_id
       ), down as (
         select id from dealer_territory where id = ?
         union all
         select t.id from dealer_territory t join down on t.parent_id = down.id where t.deleted_at is null
       )
       select z.id, d.code as dealer_code, t.name as territory_name
         from dealer_zone z
         join dealer d on d.id = z.dealer_id
         join dealer_territory t on t.id = z.territory_id
        where z.deleted_at is null
          and z.id <> coalesce(?, '')
          and z.dealer_id <> ?
          and (z.is_exclusive or ?)
          and (z.territory_id in (select id from up) or z.territory_id in (select id from down))
          and z.starts_at < coalesce(?::timestamptz, 'infinity')
          and coalesce(z.ends_at, 'infinity') > ?::timestamptz
          and (jsonb_array_length(?::jsonb) = 0
               or not exists (select 1 from dealer_zone_category c where c.zone_id = z.id and c.deleted_at is null)
               or exists (select 1 from dealer_zone_category c
                           where c.zone_id = z.id and c.deleted_at is null
                             and c.product_category_id in (select jsonb_array_elements_text(?::jsonb))))
        limit 1`,
      [
        zone.territory_id,
        zone.territory_id,
        zoneId,
        zone.dealer_id,
        zone.is_exclusive,
        zone.ends_at ? new Date(zone.ends_at) : null,
        new Date(zone.starts_at),
        // Knex would spread a JS array into a list of parameters; pass JSON instead.
        JSON.stringify(zone.product_category_ids),
        JSON.stringify(zone.product_category_ids),
      ]
    )
    if (conflict) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `territory_id: overlaps zone ${conflict.id} of dealer ${conflict.dealer_code} in ${conflict.territory_name} for the same assortment and dates, and one of them is exclusive`
      )
    }
  }

  // ------------------------------------------------------------- agreements

  @InjectTransactionManager()
  async createDraftAgreement(
    data: CreateAgreementInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lock_(sharedContext, AGREEMENT_LOCK)
    const dealer = await this.assertDealerExists_(data.dealer_id, sharedContext)
    const number = data.number ?? (await this.nextAgreementNumber_(dealer.code, sharedContext))
    const [existing] = await this.listAgreements({ number }, { take: 1 }, sharedContext)
    if (existing) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `number: agreement ${number} already exists`)
    }
    return await this.createAgreements(
      agreementRow({ ...data, number, version: 1, status: "draft" as const }),
      sharedContext
    )
  }

  /** Puts a draft agreement in force and makes its dealer active. */
  @InjectTransactionManager()
  async activateAgreement(id: string, @MedusaContext() sharedContext: Context = {}) {
    await this.lock_(sharedContext, AGREEMENT_LOCK)
    const agreement = await this.retrieveAgreement(id, {}, sharedContext)
    if (agreement.status !== "draft") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Agreement ${agreement.number} v${agreement.version} is ${agreement.status}; only a draft can be activated`
      )
    }
    const now = new Date()
    if (agreement.valid_to && new Date(agreement.valid_to) <= now) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `valid_to: agreement ${agreement.number} ended on ${new Date(agreement.valid_to).toISOString()}`
      )
    }
    // A dealer has one contract in force: an earlier one ends where this one starts.
    const others = await this.listAgreements(
      { dealer_id: agreement.dealer_id, status: "active", id: { $ne: id } },
      {},
      sharedContext
    )
    const startsAt = new Date(agreement.valid_from)
    for (const other of others) {
      if (other.valid_to && new Date(other.valid_to) <= startsAt) continue
      if (new Date(other.valid_from) >= startsAt) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `valid_from: agreement ${other.number} v${other.version} is in force from ${new Date(other.valid_from).toISOString()}; a contract that replaces it must start later (or create a version of it)`
        )
      }
      const ended = startsAt <= now
      await this.updateAgreements(
        { id: other.id, valid_to: startsAt, ...(ended && { status: "expired" }) },
        sharedContext
      )
    }
    const activated = await this.updateAgreements(
      { id, status: "active", activated_at: now },
      sharedContext
    )
    await this.updateDealers({ id: agreement.dealer_id, status: "active" }, sharedContext)
    return activated
  }

  /**
   * A new version of an active agreement, in force from `effective_from`;
   * the old version stays in the history and ends that day.
   */
  @InjectTransactionManager()
  async createAgreementVersion(
    id: string,
    data: AgreementVersionInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lock_(sharedContext, AGREEMENT_LOCK)
    const source = await this.retrieveAgreement(id, {}, sharedContext)
    if (source.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Agreement ${source.number} v${source.version} is ${source.status}; only the active version can be superseded`
      )
    }
    const effectiveFrom = new Date(data.effective_from)
    const sourceEnd = source.valid_to ? new Date(source.valid_to) : null
    if (effectiveFrom <= new Date(source.valid_from) || (sourceEnd && effectiveFrom >= sourceEnd)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `effective_from: must fall inside the current version's validity (${new Date(source.valid_from).toISOString()} – ${sourceEnd?.toISOString() ?? "open"})`
      )
    }
    const [{ max_version }] = await this.execute_(
      sharedContext,
      "select max(version) as max_version from dealer_agreement where number = ? and deleted_at is null",
      [source.number]
    )
    const { effective_from: _ignored, ...changes } = data
    const copied = pickAgreementTerms(source)
    const version = await this.createAgreements(
      agreementRow({
        ...copied,
        ...changes,
        dealer_id: source.dealer_id,
        number: source.number,
        version: Number(max_version) + 1,
        status: "active" as const,
        valid_from: effectiveFrom,
        valid_to: changes.valid_to === undefined ? sourceEnd : changes.valid_to,
        supersedes_id: source.id,
        activated_at: new Date(),
      }),
      sharedContext
    )
    await this.updateAgreements(
      {
        id: source.id,
        valid_to: effectiveFrom,
        ...(effectiveFrom <= new Date() && { status: "expired" }),
      },
      sharedContext
    )
    return version
  }

  @InjectTransactionManager()
  async terminateAgreement(
    id: string,
    data: { reason: string; terminated_at?: Date | string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lock_(sharedContext, AGREEMENT_LOCK)
    const agreement = await this.retrieveAgreement(id, {}, sharedContext)
    if (agreement.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Agreement ${agreement.number} v${agreement.version} is ${agreement.status}; only an active agreement can be terminated`
      )
    }
    const terminatedAt = data.terminated_at ? new Date(data.terminated_at) : new Date()
    // The contract ends as a whole: this version, and any active version of the
    // same number still in force after that moment (e.g. one scheduled to start
    // later), which would otherwise take effect after the termination.
    const versions = await this.listAgreements(
      { number: agreement.number, status: "active" },
      {},
      sharedContext
    )
    const ending = versions.filter(
      (version) => version.id === id || !version.valid_to || new Date(version.valid_to) > terminatedAt
    )
    const updated = await this.updateAgreements(
      ending.map((version) => {
        const startsAt = new Date(version.valid_from)
        const validTo =
          version.valid_to && new Date(version.valid_to) < terminatedAt
            ? version.valid_to
            : terminatedAt < startsAt
              ? startsAt
              : terminatedAt
        return {
          id: version.id,
          status: "terminated" as const,
          terminated_at: terminatedAt,
          termination_reason: data.reason,
          valid_to: validTo,
        }
      }),
      sharedContext
    )
    const terminated = updated.find((version) => version.id === id)!
    const stillActive = await this.listAgreements(
      { dealer_id: agreement.dealer_id, status: "active" },
      { take: 1 },
      sharedContext
    )
    if (!stillActive.length) {
      await this.updateDealers({ id: agreement.dealer_id, status: "terminated" }, sharedContext)
    }
    return terminated
  }

  /** Marks active agreements whose validity has ended as expired; returns their ids. */
  @InjectTransactionManager()
  async expireEndedAgreements(
    now: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const rows = await this.execute_(
      sharedContext,
      `update dealer_agreement set status = 'expired', updated_at = now()
        where status = 'active' and valid_to is not null and valid_to <= ? and deleted_at is null
        returning id`,
      [now]
    )
    return rows.map((row) => row.id)
  }

  /** The agreement version in force for the dealer at a moment. */
  @InjectManager()
  async retrieveEffectiveAgreement(
    dealerId: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ) {
    const versions = await this.listAgreements(
      { dealer_id: dealerId, status: [...IN_FORCE_STATUSES], valid_from: { $lte: at } },
      {},
      sharedContext
    )
    return agreementInForce(versions, at)
  }

  private async nextAgreementNumber_(dealerCode: string, sharedContext: Context) {
    const prefix = `${this.options_.agreementNumberPrefix}-${dealerCode}-`
    // The highest numeric suffix after the exact prefix (deleted drafts included, so
    // numbers are not reused). Not LIKE: "_" in a dealer code is a wildcard there, and
    // dealer "A"'s prefix would also match "AGR-A-B-001" of dealer "A-B".
    const [{ last }] = await this.execute_(
      sharedContext,
      `select coalesce(max(substring(number from ?)::numeric), 0) as last
         from dealer_agreement
        where left(number, ?) = ? and substring(number from ?) ~ '^[0-9]+$'`,
      [prefix.length + 1, prefix.length, prefix, prefix.length + 1]
    )
    return `${prefix}${String(Number(last) + 1).padStart(3, "0")}`
  }

  // -------------------------------------------------------------- conflicts

  /**
   * The zone check of an order, in one query: another dealer's exclusive zone
   * in force at the order date that covers the order's territory (or one above
   * it) and any of its categories (a zone without categories covers them all),
   * the most specific first; and whether the seller has zones in force and
   * any of the order's categories lies in them. Zones of the seller's own
   * upline (its parent dealer, distributor) are not a conflict: it sells inside
   * its own network there.
   */
  @InjectManager()
  async checkOrderZones(
    input: OrderZoneCheckInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OrderZoneCheck> {
    const [row] = await this.execute_(
      sharedContext,
      `with recursive place as (
         select id, parent_id, depth from dealer_territory where id = ? and deleted_at is null
         union all
         select t.id, t.parent_id, t.depth from dealer_territory t
           join place p on t.id = p.parent_id
          where t.deleted_at is null
       ), upline as (
         select parent_id as id from dealer where id = ? and deleted_at is null
         union all
         select d.parent_id from dealer d join upline u on d.id = u.id where d.deleted_at is null
       ), order_categories as (
         select jsonb_array_elements_text(?::jsonb) as id
       ), zones as (
         select z.id, z.dealer_id, z.territory_id, z.is_exclusive, z.starts_at,
                not exists (select 1 from dealer_zone_category c
                             where c.zone_id = z.id and c.deleted_at is null) as whole_assortment,
                exists (select 1 from dealer_zone_category c
                         where c.zone_id = z.id and c.deleted_at is null
                           and c.product_category_id in (select id from order_categories)) as has_order_category
           from dealer_zone z
          where z.deleted_at is null
            and (z.dealer_id = ? or z.territory_id in (select id from place))
            and z.starts_at <= ?::timestamptz
            and coalesce(z.ends_at, 'infinity') > ?::timestamptz
       ), foreign_zone as (
         select z.id as zone_id, z.dealer_id, z.territory_id
           from zones z
           join place p on p.id = z.territory_id
           join dealer d on d.id = z.dealer_id and d.deleted_at is null
          where z.is_exclusive
            and z.dealer_id <> ?
            and z.dealer_id not in (select id from upline where id is not null)
            and (z.whole_assortment or z.has_order_category)
          order by p.depth desc, z.whole_assortment, z.starts_at, z.id
          limit 1
       )
       select (select row_to_json(f) from foreign_zone f) as foreign_zone,
              exists (select 1 from zones where dealer_id = ?) as seller_has_zones,
              exists (select 1 from zones
                       where dealer_id = ? and (whole_assortment or has_order_category)) as seller_covers_order`,
      [
        input.territory_id,
        input.seller_dealer_id,
        // Knex would spread a JS array into a list of parameters; pass JSON instead.
        JSON.stringify(input.category_ids),
        input.seller_dealer_id,
        input.at,
        input.at,
        input.seller_dealer_id,
        input.seller_dealer_id,
        input.seller_dealer_id,
      ]
    )
    return {
      foreign_zone: row.foreign_zone ?? null,
      seller_has_zones: Boolean(row.seller_has_zones),
      seller_covers_order: Boolean(row.seller_covers_order),
    }
  }

  /**
   * The product categories a dealer may sell at a moment, from its zones in
   * force: `restricted` is false when it has no zone, or a zone without
   * categories (the whole assortment).
   */
  @InjectManager()
  async retrieveAssortment(
    dealerId: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ restricted: boolean; category_ids: string[] }> {
    const rows = await this.execute_(
      sharedContext,
      `select z.id as zone_id, c.product_category_id
         from dealer_zone z
         left join dealer_zone_category c on c.zone_id = z.id and c.deleted_at is null
        where z.dealer_id = ? and z.deleted_at is null
          and z.starts_at <= ?::timestamptz and coalesce(z.ends_at, 'infinity') > ?::timestamptz`,
      [dealerId, at, at]
    )
    const wholeAssortment = !rows.length || rows.some((row) => row.product_category_id === null)
    return {
      restricted: !wholeAssortment,
      category_ids: wholeAssortment ? [] : [...new Set(rows.map((row) => row.product_category_id as string))],
    }
  }

  /**
   * Opens the order's conflict cases once: a kind the order already has a case
   * of (open or resolved) is returned as it is (`created: false`). The advisory
   * lock on the order serialises concurrent deliveries of the same event.
   */
  @InjectTransactionManager()
  async openConflictCases(
    orderId: string,
    cases: OpenConflictCaseInput[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.lock_(sharedContext, `dealer_conflict_case:${orderId}`)
    const existing = await this.listDealerConflictCases({ order_id: orderId }, {}, sharedContext)
    const opened: { conflict: (typeof existing)[number]; created: boolean }[] = []
    for (const input of cases) {
      const found = existing.find((conflict) => conflict.kind === input.kind)
      if (found) {
        opened.push({ conflict: found, created: false })
        continue
      }
      const conflict = await this.createDealerConflictCases(
        {
          ...input,
          order_id: orderId,
          status: "open",
          amount: exactAmount(input.amount),
          split_share_percent: input.split_share_percent == null ? null : exactAmount(input.split_share_percent),
        },
        sharedContext
      )
      opened.push({ conflict, created: true })
    }
    return opened
  }

  /**
   * Closes an open case with a resolution. The row lock makes two simultaneous
   * resolutions end with one winner; the other is refused, or skipped (null)
   * with `skipIfResolved`, as an automatic resolution racing another is.
   */
  @InjectTransactionManager()
  async resolveConflictCase(
    id: string,
    decision: ConflictDecision,
    options: { skipIfResolved?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [locked] = await this.execute_(
      sharedContext,
      `select id, kind, status, resolution, zone_owner_dealer_id, note,
              split_share_percent::text as split_share_percent
         from dealer_conflict_case where id = ? and deleted_at is null for update`,
      [id]
    )
    if (!locked) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Conflict case with id: ${id} was not found`)
    }
    if (locked.status !== "open") {
      if (options.skipIfResolved) return null
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Conflict case ${id} is already ${locked.status} (${locked.resolution}); only an open case can be resolved`
      )
    }
    if (decision.resolution !== "keep_seller" && !locked.zone_owner_dealer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `resolution: conflict case ${id} (${locked.kind}) has no zone owner to credit; it can only be kept with the seller`
      )
    }
    let share: string | null = locked.split_share_percent
    if (decision.resolution === "split") {
      share = decision.split_share_percent == null ? share : String(decision.split_share_percent)
      if (!isValidShare(share)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "split_share_percent: a split needs the zone owner's share, more than 0 and at most 100"
        )
      }
    }
    const conflict = await this.updateDealerConflictCases(
      {
        id,
        status: "resolved",
        resolution: decision.resolution,
        split_share_percent: share === null ? null : exactAmount(share),
        resolved_by: decision.resolved_by,
        resolved_at: new Date(),
        note: decision.note ?? locked.note,
      },
      sharedContext
    )
    const previous: ConflictCaseSnapshot = {
      id,
      split_share_percent: locked.split_share_percent,
      note: locked.note,
    }
    return { conflict, previous }
  }

  /** Puts a resolved case back to open, as it was before its resolution. */
  @InjectTransactionManager()
  async reopenConflictCase(
    previous: ConflictCaseSnapshot,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await this.updateDealerConflictCases(
      {
        id: previous.id,
        status: "open",
        resolution: null,
        resolved_by: null,
        resolved_at: null,
        note: previous.note,
        split_share_percent:
          previous.split_share_percent === null ? null : exactAmount(previous.split_share_percent),
      },
      sharedContext
    )
  }

  // ----------------------------------------------------------- applications

  /**
   * Records the admin's decision on a pending application. The row lock makes
   * two simultaneous decisions on one application end with exactly one winner.
   */
  @InjectTransactionManager()
  async decideApplication(
    id: string,
    decision: { status: "approved" | "rejected" | "pending"; review_note?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [locked] = await this.execute_(
      sharedContext,
      "select status from dealer_application where id = ? and deleted_at is null for update",
      [id]
    )
    if (!locked) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer application with id: ${id} was not found`)
    }
    const reopening = decision.status === "pending"
    if (!reopening && locked.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dealer application ${id} is already ${locked.status}`
      )
    }
    return await this.updateDealerApplications(
      {
        id,
        status: decision.status,
        review_note: decision.review_note ?? null,
        reviewed_at: reopening ? null : new Date(),
      },
      sharedContext
    )
  }

  // ----------------------------------------------------------------- shared

  private async assertDealerExists_(dealerId: string, sharedContext: Context) {
    const [dealer] = await this.listDealers({ id: dealerId }, { take: 1 }, sharedContext)
    if (!dealer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `dealer_id: dealer ${dealerId} was not found`)
    }
    return dealer
  }

  private async lock_(sharedContext: Context, name: string) {
    await this.execute_(sharedContext, "select pg_advisory_xact_lock(hashtext(?))", [name])
  }

  private async execute_(sharedContext: Context, sql: string, params: unknown[] = []): Promise<Row[]> {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as SqlEntityManager
    return await manager.execute(sql, params as any[])
  }

  // ====================================================================================
  // Progress filters: which dealers a ranking or a territory roll-up covers
  // (src/api/admin/dealer-progress, src/api/admin/dealer-territories/[id]/progress).
  // Kept together at the end of the class.
  // ====================================================================================

  /**
   * Ids of the dealers matching every given filter, in one query: `role`,
   * `tier_id` and `parent_id` (direct children) match any of their values;
   * `territory_id` keeps dealers with a zone in that territory or anywhere
   * below it, and with `zone_active` only zones in force at some time in
   * [from, to) (a zone's `ends_at` is exclusive).
   */
  @InjectManager()
  async listDealerIdsForProgress(
    filter: {
      role?: string[]
      tier_id?: string[]
      parent_id?: string[]
      territory_id?: string
      zone_active?: { from: Date; to: Date }
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const conditions = ["d.deleted_at is null"]
    const params: unknown[] = []
    let territories = ""
    if (filter.territory_id) {
      territories = `with recursive territories as (
         select id from dealer_territory where id = ? and deleted_at is null
         union all
         select t.id from dealer_territory t join territories s on t.parent_id = s.id
          where t.deleted_at is null
       )`
      params.push(filter.territory_id)
      const active = filter.zone_active
        ? "and z.starts_at < ?::timestamptz and coalesce(z.ends_at, 'infinity') > ?::timestamptz"
        : ""
      conditions.push(
        `exists (select 1 from dealer_zone z
                  where z.dealer_id = d.id and z.deleted_at is null
                    and z.territory_id in (select id from territories) ${active})`
      )
      if (filter.zone_active) params.push(filter.zone_active.to, filter.zone_active.from)
    }
    // Knex would spread a JS array into a list of parameters; pass JSON instead.
    for (const column of ["role", "tier_id", "parent_id"] as const) {
      const values = filter[column]
      if (!values) continue
      conditions.push(`d.${column} in (select jsonb_array_elements_text(?::jsonb))`)
      params.push(JSON.stringify(values))
    }
    const rows = await this.execute_(
      sharedContext,
      `${territories}
       select d.id from dealer d
        where ${conditions.join(" and ")}
        order by d.id`,
      params
    )
    return rows.map((row) => row.id as string)
  }
}

const AGREEMENT_TERMS = [
  "min_monthly_turnover",
  "min_annual_turnover",
  "interaction_rules",
  "price_list_id",
  "discount_percent",
  "payment_terms_days",
  "credit_limit",
  "min_order_amount",
  "restrict_to_assortment",
  "price_terms",
  "conflict_policy",
  "split_share_percent",
  "support_commitments",
  "payout_form",
  "reward_program_ids",
  "metadata",
] as const


/**
 * DML types a json column as an object; price_terms holds a JSON array, which
 * the column stores as it is.
 */
export function agreementRow<T extends { price_terms?: PriceTerm[] | null }>(
  data: T
): Omit<T, "price_terms"> & { price_terms?: Record<string, unknown> | null } {
  return data as Omit<T, "price_terms"> & { price_terms?: Record<string, unknown> | null }
}

function pickAgreementTerms(agreement: Row): Row {
  return Object.fromEntries(AGREEMENT_TERMS.map((key) => [key, agreement[key]]))
}

export default DealerNetworkModuleService
