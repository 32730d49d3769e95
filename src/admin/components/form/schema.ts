import { zodResolver } from "@hookform/resolvers/zod"
import { z } from "zod"
import { adminText } from "../../lib/locale"
import { formIssueText } from "../../lib/validation-text"
import type { DealerRole } from "../../../types/dealer-network"
import type { SelectOption } from "./fields"

/**
 * A form's zod resolver whose checks speak the admin's language: zod's own
 * messages ("Too small: expected number to be >=0") become the plugin's texts.
 */
export const formResolver = ((schema: any, schemaOptions?: any, resolverOptions?: any) =>
  zodResolver(schema, { error: formIssueText, ...schemaOptions }, resolverOptions)) as typeof zodResolver

/** Text the API needs, trimmed. */
export const requiredText = z.string().trim().min(1, { error: () => adminText("common.required") })

/** Text the API may go without: trimmed, null when blank. */
export const optionalText = z.string().transform((value) => value.trim() || null)

/** The "No parent" option of a parent select (a select item's value cannot be empty). */
export const NO_PARENT = "__none__"

/** "No parent" and the dealers a new dealer may sit under. */
export function parentOptionsOf(dealers: { id: string; code: string; name: string; role: DealerRole }[]): SelectOption[] {
  return [
    { value: NO_PARENT, label: adminText("dealers.noParent") },
    ...dealers.map((dealer) => ({
      value: dealer.id,
      label: `${dealer.code} · ${dealer.name} (${adminText(`labels.role.${dealer.role}`)})`,
    })),
  ]
}
