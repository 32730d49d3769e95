import { Button, Drawer, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { useTexts } from "../hooks/use-texts"
import type { DealerApplication } from "../../types/dealer-network"
import { ApplicationStatusBadge } from "./dealer-badges"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-4 py-2">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base break-words">{children || "–"}</div>
  </div>
)

/**
 * Everything the company wrote in its application, to read before deciding;
 * a pending one is approved or rejected from here.
 */
export const ApplicationDetailsDrawer = ({
  application,
  onClose,
  onApprove,
  onReject,
}: {
  application: DealerApplication | null
  onClose: () => void
  onApprove: (application: DealerApplication) => void
  onReject: (application: DealerApplication) => void
}) => {
  const { t, locale } = useTexts("applications")
  const day = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric" })
  const a = application
  const volume =
    a?.expected_monthly_volume != null
      ? new Intl.NumberFormat(locale, { style: "currency", currency: a.currency_code.toUpperCase() }).format(
          Number(a.expected_monthly_volume)
        )
      : null

  return (
    <Drawer open={!!a} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content aria-describedby={undefined} data-testid="application-details">
        {a && (
          <>
            <Drawer.Header>
              <Drawer.Title asChild>
                <Heading>{t("details.title", { company: a.company_name })}</Heading>
              </Drawer.Title>
            </Drawer.Header>
            <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
              <div className="flex items-center justify-between">
                <ApplicationStatusBadge status={a.status} />
                <Text size="small" className="text-ui-fg-subtle">
                  {t("details.submitted", { date: day.format(new Date(a.created_at)) })}
                </Text>
              </div>
              <div className="divide-y divide-dashed">
                <Row label={t("details.company")}>{a.company_name}</Row>
                <Row label={t("details.legalType")}>{t(`legalType.${a.legal_type}`)}</Row>
                <Row label={t("details.requestedRole")}>{t(`role.${a.requested_role}`)}</Row>
                <Row label={t("details.taxId")}>{a.tax_id}</Row>
                <Row label={t("details.email")}>{a.email}</Row>
                <Row label={t("details.phone")}>{a.phone}</Row>
                <Row label={t("details.account")}>{a.customer?.email}</Row>
                <Row label={t("details.location")}>
                  {[a.city, a.country_code?.toUpperCase()].filter(Boolean).join(", ")}
                </Row>
                <Row label={t("details.desiredRegion")}>{a.desired_region}</Row>
                <Row label={t("details.volume")}>{volume}</Row>
              </div>
              <div className="flex flex-col gap-y-1">
                <Text size="small" weight="plus">
                  {t("details.message")}
                </Text>
                <Text
                  size="small"
                  className="bg-ui-bg-subtle whitespace-pre-line rounded-lg border px-3 py-2"
                  data-testid="application-message"
                >
                  {a.message || t("details.noMessage")}
                </Text>
              </div>
              {a.reviewed_at && (
                <div className="flex flex-col gap-y-1">
                  <Text size="small" weight="plus">
                    {t("details.reviewNote")}
                  </Text>
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("details.reviewed", { date: day.format(new Date(a.reviewed_at)) })}
                    {a.review_note ? `: ${a.review_note}` : ""}
                  </Text>
                </div>
              )}
            </Drawer.Body>
            <Drawer.Footer>
              <Drawer.Close asChild>
                <Button size="small" variant="secondary">
                  {t("details.close")}
                </Button>
              </Drawer.Close>
              {a.status === "pending" && (
                <>
                  <Button size="small" variant="danger" onClick={() => onReject(a)}>
                    {t("details.reject")}
                  </Button>
                  <Button size="small" onClick={() => onApprove(a)} data-testid="application-approve">
                    {t("details.approve")}
                  </Button>
                </>
              )}
              {a.dealer_id && (
                <Button size="small" asChild>
                  <Link to={`/dealer-network/dealers/${a.dealer_id}`}>{t("details.openDealer")}</Link>
                </Button>
              )}
            </Drawer.Footer>
          </>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
