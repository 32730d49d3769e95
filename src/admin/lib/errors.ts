import { adminText } from "./locale"
import { apiIssueText } from "./validation-text"

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
  // A part's own text may hold "; " ("12 seats are taken; the capacity cannot be less"): a new part starts with a path.
  return message.split(/; (?=[A-Za-z_][\w.]*: )/).map((part) => {
    const match = /^([A-Za-z_][\w.]*): (.+)$/s.exec(part)
    return match ? { path: match[1], message: match[2] } : { path: null, message: part }
  })
}

/**
 * A refusal of the API in the admin's language, for a toast or a prompt: each part
 * it has words for said without the API's field name, the others as the API said them.
 */
export function refusalText(error: unknown): string {
  return apiErrorParts(errorMessage(error))
    .map((part) => {
      const said = apiIssueText(part.message, part.path)
      return said === part.message && part.path ? `${part.path}: ${said}` : said
    })
    .join("; ")
}
