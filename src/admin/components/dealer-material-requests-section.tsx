import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useMaterialRequests } from "../hooks/use-dealer-materials"
import { formatDate } from "../lib/dates"
import { errorMessage } from "../lib/errors"
import { useTexts } from "../hooks/use-texts"
import { formatNumber } from "../lib/numbers"
import type { Dealer } from "../../types/dealer-network"
import { Decision, linesSummary, MaterialRequestPrompts, MaterialRequestStatusBadge } from "./material-request-parts"

const SHOWN = 5

/** The dealer's latest material requests, with Ship… / Reject… for those still requested, and a link to all of them. */
export const DealerMaterialRequestsSection = ({ dealer }: { dealer: Pick<Dealer, "id" | "code"> }) => {
  const { data, isLoading, error } = useMaterialRequests({ dealer_id: dealer.id, order: "-created_at", limit: SHOWN, offset: 0 })
  const [decision, setDecision] = useState<Decision | null>(null)
  const { t } = useTexts("materials")
  const requests = data?.material_requests ?? []

  return (
    <Container className="divide-y p-0" data-testid="dealer-material-requests">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("heading")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {data ? t("requestsPaid", { count: data.count }) : t("requestsPaidNoCount")}
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to={`/dealer-network/materials?tab=requests&status=all&dealer_id=${dealer.id}`}>{t("allRequests")}</Link>
        </Button>
      </div>
      {isLoading && (
        <div className="px-6 py-4">
          <Skeleton className="h-5 w-full" />
        </div>
      )}
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      ) : null}
      {data && !requests.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("noOrders", { code: dealer.code })}
        </Text>
      )}
      {requests.map((request) => (
        <div key={request.id} className="flex items-center justify-between gap-x-4 px-6 py-3" data-testid="dealer-material-request">
          <div className="flex min-w-0 flex-col">
            <Text size="small" weight="plus" className="truncate" title={linesSummary(request)}>
              {linesSummary(request)}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {formatDate(request.created_at)} · {t("points", { points: formatNumber(request.total_points) })}
              {request.tracking_note ? ` · ${request.tracking_note}` : ""}
              {request.rejection_reason ? ` · ${request.rejection_reason}` : ""}
            </Text>
          </div>
          <div className="flex shrink-0 items-center gap-x-2">
            {request.status === "requested" ? (
              <>
                <Button size="small" variant="secondary" onClick={() => setDecision({ request, action: "ship" })}>
                  {t("ship")}
                </Button>
                <Button size="small" variant="transparent" onClick={() => setDecision({ request, action: "reject" })}>
                  {t("reject")}
                </Button>
              </>
            ) : (
              <MaterialRequestStatusBadge status={request.status} />
            )}
          </div>
        </div>
      ))}
      <MaterialRequestPrompts decision={decision} onClose={() => setDecision(null)} />
    </Container>
  )
}
