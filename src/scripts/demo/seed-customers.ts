// Customer accounts that can log in to the store with email and password,
// made the way the store API makes them: an emailpass auth identity first,
// then the customer attached to it (app_metadata.customer_id).
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { BUYER_PASSWORD, DemoPerson } from "./demo-data"

export type CompanyAddress = {
  company: string
  address_1: string
  city: string
  postal_code: string
  province?: string
  country_code: string
}

/** The id of the customer with this email, creating the account and its login if missing. */
export async function ensureCustomerAccount(
  container: MedusaContainer,
  person: DemoPerson,
  address: CompanyAddress
): Promise<string> {
  const [existing] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: person.email, has_account: true }, { select: ["id"] })
  if (existing) return existing.id

  const authIdentityId = await ensureEmailpassIdentity(container, person.email)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId,
      customerData: {
        email: person.email,
        first_name: person.first_name,
        last_name: person.last_name,
        phone: person.phone,
        company_name: address.company,
        addresses: [
          {
            ...address,
            first_name: person.first_name,
            last_name: person.last_name,
            phone: person.phone,
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      },
    },
  })
  return result.id
}

async function ensureEmailpassIdentity(container: MedusaContainer, email: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: email })
  if (identity?.auth_identity_id) return identity.auth_identity_id
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password: BUYER_PASSWORD },
  })
  if (!success || !authIdentity) {
    throw new Error(`Could not register a store login for ${email}: ${error ?? "unknown error"}`)
  }
  return authIdentity.id
}
