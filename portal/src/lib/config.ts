/** Where the portal finds the Medusa server: served beside the portal by whoever hosts it (the demo, scripts/portal-server.js). */
export type PortalConfig = { backendUrl: string; publishableKey: string }

export async function loadPortalConfig(): Promise<PortalConfig> {
  const response = await fetch("/portal-config.json", { cache: "no-store" })
  if (!response.ok) throw new Error(`portal-config.json: ${response.status}`)
  const config = (await response.json()) as Partial<PortalConfig>
  if (!config.backendUrl || !config.publishableKey) throw new Error("portal-config.json needs backendUrl and publishableKey")
  return { backendUrl: config.backendUrl, publishableKey: config.publishableKey }
}
