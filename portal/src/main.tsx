import { Toaster, TooltipProvider } from "@medusajs/ui"
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { App } from "./app"
import { setupI18n } from "./i18n"
import { loadPortalConfig } from "./lib/config"
import { PortalProvider } from "./lib/portal-context"
import "./styles.css"

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } } })

async function start() {
  await setupI18n()
  const root = createRoot(document.getElementById("root")!)
  try {
    const config = await loadPortalConfig()
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <PortalProvider config={config}>
            <TooltipProvider>
              <App />
              <Toaster />
            </TooltipProvider>
          </PortalProvider>
        </QueryClientProvider>
      </StrictMode>
    )
  } catch (error) {
    root.render(<p style={{ padding: 24 }}>The portal is not configured: {(error as Error).message}</p>)
  }
}

start()
