import { Badge, Button, Container, Heading, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { Link, useNavigate, useParams } from "react-router-dom"
import { z } from "zod"
import { AgreementDrawer } from "../../../../../../components/agreement-form"
import type { AgreementFormMode } from "../../../../../../components/agreement-form"
import { AgreementChanges, AgreementTermsList } from "../../../../../../components/agreement-terms"
import { AgreementZonesSection } from "../../../../../../components/agreement-zones-section"
import { DetailPageLoading, DetailPageNotFound } from "../../../../../../components/detail-page-state"
import { DateField, TextareaField } from "../../../../../../components/form/fields"
import { PromptForm } from "../../../../../../components/form/prompt-form"
import { useActivateAgreementPrompt } from "../../../../../../hooks/use-activate-agreement-prompt"
import {
  useAgreement,
  useAgreementVersions,
  useTerminateAgreement,
} from "../../../../../../hooks/use-dealer-agreements"
import { useDealer } from "../../../../../../hooks/use-dealers"
import { useTexts } from "../../../../../../hooks/use-texts"
import { contractFormats } from "../../../../../../lib/agreement-text"
import { errorMessage } from "../../../../../../lib/errors"
import { AGREEMENT_STATUS_COLORS } from "../../../../../../lib/labels"
import { adminText } from "../../../../../../lib/locale"
import { withQueryClient } from "../../../../../../lib/query-client"
import { sdk } from "../../../../../../lib/sdk"
import type { Agreement, AgreementStatus, Dealer } from "../../../../../../../types/dealer-network"
import { formResolver } from "../../../../../../components/form/schema"

const AgreementStatusLine = ({ status, inForce }: { status: AgreementStatus; inForce?: boolean }) => {
  const { t } = useTexts("contracts")
  return (
    <div className="flex items-center gap-x-2">
      <StatusBadge color={AGREEMENT_STATUS_COLORS[status]}>{t(`status.${status}`)}</StatusBadge>
      {inForce && (
        <Badge size="2xsmall" color="green">
          {t("status.inForce")}
        </Badge>
      )}
    </div>
  )
}

const AgreementPage = () => {
  const { id, agreementId } = useParams()
  const { t } = useTexts("contracts")
  const dealer = useDealer(id!)
  const agreement = useAgreement(agreementId!)

  if (dealer.isLoading || agreement.isLoading) return <DetailPageLoading />
  if (!dealer.data || !agreement.data) {
    return (
      <DetailPageNotFound
        title={t("page.notFound")}
        error={agreement.error ?? dealer.error}
        backTo={`/dealer-network/dealers/${id}`}
        backLabel={t("page.backToDealer")}
      />
    )
  }
  return <AgreementDetail dealer={dealer.data.dealer} agreement={agreement.data.agreement} />
}

const AgreementDetail = ({ dealer, agreement }: { dealer: Dealer; agreement: Agreement }) => {
  const { t, locale } = useTexts("contracts")
  const navigate = useNavigate()
  const format = contractFormats(locale, dealer.currency_code)
  const [drawer, setDrawer] = useState<AgreementFormMode | null>(null)
  const [terminating, setTerminating] = useState(false)
  const activate = useActivateAgreementPrompt()
  const pageOf = (saved: Agreement) => `/dealer-network/dealers/${dealer.id}/agreements/${saved.id}`

  return (
    <div className="flex w-full flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Heading data-testid="agreement-heading">
              {t("page.heading", { number: agreement.number, version: agreement.version })}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              <Link to={`/dealer-network/dealers/${dealer.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                {dealer.code} · {dealer.name}
              </Link>
              {" · "}
              {format.date(agreement.valid_from)} – {agreement.valid_to ? format.date(agreement.valid_to) : t("values.openEnded")}
            </Text>
            <div data-testid="agreement-status">
              <AgreementStatusLine status={agreement.status} inForce={agreement.is_in_force} />
            </div>
          </div>
          <div className="flex flex-wrap gap-2">
            {agreement.status === "draft" && (
              <>
                <Button size="small" variant="secondary" onClick={() => setDrawer("edit")} data-testid="edit-agreement">
                  {t("actions.edit")}
                </Button>
                <Button
                  size="small"
                  onClick={() => activate.run(agreement)}
                  isLoading={activate.pendingId === agreement.id}
                  data-testid="activate-agreement"
                >
                  {t("actions.activate")}
                </Button>
              </>
            )}
            {agreement.status === "active" && (
              <>
                <Button size="small" variant="secondary" onClick={() => setDrawer("version")} data-testid="new-version">
                  {t("actions.newVersion")}
                </Button>
                <Button size="small" variant="danger" onClick={() => setTerminating(true)} data-testid="terminate-agreement">
                  {t("actions.terminate")}
                </Button>
              </>
            )}
          </div>
        </div>
        {agreement.terminated_at && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-3" data-testid="agreement-termination">
            {t("terminate.summary", { date: format.date(agreement.terminated_at), reason: agreement.termination_reason ?? "" })}
          </Text>
        )}
        <AgreementTermsList agreement={agreement} currency={dealer.currency_code} />
      </Container>
      <AgreementZonesSection dealer={dealer} />
      <VersionHistory agreement={agreement} dealer={dealer} />
      {drawer && (
        <AgreementDrawer
          mode={drawer}
          dealer={dealer}
          agreement={agreement}
          open
          onOpenChange={(open) => !open && setDrawer(null)}
          onSaved={(saved) => {
            setDrawer(null)
            toast.success(t(`form.saved.${drawer}`, { number: saved.number, version: saved.version }))
            if (saved.id !== agreement.id) navigate(pageOf(saved))
          }}
        />
      )}
      <TerminatePrompt agreement={agreement} open={terminating} onOpenChange={setTerminating} />
    </div>
  )
}

/** Every version of the contract, newest first, each with what it changed against the one before. */
const VersionHistory = ({ agreement, dealer }: { agreement: Agreement; dealer: Dealer }) => {
  const { t, locale } = useTexts("contracts")
  const format = contractFormats(locale, dealer.currency_code)
  const { data, isError, error } = useAgreementVersions(agreement.id)
  const versions = data?.agreements ?? []
  return (
    <Container className="divide-y p-0" data-testid="agreement-history">
      <div className="px-6 py-4">
        <Heading level="h2">{t("history.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("history.subtitle")}
        </Text>
      </div>
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {[...versions].reverse().map((version) => {
        const previous = versions.find((other) => other.version === version.version - 1)
        return (
          <div key={version.id} className="flex flex-col gap-y-2 px-6 py-4" data-testid="agreement-version" data-version={version.version}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className="flex items-center gap-x-3">
                {version.id === agreement.id ? (
                  <Text size="small" weight="plus">
                    {t("history.version", { version: version.version })}
                  </Text>
                ) : (
                  <Link
                    to={`/dealer-network/dealers/${dealer.id}/agreements/${version.id}`}
                    className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                  >
                    {t("history.version", { version: version.version })}
                  </Link>
                )}
                <AgreementStatusLine status={version.status} inForce={version.is_in_force} />
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {format.date(version.valid_from)} – {version.valid_to ? format.date(version.valid_to) : t("values.openEnded")}
              </Text>
            </div>
            {previous ? (
              <AgreementChanges before={previous} after={version} currency={dealer.currency_code} />
            ) : (
              <Text size="small" className="text-ui-fg-muted">
                {t("history.first")}
              </Text>
            )}
          </div>
        )
      })}
    </Container>
  )
}

const TerminatePrompt = ({
  agreement,
  open,
  onOpenChange,
}: {
  agreement: Agreement
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTexts("contracts")
  const terminate = useTerminateAgreement(agreement.id)
  const schema = useMemo(
    () => z.object({ reason: z.string().trim().min(1, t("form.required")), terminated_at: z.string().min(1, t("form.required")) }),
    [t]
  )
  const form = useForm({
    resolver: formResolver(schema),
    defaultValues: { reason: "", terminated_at: new Date().toISOString().slice(0, 10) },
  })
  return (
    <PromptForm
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={t("terminate.title", { number: agreement.number })}
      description={t("terminate.description")}
      submitLabel={t("actions.terminate")}
      submitVariant="danger"
      onSubmit={async (values) => {
        await terminate.mutateAsync(values)
        toast.success(t("terminate.done", { number: agreement.number }))
        onOpenChange(false)
      }}
    >
      <DateField name="terminated_at" id="terminate-date" label={t("terminate.date")} />
      <TextareaField name="reason" id="terminate-reason" label={t("terminate.reason")} rows={3} required />
    </PromptForm>
  )
}

// The breadcrumb shows the agreement's number and version.
export const loader = async ({ params }: { params: { agreementId?: string } }) => {
  if (!params.agreementId) return null
  try {
    return await sdk.client.fetch<{ agreement: Pick<Agreement, "number" | "version"> }>(
      `/admin/dealer-agreements/${params.agreementId}`,
      { query: { fields: "id,number,version" } }
    )
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: { data?: { agreement?: { number?: string; version?: number } } | null }) =>
    match.data?.agreement ? `${match.data.agreement.number} v${match.data.agreement.version}` : adminText("dealerPage.agreementCrumb"),
}

export default withQueryClient(AgreementPage)
