import { ArrowPath, EllipsisHorizontal } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  Skeleton,
  StatusBadge,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { Fragment } from "react"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { useActivateAgreement, useDealerAgreements } from "../hooks/use-dealer-agreements"
import { usePriceList, useRebuildDealerPricing } from "../hooks/use-dealer-receivables"
import { formatValidity } from "../lib/dates"
import { errorMessage } from "../lib/errors"
import { humanize } from "../lib/labels"
import { countOf, formatMoney, formatPercent } from "../lib/numbers"
import type { Agreement, Dealer, DealerPricingResult } from "../../types/dealer-network"
import { AgreementStatusBadge } from "./dealer-badges"

const Term = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex items-baseline gap-x-1.5">
    <dt className="text-ui-fg-muted">{label}</dt>
    <dd className="text-ui-fg-base tabular-nums">{children}</dd>
  </div>
)

/** The agreement's commercial terms: payment, credit, minimum order, prices and assortment. */
const AgreementTerms = ({ agreement, currency }: { agreement: Agreement; currency: string }) => {
  const agreedPrices = agreement.price_terms?.length ?? 0
  const discount = Number(agreement.discount_percent ?? 0)
  const prices = [
    agreedPrices > 0 ? countOf(agreedPrices, "agreed price") : null,
    discount > 0 ? `${formatPercent(discount)} off` : null,
  ].filter(Boolean)
  return (
    <dl className="txt-compact-small flex flex-wrap gap-x-6 gap-y-1 pb-3" data-testid="agreement-terms">
      <Term label="Payment">
        {agreement.payment_terms_days > 0 ? `${countOf(agreement.payment_terms_days, "day")}` : "On order"}
      </Term>
      <Term label="Credit limit">
        {agreement.credit_limit == null ? "None" : formatMoney(agreement.credit_limit, currency)}
      </Term>
      <Term label="Minimum order">
        {agreement.min_order_amount == null ? "None" : formatMoney(agreement.min_order_amount, currency)}
      </Term>
      <Term label="Prices">{prices.length ? prices.join(" · ") : "Store prices"}</Term>
      <Term label="Assortment">{agreement.restrict_to_assortment ? "Zone categories only" : "Any product"}</Term>
    </dl>
  )
}

/** The dealer's own price list (kept by the plugin), or why it has none yet. */
const DealerPriceList = ({ dealer }: { dealer: Dealer }) => {
  const { data, isError } = usePriceList(dealer.price_list_id)
  const list = data?.price_list
  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-3" data-testid="dealer-price-list">
      <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
        Dealer prices
      </Text>
      {dealer.price_list_id ? (
        <div className="flex min-w-0 items-center gap-x-2">
          <Link
            to={`/price-lists/${dealer.price_list_id}`}
            className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate"
          >
            {list?.title ?? (isError ? dealer.price_list_id : "Price list")}
          </Link>
          {list && (
            <StatusBadge color={list.status === "active" ? "green" : "grey"}>{humanize(list.status)}</StatusBadge>
          )}
        </div>
      ) : (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          No price list yet: it is made when an agreement comes into force.
        </Text>
      )}
    </div>
  )
}

const rebuiltMessage = (pricing: DealerPricingResult) => {
  if (!pricing.price_list_id) return "No agreement in force, so the dealer has no price list to rebuild."
  if (pricing.status === "draft") return "Dealer prices rebuilt: no agreement in force, the price list stays a draft."
  return `Dealer prices rebuilt: ${countOf(pricing.price_count, "price")} on an active price list.`
}

/** Every version of the dealer's agreements with their terms; drafts can be activated. */
export const DealerAgreementsSection = ({ dealer }: { dealer: Dealer }) => {
  const { data, isLoading, isError, error } = useDealerAgreements(dealer.id)
  const activate = useActivateAgreement()
  const rebuild = useRebuildDealerPricing(dealer.id)
  const prompt = usePrompt()
  const agreements = data?.agreements ?? []

  const onActivate = async (agreement: Agreement) => {
    const confirmed = await prompt({
      title: `Activate ${agreement.number} v${agreement.version}?`,
      description:
        "The agreement comes into force from its start date, the dealer's earlier agreement ends there, and the dealer becomes active.",
      confirmText: "Activate",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    try {
      await activate.mutateAsync(agreement.id)
      toast.success(`${agreement.number} v${agreement.version} activated`)
    } catch (err) {
      toast.error(errorMessage(err))
    }
  }

  const onRebuild = async () => {
    try {
      const { pricing } = await rebuild.mutateAsync()
      if (pricing.price_list_id && pricing.status === "active") toast.success(rebuiltMessage(pricing))
      else toast.warning(rebuiltMessage(pricing))
    } catch (err) {
      toast.error(errorMessage(err))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="dealer-agreements-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Agreements</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Partnership contracts, every version
          </Text>
        </div>
        <DropdownMenu>
          <DropdownMenu.Trigger asChild>
            <IconButton size="small" variant="transparent" aria-label="Agreement actions" disabled={rebuild.isPending}>
              <EllipsisHorizontal />
            </IconButton>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content align="end">
            <DropdownMenu.Item className="gap-x-2" onClick={onRebuild}>
              <ArrowPath className="text-ui-fg-subtle" />
              Rebuild dealer prices
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu>
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
          No agreements yet.
        </Text>
      )}
      {agreements.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Version</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Validity</Table.HeaderCell>
              <Table.HeaderCell>Payout</Table.HeaderCell>
              <Table.HeaderCell className="text-right" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {agreements.map((agreement) => (
              <Fragment key={agreement.id}>
                <Table.Row className="border-b-0" data-agreement-number={agreement.number}>
                  <Table.Cell className="font-medium">{agreement.number}</Table.Cell>
                  <Table.Cell>v{agreement.version}</Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center gap-x-2">
                      <AgreementStatusBadge status={agreement.status} />
                      {agreement.is_in_force && (
                        <Badge size="2xsmall" color="green">
                          In force
                        </Badge>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>{formatValidity(agreement.valid_from, agreement.valid_to)}</Table.Cell>
                  <Table.Cell>{humanize(agreement.payout_form)}</Table.Cell>
                  <Table.Cell className="text-right">
                    {agreement.status === "draft" && (
                      <Button
                        size="small"
                        variant="secondary"
                        onClick={() => onActivate(agreement)}
                        isLoading={activate.isPending && activate.variables === agreement.id}
                      >
                        Activate
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
                {/* The version's terms, on a line of their own below it. */}
                <Table.Row className="hover:bg-ui-bg-base" data-agreement-terms={agreement.number}>
                  {/* Table.Cell takes no colSpan. */}
                  <td colSpan={6}>
                    <AgreementTerms agreement={agreement} currency={dealer.currency_code} />
                  </td>
                </Table.Row>
              </Fragment>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
