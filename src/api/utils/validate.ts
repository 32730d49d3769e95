import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

/**
 * Medusa's validators drop the field name from format and refinement errors
 * ("Invalid request: must be a month as YYYY-MM"). This check runs first and
 * answers every bad field by name ("period: must be a month as YYYY-MM").
 */
function rejectNamingFields(schema: z.ZodType, source: "body" | "query") {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(source === "body" ? req.body ?? {} : req.query)
    if (result.success) return next()
    const messages = result.error.issues.map((issue) => {
      const field = issue.path.join(".")
      return field && !issue.message.startsWith(`${field}:`) ? `${field}: ${issue.message}` : issue.message
    })
    next(new MedusaError(MedusaError.Types.INVALID_DATA, messages.join("; ")))
  }
}

export const validateBody = (schema: z.ZodObject<any> | z.ZodType) => [
  rejectNamingFields(schema, "body"),
  validateAndTransformBody(schema as any),
]

export const validateQuery = (schema: z.ZodObject<any> | z.ZodType, config: QueryConfig) => [
  rejectNamingFields(schema, "query"),
  validateAndTransformQuery(schema as any, config),
]
