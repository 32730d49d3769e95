import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { StoreDealer } from "medusa-plugin-dealer-network/client"
import { SESSION_KEY, useMember } from "../auth/use-session"
import { usePortal } from "./portal-context"

// The member's wholesale cart, on Medusa's own cart flow through the js-sdk: the
// cart lives in the sales channel of the portal's publishable key (the B2B one),
// its id is kept in this browser per member, and every change refreshes the
// cart and the plugin's dealer check.

export const CART_KEY = ["dealer-portal", "cart"] as const
export const ORDERS_KEY = ["dealer-portal", "orders"] as const

/** Medusa's own payment provider for orders on account: authorised at checkout, captured when the dealer pays. */
const ON_ACCOUNT_PROVIDER = "pp_system_default"

const CART_FIELDS = "*items,*shipping_methods,+item_subtotal,+shipping_subtotal,+tax_total,+total,+completed_at"

export type CartLine = { variant_id: string; quantity: number }

/** The dealer's address on the cart: orders ship to and are invoiced to the dealer. */
function dealerAddress(dealer: StoreDealer) {
  return {
    company: dealer.legal_name ?? dealer.name,
    address_1: dealer.address_line ?? undefined,
    city: dealer.city ?? undefined,
    province: dealer.province ?? undefined,
    postal_code: dealer.postal_code ?? undefined,
    country_code: dealer.country_code ?? undefined,
    phone: dealer.phone ?? undefined,
  }
}

export function useCart() {
  const { sdk, store } = usePortal()
  const { me } = useMember()
  const queryClient = useQueryClient()
  const storageKey = `dealer_portal_cart:${me.membership.id}`
  const cartKey = [...CART_KEY, me.membership.id]

  const cartQuery = useQuery({
    queryKey: cartKey,
    queryFn: async (): Promise<HttpTypes.StoreCart | null> => {
      const cartId = localStorage.getItem(storageKey)
      if (!cartId) return null
      try {
        const { cart } = await sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS })
        if (!cart.completed_at) return cart
      } catch (error) {
        if (!(error instanceof FetchError && error.status === 404)) throw error
      }
      localStorage.removeItem(storageKey)
      return null
    },
  })
  const cart = cartQuery.data ?? null

  const checkQuery = useQuery({
    queryKey: [...cartKey, "dealer-check", cart?.id],
    queryFn: async () => (await store.carts.dealerCheck(cart!.id)).dealer_check,
    enabled: Boolean(cart?.items?.length),
    staleTime: 0,
  })

  const refresh = () => queryClient.invalidateQueries({ queryKey: cartKey })

  async function ensureCartId(): Promise<string> {
    if (cart) return cart.id
    const address = dealerAddress(me.dealer)
    const { cart: created } = await sdk.store.cart.create({ shipping_address: address, billing_address: address })
    localStorage.setItem(storageKey, created.id)
    return created.id
  }

  /** Adds lines one by one (Medusa merges a variant already in the cart). */
  const addLines = useMutation({
    mutationFn: async (lines: CartLine[]) => {
      const cartId = await ensureCartId()
      for (const line of lines) await sdk.store.cart.createLineItem(cartId, line)
    },
    onSettled: refresh,
  })

  /** A new quantity for a line; 0 removes it. */
  const setQuantity = useMutation({
    mutationFn: async ({ lineId, quantity }: { lineId: string; quantity: number }) => {
      if (quantity === 0) await sdk.store.cart.deleteLineItem(cart!.id, lineId)
      else await sdk.store.cart.updateLineItem(cart!.id, lineId, { quantity })
    },
    onSettled: refresh,
  })

  const chooseShipping = useMutation({
    mutationFn: (optionId: string) => sdk.store.cart.addShippingMethod(cart!.id, { option_id: optionId }),
    onSettled: refresh,
  })

  const shippingOptions = useQuery({
    queryKey: [...cartKey, "shipping-options", cart?.id],
    queryFn: async () => (await sdk.store.fulfillment.listCartOptions({ cart_id: cart!.id })).shipping_options,
    enabled: Boolean(cart?.items?.length),
  })

  /**
   * Checks out on account through Medusa's cart flow: a delivery (the first
   * option unless one is chosen), a payment session with the system provider,
   * then completion, which the plugin refuses with a 400 naming the rules.
   */
  const checkout = useMutation({
    mutationFn: async (): Promise<HttpTypes.StoreOrder> => {
      const cartId = cart!.id
      if (!cart!.shipping_methods?.length) {
        const option = shippingOptions.data?.[0]
        if (option) await sdk.store.cart.addShippingMethod(cartId, { option_id: option.id })
      }
      const { cart: current } = await sdk.store.cart.retrieve(cartId)
      await sdk.store.payment.initiatePaymentSession(current, { provider_id: ON_ACCOUNT_PROVIDER })
      const result = await sdk.store.cart.complete(cartId)
      if (result.type === "cart") throw new Error(result.error.message)
      localStorage.removeItem(storageKey)
      return result.order
    },
    // An order moves the cart, the invoices and credit, the plan's actual, the rewards: all the member's data but the session.
    onSettled: () =>
      queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] === SESSION_KEY[0] && queryKey[1] !== SESSION_KEY[1] }),
  })

  return { cart, cartQuery, check: checkQuery, shippingOptions, addLines, setQuantity, chooseShipping, checkout }
}
