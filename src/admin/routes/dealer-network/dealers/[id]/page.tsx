import { DetailPageLoading, DetailPageNotFound } from "../../../../components/detail-page-state"
import { useParams } from "react-router-dom"
import { DealerAgreementsSection } from "../../../../components/dealer-agreements-section"
import { DealerBankAccountsSection } from "../../../../components/dealer-bank-accounts-section"
import { DealerContestsSection } from "../../../../components/dealer-contests-section"
import { DealerEventsSection } from "../../../../components/dealer-events-section"
import { DealerGeneralSection } from "../../../../components/dealer-general-section"
import { DealerMaterialRequestsSection } from "../../../../components/dealer-material-requests-section"
import { DealerMonthlyChart } from "../../../../components/dealer-monthly-chart"
import { DealerMembersSection } from "../../../../components/dealer-members-section"
import { DealerNetworkSection } from "../../../../components/dealer-network-section"
import { DealerProgressSection } from "../../../../components/dealer-progress-section"
import { DealerRatingSection } from "../../../../components/dealer-rating-section"
import { DealerReceivablesSection } from "../../../../components/dealer-receivables-section"
import { DealerWalletSection } from "../../../../components/dealer-wallet-section"
import { DealerZonesSection } from "../../../../components/dealer-zones-section"
import { useDealer } from "../../../../hooks/use-dealers"
import { useTexts } from "../../../../hooks/use-texts"
import { adminText } from "../../../../lib/locale"
import { withQueryClient } from "../../../../lib/query-client"
import { sdk } from "../../../../lib/sdk"
import type { Dealer } from "../../../../../types/dealer-network"

const DealerDetailPage = () => {
  const { t } = useTexts("dealerPage")
  const { id } = useParams()
  const dealerId = id!
  const { data, isLoading, isError, error } = useDealer(dealerId)

  if (isLoading) return <DetailPageLoading />

  if (isError || !data) {
    return <DetailPageNotFound title={t("notFound")} error={error} backTo="/dealer-network/dealers" backLabel={t("backToDealers")} />
  }

  return (
    <div className="flex w-full flex-col gap-y-3">
      <DealerGeneralSection dealer={data.dealer} />
      <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <DealerProgressSection dealer={data.dealer} />
          <DealerMonthlyChart dealer={data.dealer} />
          <DealerRatingSection dealerId={dealerId} />
          <DealerReceivablesSection dealer={data.dealer} />
          <DealerWalletSection dealer={data.dealer} />
          <DealerBankAccountsSection dealerId={dealerId} />
          <DealerEventsSection dealerId={dealerId} />
          <DealerMaterialRequestsSection dealer={data.dealer} />
          <DealerMembersSection dealerId={dealerId} />
          <DealerAgreementsSection dealer={data.dealer} />
          <DealerZonesSection dealer={data.dealer} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <DealerNetworkSection dealerId={dealerId} />
          <DealerContestsSection dealer={data.dealer} />
        </div>
      </div>
    </div>
  )
}

// The breadcrumb shows the dealer's code; the loader fetches just that.
export const loader = async ({ params }: { params: { id?: string } }) => {
  if (!params.id) return null
  try {
    return await sdk.client.fetch<{ dealer: Pick<Dealer, "id" | "code" | "name"> }>(
      `/admin/dealers/${params.id}`,
      { query: { fields: "id,code,name" } }
    )
  } catch {
    return null
  }
}

export const handle = {
  breadcrumb: (match: { data?: { dealer?: { code?: string } } | null }) =>
    match.data?.dealer?.code ?? adminText("dealerPage.crumb"),
}

export default withQueryClient(DealerDetailPage)
