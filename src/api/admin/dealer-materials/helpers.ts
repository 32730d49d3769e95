import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { rawAmount } from "../../../lib/amounts"
import { pointsString } from "../../../lib/material-points"
import type { DealerMaterial, MaterialRequest } from "../../../types/engagement"
import type { ListResponse, Sendable } from "../../../types/http"
import { refetchEntity } from "../../utils/refetch-entity"

type Row = Record<string, any>

const REQUEST_POINTS = ["total_points"]
const LINE_POINTS = ["points_each", "points_total"]

/** A row with its points fields as decimal strings and their raw_ twins dropped. */
function withPoints(row: Row, fields: string[]): Row {
  const view: Row = {}
  for (const [field, value] of Object.entries(row)) {
    if (field.startsWith("raw_")) continue
    view[field] = fields.includes(field) && value != null ? pointsString(rawAmount(row, field)) : value
  }
  return view
}

/** The points fields' raw twins, so the exact decimal is read (a bigNumber column's number may round). */
const rawTwins = (requested: string[], fields: string[], prefix = "") =>
  fields.filter((field) => requested.includes(`${prefix}${field}`)).map((field) => `${prefix}raw_${field}`)

const materialView = (row: Row) => withPoints(row, ["points_price"]) as Sendable<DealerMaterial>

function requestView(row: Row): Sendable<MaterialRequest> {
  const view = withPoints(row, REQUEST_POINTS)
  if (Array.isArray(row.lines)) view.lines = row.lines.map((line: Row) => withPoints(line, LINE_POINTS))
  return view as Sendable<MaterialRequest>
}

async function graphPage(req: MedusaRequest, entity: string, fields: string[], filters: Record<string, unknown>, paginate = true) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields: [...new Set(fields)],
    filters,
    ...(paginate ? { pagination: req.queryConfig.pagination } : {}),
  })
  // Query answers the metadata whenever pagination is asked for, as every list route's query config does.
  return { data: data as Row[], page: { count: metadata?.count, offset: metadata?.skip, limit: metadata?.take } as ListResponse }
}

const materialFieldsOf = (requested: string[]) => [...requested, ...rawTwins(requested, ["points_price"])]

/** A page of the catalogue, points as decimal strings. */
export async function listMaterials(req: MedusaRequest, filters: Record<string, unknown> = req.filterableFields) {
  const { data, page } = await graphPage(req, "dealer_material", materialFieldsOf(req.queryConfig.fields), filters)
  return { materials: data.map(materialView), ...page }
}

/** These materials, in the order of `ids`, as the request's fields ask for them. */
export async function materialsByIds(req: MedusaRequest, ids: string[]) {
  if (!ids.length) return []
  const { data } = await graphPage(req, "dealer_material", [...materialFieldsOf(req.queryConfig.fields), "id"], { id: ids }, false)
  return ids.flatMap((id) => data.filter((row) => row.id === id)).map(materialView)
}

/** One material, or a 404. */
export async function refetchMaterial(req: MedusaRequest, id: string) {
  const row = await refetchEntity(req.scope, { entity: "dealer_material", label: "Material" }, id, materialFieldsOf(req.queryConfig.fields))
  return materialView(row)
}

const requestFieldsOf = (requested: string[]) => [
  ...requested,
  ...rawTwins(requested, REQUEST_POINTS),
  ...rawTwins(requested, LINE_POINTS, "lines."),
]

/** A page of material requests with their lines, points as decimal strings. */
export async function listMaterialRequests(req: MedusaRequest, filters: Record<string, unknown>) {
  const { data, page } = await graphPage(req, "dealer_material_request", requestFieldsOf(req.queryConfig.fields), filters)
  return { material_requests: data.map(requestView), ...page }
}

/** One material request (of `dealer_id` when given), or a 404. */
export async function refetchMaterialRequest(req: MedusaRequest, id: string, dealerId?: string) {
  const { data } = await graphPage(
    req,
    "dealer_material_request",
    requestFieldsOf(req.queryConfig.fields),
    dealerId ? { id, dealer_id: dealerId } : { id },
    false
  )
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Material request with id: ${id} was not found`)
  return requestView(data[0])
}
