import Medusa from "@medusajs/js-sdk"

/** The admin's own session: the dashboard has already logged the user in. */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
