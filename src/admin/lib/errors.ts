import { adminText } from "./locale"

/** The message the API sent (a FetchError carries it), or a generic one. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  if (typeof error === "string") return error
  return adminText("common.somethingWentWrong")
}

/**
 * The parts of an API validation message, each with the path it names:
 * "rules.1.definition.reward.tiers.1.from: must be above …; code: …".
 */
export function apiErrorParts(message: string): { path: string | null; message: string }[] {
  return message.split("; ").map((part) => {
    const match = /^([A-Za-z_][\w.]*): (.+)$/s.exec(part)
    return match ? { path: match[1], message: match[2] } : { path: null, message: part }
  })
}
