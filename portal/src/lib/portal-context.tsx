import Medusa from "@medusajs/js-sdk"
import { createDealerNetworkStore, type DealerNetworkStore } from "medusa-plugin-dealer-network/client"
import { createContext, useContext, useMemo, type ReactNode } from "react"
import type { PortalConfig } from "./config"

export type Portal = {
  /** Medusa's SDK: auth, carts, checkout. */
  sdk: Medusa
  /** The plugin's typed store client: my dealer's catalogue, money, plan, support. */
  store: DealerNetworkStore
}

const PortalContext = createContext<Portal | null>(null)

export function PortalProvider({ config, children }: { config: PortalConfig; children: ReactNode }) {
  const portal = useMemo(() => {
    const sdk = new Medusa({
      baseUrl: config.backendUrl,
      publishableKey: config.publishableKey,
      auth: { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: "dealer_portal_jwt" },
    })
    return { sdk, store: createDealerNetworkStore(sdk) }
  }, [config])
  return <PortalContext.Provider value={portal}>{children}</PortalContext.Provider>
}

export function usePortal(): Portal {
  const portal = useContext(PortalContext)
  if (!portal) throw new Error("usePortal outside PortalProvider")
  return portal
}
