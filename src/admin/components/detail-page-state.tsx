import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { errorMessage } from "../lib/errors"

/** A detail page while its record loads. */
export const DetailPageLoading = () => (
  <Container className="flex flex-col gap-y-3 px-6 py-4">
    <Skeleton className="h-7 w-64" />
    <Skeleton className="h-24 w-full" />
  </Container>
)

/** A detail page whose record could not be read, with the way back to its list. */
export const DetailPageNotFound = ({
  title,
  error,
  backTo,
  backLabel,
}: {
  title: string
  error: unknown
  backTo: string
  backLabel: string
}) => (
  <Container className="px-6 py-4">
    <Heading>{title}</Heading>
    <Text size="small" className="text-ui-fg-subtle mt-2">
      {errorMessage(error)}
    </Text>
    <Link to={backTo} className="txt-compact-small text-ui-fg-interactive mt-4 inline-block">
      {backLabel}
    </Link>
  </Container>
)
