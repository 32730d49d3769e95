import { ArrowPath, EllipsisHorizontal } from "@medusajs/icons"
import { Badge, Button, Container, DropdownMenu, Heading, IconButton, Skeleton, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { useDealerAgreements } from "../hooks/use-dealer-agreements"
import { usePriceList, useRebuildDealerPricing } from "../hooks/use-dealer-receivables"
import { useTexts } from "../hooks/use-texts"
import { contractFormats } from "../lib/agreement-text"
import type { Translate } from "../lib/agreement-text"
import { errorMessage, refusalText } from "../lib/errors"
import { AGREEMENT_STATUS_COLORS, humanize } from "../lib/labels"
import type { Agreement, Dealer, DealerPricingResult } from "../../types/dealer-network"
import { AgreementDrawer } from "./agreement-form"
import { useActivateAgreementPrompt } from "../hooks/use-activate-agreement-prompt"

/** The dealer's own price list (kept by the plugin), or why it has none yet. */
const DealerPriceList = ({ dealer }: { dealer: Dealer }) => {
  const { t } = useTexts("contracts")
  const { t: page } = useTexts("dealerPage")
  const { data, isError } = usePriceList(dealer.price_list_id)
  const list = data?.price_list
  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-3" data-testid="dealer-price-list">
      <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
        {t("section.dealerPrices")}
      </Text>
      {dealer.price_list_id ? (
        <div className="flex min-w-0 items-center gap-x-2">
          <Link
            to={`/price-lists/${dealer.price_list_id}`}
            className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate"
          >
            {list?.title ?? (isError ? dealer.price_list_id : t("section.priceList"))}
          </Link>
          {list && (
            <StatusBadge color={list.status === "active" ? "green" : "grey"}>{page(`priceListStatus.${list.status}`, { defaultValue: humanize(list.status) })}</StatusBadge>
          )}
        </div>
      ) : (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          {t("section.noPriceList")}
        </Text>
      )}
    </div>
  )
}

const rebuiltMessage = (pricing: DealerPricingResult, t: Translate) => {
  if (!pricing.price_list_id) return t("section.rebuiltNone")
  if (pricing.status === "draft") return t("section.rebuiltDraft")
  return t("section.rebuilt", { count: pricing.price_count })
}

/** Every version of the dealer's agreements; each opens on its own page, where it is edited, activated, versioned or terminated. */
export const DealerAgreementsSection = ({ dealer }: { dealer: Dealer }) => {
  const { t, locale } = useTexts("contracts")
  const navigate = useNavigate()
  const format = contractFormats(locale, dealer.currency_code)
  const { data, isLoading, isError, error } = useDealerAgreements(dealer.id)
  const rebuild = useRebuildDealerPricing(dealer.id)
  const activate = useActivateAgreementPrompt()
  const [creating, setCreating] = useState(false)
  const agreements = data?.agreements ?? []
  const pageOf = (agreement: Agreement) => `/dealer-network/dealers/${dealer.id}/agreements/${agreement.id}`

  const onRebuild = async () => {
    try {
      const { pricing } = await rebuild.mutateAsync()
      if (pricing.price_list_id && pricing.status === "active") toast.success(rebuiltMessage(pricing, t as Translate))
      else toast.warning(rebuiltMessage(pricing, t as Translate))
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="dealer-agreements-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("section.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("section.subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="create-agreement">
            {t("section.create")}
          </Button>
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton size="small" variant="transparent" aria-label={t("section.actions")} disabled={rebuild.isPending}>
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content align="end">
              <DropdownMenu.Item className="gap-x-2" onClick={onRebuild}>
                <ArrowPath className="text-ui-fg-subtle" />
                {t("section.rebuild")}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        </div>
      </div>
      <DealerPriceList dealer={dealer} />
      {isLoading && <Skeleton className="mx-6 my-4 h-10" />}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && agreements.length === 0 && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("section.empty")}
        </Text>
      )}
      {agreements.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("section.number")}</Table.HeaderCell>
              <Table.HeaderCell>{t("section.version")}</Table.HeaderCell>
              <Table.HeaderCell>{t("section.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("section.validity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("section.payout")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {agreements.map((agreement) => (
              <Table.Row
                key={agreement.id}
                className="cursor-pointer"
                data-agreement-number={agreement.number}
                onClick={() => navigate(pageOf(agreement))}
              >
                <Table.Cell className="font-medium">
                  <Link to={pageOf(agreement)} onClick={(e) => e.stopPropagation()}>
                    {agreement.number}
                  </Link>
                </Table.Cell>
                <Table.Cell>v{agreement.version}</Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-x-2">
                    <StatusBadge color={AGREEMENT_STATUS_COLORS[agreement.status]}>{t(`status.${agreement.status}`)}</StatusBadge>
                    {agreement.is_in_force && (
                      <Badge size="2xsmall" color="green">
                        {t("status.inForce")}
                      </Badge>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  {format.date(agreement.valid_from)} –{" "}
                  {agreement.valid_to ? format.date(agreement.valid_to) : t("values.openEnded")}
                </Table.Cell>
                <Table.Cell>{t(`payout.${agreement.payout_form}`)}</Table.Cell>
                <Table.Cell className="text-right" onClick={(e) => e.stopPropagation()}>
                  {agreement.status === "draft" && (
                    <Button
                      size="small"
                      variant="secondary"
                      onClick={() => activate.run(agreement)}
                      isLoading={activate.pendingId === agreement.id}
                    >
                      {t("actions.activate")}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <AgreementDrawer
        mode="create"
        dealer={dealer}
        open={creating}
        onOpenChange={setCreating}
        onSaved={(saved) => {
          setCreating(false)
          toast.success(t("section.created", { number: saved.number }))
          navigate(pageOf(saved))
        }}
      />
    </Container>
  )
}
