import { Button, Container, Text } from "@medusajs/ui"
import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { useTexts } from "../i18n"

/** A query's loading and error states, or its data rendered by `children`. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTexts("layout")
  if (query.isPending) return <Text size="small" className="text-ui-fg-subtle">{t("loading")}</Text>
  if (query.isError)
    return (
      <Container className="flex items-center justify-between gap-x-4" role="alert">
        <Text size="small" className="text-ui-fg-error">{t("loadFailed", { message: query.error.message })}</Text>
        <Button size="small" variant="secondary" onClick={() => query.refetch()}>{t("retry")}</Button>
      </Container>
    )
  return <>{children(query.data)}</>
}
