import { model } from "@medusajs/framework/utils"
import { MaterialRequest } from "./material-request"

/** One material of a request: its code and title then, the units and the points each. */
export const MaterialRequestLine = model.define("dealer_material_request_line", {
  id: model.id({ prefix: "dmrln" }).primaryKey(),
  material_id: model.text(),
  code: model.text(),
  title: model.text(),
  quantity: model.number(),
  points_each: model.bigNumber(),
  points_total: model.bigNumber(),
  request: model.belongsTo(() => MaterialRequest, { mappedBy: "lines" }),
})
