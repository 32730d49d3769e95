import { Text } from "@medusajs/ui"
import { createBrowserRouter, Navigate, RouterProvider } from "react-router-dom"
import { LoginPage } from "./auth/login-page"
import { useSession } from "./auth/use-session"
import { useTexts } from "./i18n"
import { PortalLayout } from "./layout/portal-layout"
import { InvoicesPage } from "./pages/money/invoices-page"
import { RewardsPage } from "./pages/money/rewards-page"
import { WalletPage } from "./pages/money/wallet-page"
import { CartPage } from "./pages/order/cart-page"
import { OrderConfirmationPage } from "./pages/order/order-confirmation-page"
import { OrderPage } from "./pages/order/order-page"
import { PlanPage } from "./pages/plan/plan-page"
import { SupportPage } from "./pages/support/support-page"

const router = createBrowserRouter([
  {
    element: <PortalLayout />,
    children: [
      { index: true, element: <Navigate to="/order" replace /> },
      { path: "order", element: <OrderPage /> },
      { path: "order/confirmation/:orderId", element: <OrderConfirmationPage /> },
      { path: "cart", element: <CartPage /> },
      { path: "invoices", element: <InvoicesPage /> },
      { path: "wallet", element: <WalletPage /> },
      { path: "rewards", element: <RewardsPage /> },
      { path: "plan", element: <PlanPage /> },
      { path: "support", element: <SupportPage /> },
      { path: "*", element: <Navigate to="/order" replace /> },
    ],
  },
])

/** The login page until a dealer's member is logged in, then the portal. */
export function App() {
  const session = useSession()
  const { t } = useTexts("layout")
  if (session.state === "loading") return <Text className="p-6">{t("loading")}</Text>
  if (session.state === "error") return <Text className="text-ui-fg-error p-6">{t("loadFailed", { message: session.error.message })}</Text>
  if (session.state !== "member") return <LoginPage notADealer={session.state === "not_a_dealer"} />
  return <RouterProvider router={router} />
}
