import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"

/**
 * A page's filters kept in its URL: the search params, and a setter that
 * changes some of them (null or "" removes one) without a new history entry.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams()
  const set = useCallback(
    (patch: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          for (const [key, value] of Object.entries(patch)) value ? next.set(key, value) : next.delete(key)
          return next
        },
        { replace: true }
      ),
    [setParams]
  )
  return [params, set] as const
}
