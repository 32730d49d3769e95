import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import type { ComponentType } from "react"

/**
 * The extensions' own query client. The dashboard bundles its own copy of
 * @tanstack/react-query (a different version than the one a plugin resolves),
 * so its QueryClientProvider context is not visible to these hooks. Providing
 * one here keeps the pages working whichever copy the host app resolves.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
  },
})

/** Wraps a route or widget component in the extensions' query client. */
export function withQueryClient<P extends object>(Component: ComponentType<P>) {
  const Wrapped = (props: P) => (
    <QueryClientProvider client={queryClient}>
      <Component {...props} />
    </QueryClientProvider>
  )
  Wrapped.displayName = `WithQueryClient(${Component.displayName || Component.name || "Component"})`
  return Wrapped
}
