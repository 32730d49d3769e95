import { FetchError } from "@medusajs/js-sdk"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import type { MemberRole, StoreDealerResponse } from "medusa-plugin-dealer-network/client"
import { usePortal } from "../lib/portal-context"

export type Session =
  | { state: "loading" }
  | { state: "anonymous" }
  /** Logged in as a customer who is not a member of a dealer. */
  | { state: "not_a_dealer" }
  | { state: "member"; me: StoreDealerResponse; role: MemberRole; canSeeMoney: boolean }
  | { state: "error"; error: Error }

export const SESSION_KEY = ["dealer-portal", "me"] as const

/** Owners and managers see the dealer's money and sub-network; buyers their own figures (README, Access). */
export const seesMoney = (role: MemberRole) => role === "owner" || role === "manager"

/** Who is logged in, and as which member of which dealer. */
export function useSession(): Session {
  const { store } = usePortal()
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      try {
        return await store.dealer.retrieve()
      } catch (error) {
        if (error instanceof FetchError && error.status === 401) return "anonymous" as const
        if (error instanceof FetchError && error.status === 404) return "not_a_dealer" as const
        throw error
      }
    },
    retry: false,
  })
  if (query.isPending) return { state: "loading" }
  if (query.isError) return { state: "error", error: query.error }
  if (query.data === "anonymous" || query.data === "not_a_dealer") return { state: query.data }
  const role = query.data.membership.role
  return { state: "member", me: query.data, role, canSeeMoney: seesMoney(role) }
}

/** The member of a logged-in session; only for pages rendered inside the portal layout. */
export function useMember() {
  const session = useSession()
  if (session.state !== "member") throw new Error("useMember outside a member's session")
  return session
}

export function useLogIn() {
  const { sdk } = usePortal()
  const queryClient = useQueryClient()
  return async (email: string, password: string) => {
    await sdk.auth.login("customer", "emailpass", { email, password })
    await queryClient.resetQueries()
  }
}

/**
 * Logs out, then asks the server who is logged in: the session query is reset
 * (the app shows its loading state, unmounting every page) and refetched, which
 * answers "anonymous" and shows the login form. The member's other data is
 * dropped after; the session query stays, as the app's observer watches it
 * (`clear()` would leave that observer on the member's data).
 */
export function useLogOut() {
  const { sdk } = usePortal()
  const queryClient = useQueryClient()
  return async () => {
    await sdk.auth.logout()
    await queryClient.resetQueries({ queryKey: SESSION_KEY, exact: true })
    queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== SESSION_KEY[1] })
  }
}
