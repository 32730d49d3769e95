import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import jwt from "jsonwebtoken"

/** The test runner's HTTP client, as far as the helpers use it. */
export type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
  get: (url: string, config?: unknown) => Promise<any>
}

export type Headers = { headers: Record<string, string> }

/** An admin user and the bearer headers of a session of theirs. */
export async function createAdminHeaders(container: MedusaContainer): Promise<Headers> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const email = `admin-${Math.random().toString(36).slice(2)}@example.com`
  const user = await userModule.createUsers({ email })
  const authIdentity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = jwt.sign(
    { actor_id: user.id, actor_type: "user", auth_identity_id: authIdentity.id },
    http.jwtSecret as string,
    { expiresIn: "1d" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}

/**
 * An admin session renewed before each test. The object stays the same (specs
 * may hold it from the start), only its headers are replaced.
 */
export function adminSession(getContainer: () => MedusaContainer): Headers {
  const admin: Headers = { headers: {} }
  beforeEach(async () => {
    admin.headers = (await createAdminHeaders(getContainer())).headers
  })
  return admin
}

/** Requests as `admin` that answer the response body, and the dealer every spec creates through them. */
export function adminRequests(api: Api, admin: Headers) {
  const post = async (url: string, body: unknown = {}) => (await api.post(url, body, admin)).data
  return {
    post,
    get: async (url: string) => (await api.get(url, admin)).data,
    createDealer: async (body: Record<string, unknown>) => (await post("/admin/dealers", body)).dealer,
  }
}

/** A publishable API key on a sales channel, as every /store request needs. */
export async function createPublishableKey(container: MedusaContainer, channelName = "B2B") {
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: channelName }] },
  })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: `${channelName} key`, type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [channel.id] },
  })
  return { key: key.token, salesChannelId: channel.id }
}

/**
 * Registers a customer through the store API, as a shopper would, and returns
 * their id and headers carrying the publishable key and their session token.
 */
export async function registerCustomer(api: Api, publishableKey: string, email: string) {
  const password = "secret-password"
  const pk = { "x-publishable-api-key": publishableKey }
  const registration = await api.post("/auth/customer/emailpass/register", { email, password })
  const created = await api.post(
    "/store/customers",
    { email, first_name: email.split("@")[0], last_name: "Buyer" },
    { headers: { ...pk, authorization: `Bearer ${registration.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    id: created.data.customer.id as string,
    headers: { headers: { ...pk, authorization: `Bearer ${login.data.token}` } },
  }
}
