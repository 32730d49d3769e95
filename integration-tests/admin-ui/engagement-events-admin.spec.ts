/**
 * The admin's event screens in a real browser (see helpers/admin-ui-suite.ts for
 * the set-up): create an event in the drawer, publish it, register a dealer,
 * record attendance, cancel another event and see its refunds, and the
 * dealer page's events. Screenshots land in test-artifacts/admin-ui-events/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, fillDate, launchBrowser, logIn, openPluginPage, startAdminApp, waitUntil } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-events")

let app: AdminApp
let browser: AdminBrowser
let page: Page
let admin: Record<string, string> = {}
const dealers: Record<string, string> = {}

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** A moment `offset` ms from now, whole hours, as the API takes it. */
const at = (offset: number) => new Date(Math.floor((Date.now() + offset) / HOUR) * HOUR).toISOString()
/** The same moment as the date picker's value (the browser runs in UTC). */
const local = (iso: string) => iso.slice(0, 16)
const eur = (amount: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(amount)

/** Event credit or money in a dealer's wallet, as an approved accrual puts it there (no admin API writes a wallet directly). */
let funded = 0
async function fund(dealerId: string, kind: "event_credit" | "money", amount: number) {
  funded += 1
  await app.dbQuery(
    `insert into dealer_wallet_entry (id, dealer_id, kind, amount, raw_amount, currency_code, source_type, source_id, description)
     values ($1, $2, $3, $4, $5::jsonb, 'eur', 'accrual', $6, 'Approved reward')`,
    [`dwent_ui_${funded}`, dealerId, kind, amount, JSON.stringify({ value: String(amount), precision: 20 }), `ui_fund_${funded}`]
  )
}

/** An active dealer: its agreement in force (money may pay event shares when `fromMoney`). */
async function activeDealer(code: string, name: string, fromMoney = false) {
  const { dealer } = await app.api("POST", "/admin/dealers", { code, name, role: "dealer", city: "Hamburg" }, admin)
  const { agreement } = await app.api(
    "POST",
    `/admin/dealers/${dealer.id}/agreements`,
    { valid_from: at(-2 * DAY), support_commitments: fromMoney ? { event_share_from_money: true } : {} },
    admin
  )
  await app.api("POST", `/admin/dealer-agreements/${agreement.id}/activate`, {}, admin)
  dealers[code] = dealer.id
  return dealer.id as string
}

const registrationRow = (code: string) => page.getByTestId(`registration-${code}`)

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_events_${process.pid}`, logDir: ARTIFACTS })
  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  admin = { authorization: `Bearer ${token}` }

  const north = await activeDealer("EV-NORTH", "Nordic Heating")
  const south = await activeDealer("EV-SOUTH", "Alpine Climate")
  const west = await activeDealer("EV-WEST", "Rhein Installations", true)
  await fund(north, "event_credit", 500)
  await fund(south, "event_credit", 100)
  await fund(west, "event_credit", 20)
  await fund(west, "money", 200)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("Dealer events admin", () => {
  let trainingId = ""

  it("creates an event in the drawer, shows the API's refusal at the field, and publishes it", async () => {
    await logIn(page, app.baseUrl)
    await openPluginPage(page, "Events")
    await page.waitForURL(/\/app\/dealer-network\/events$/)
    await page.getByText("No upcoming events").waitFor()

    await page.getByTestId("create-event").click()
    const starts = at(10 * DAY)
    await page.locator("#event-title").fill("Service training: condensing boilers")
    await page.locator("#event-capacity").fill("20")
    await page.locator("#event-location").fill("Plant, training hall 2")
    await fillDate(page.getByTestId("event-starts-at"), local(starts))
    await fillDate(page.getByTestId("event-ends-at"), local(at(10 * DAY + 8 * HOUR)))
    // A registration deadline after the start: the API refuses it, and says so at the field.
    await fillDate(page.getByTestId("event-registration-deadline"), local(at(11 * DAY)))
    await fillDate(page.getByTestId("event-cancellation-deadline"), local(at(7 * DAY)))
    await page.locator("#event-cost-per-seat").fill("150")
    await page.locator("#event-dealer-share").fill("40")
    await page.locator("#event-role-dealer").click()
    await page.locator("#event-dealers").fill("EV-WE")
    await page.getByRole("button", { name: "EV-WEST · Rhein Installations" }).click()
    await page.getByTestId("event-dealers-picker").getByText("EV-WEST · Rhein Installations").waitFor()
    await page.getByTestId("event-form-submit").click()
    const fieldError = page.getByTestId("event-registration-deadline-error")
    expect(await fieldError.innerText()).toBe("must not be after the start")
    await page.waitForTimeout(400)
    await browser.shot("01-create-event-refused-at-field")

    await fillDate(page.getByTestId("event-registration-deadline"), local(at(8 * DAY)))
    await page.getByTestId("event-form-submit").click()
    await page.waitForURL(/\/app\/dealer-network\/events\/devt_/)
    trainingId = page.url().split("/").pop()!
    await page.getByTestId("event-status").getByText("Draft").waitFor()
    const header = page.getByTestId("event-header")
    expect(await header.innerText()).toContain("Roles: Dealer")
    await header.getByText("Named dealers (always in): EV-WEST · Rhein Installations").waitFor()
    expect(await header.innerText()).toContain(`${eur(150)} · the dealer pays 40%`)

    await page.getByTestId("publish-event").click()
    await page.getByTestId("event-status").getByText("Published").waitFor()
    await browser.shot("02-event-published")
  })

  it("registers a dealer on its behalf, its share paid from its event credit", async () => {
    await page.getByTestId("register-dealer").click()
    await page.locator("#register-dealer-picker").fill("EV-NO")
    await page.getByRole("button", { name: /EV-NORTH/ }).click()
    await page.locator("#register-seats").fill("2")
    await page.locator("#register-attendee-0").fill("Anna Berg")
    await page.locator("#register-attendee-1").fill("Tim Roth")
    await page.waitForTimeout(400)
    await browser.shot("03-register-dealer-drawer")
    await page.getByTestId("register-dealer-submit").click()

    // 2 seats × 150.00 × 40 % = 120.00, all from its 500.00 event credit.
    const row = registrationRow("EV-NORTH")
    await row.waitFor()
    const text = await row.innerText()
    expect(text).toContain("Anna Berg, Tim Roth")
    expect(text).toContain(eur(120))
    expect(text).toContain(eur(0))
    expect(await page.getByTestId("cost-total").innerText()).toContain(eur(300))
    expect(await page.getByTestId("cost-dealers").innerText()).toContain(eur(120))
    expect(await page.getByTestId("cost-manufacturer").innerText()).toContain(eur(180))
    expect(await page.getByTestId("event-header").innerText()).toContain("2 taken of 20 · 18 left")
    await browser.shot("04-dealer-registered")
  })

  it("records attendance after the event started and completes it", async () => {
    await app.api("POST", `/admin/dealer-events/${trainingId}/registrations`, { dealer_id: dealers["EV-SOUTH"], seats: 1 }, admin)
    // The event was held today (no API moves an event into the past).
    await app.dbQuery(
      `update dealer_event set starts_at = now() - interval '9 hours', ends_at = now() - interval '1 hour',
              registration_deadline = now() - interval '2 days', cancellation_deadline = now() - interval '3 days' where id = $1`,
      [trainingId]
    )
    await page.reload()
    await registrationRow("EV-SOUTH").waitFor()
    for (const [code, label] of [
      ["EV-NORTH", "Attended"],
      ["EV-SOUTH", "No-show"],
    ]) {
      await registrationRow(code).getByTestId("attendance-select").click()
      await page.getByRole("option", { name: label }).click()
    }
    await page.getByTestId("save-attendance").click()
    await page.getByTestId("event-status").getByText("Completed").waitFor()
    await page.getByTestId("cost-attendance").getByText("1 registration attended, 1 no-show").waitFor()
    expect(await registrationRow("EV-NORTH").innerText()).toContain("Attended")
    expect(await registrationRow("EV-SOUTH").innerText()).toContain("No-show")
    // 1 seat × 60.00 more: 180.00 of 450.00.
    expect(await page.getByTestId("cost-dealers").innerText()).toContain(eur(180))
    expect(await page.getByTestId("cost-manufacturer").innerText()).toContain(eur(270))
    await browser.shot("05-attendance-recorded")
  })

  it("cancels another event after a prompt with the refunds, and refunds every registration", async () => {
    const { event } = await app.api(
      "POST",
      "/admin/dealer-events",
      {
        type: "webinar",
        title: "Heat pumps for installers",
        starts_at: at(20 * DAY),
        ends_at: at(20 * DAY + 2 * HOUR),
        link: "https://events.example/heat-pumps",
        capacity: 50,
        registration_deadline: at(19 * DAY),
        cancellation_deadline: at(18 * DAY),
        currency_code: "eur",
        cost_per_seat: "100",
        dealer_share_percent: 50,
      },
      admin
    )
    await app.api("POST", `/admin/dealer-events/${event.id}/publish`, {}, admin)
    // EV-NORTH: 3 seats = 150.00 from its 380.00 credit; EV-WEST: 50.00 = 20.00 credit + 30.00 money.
    await app.api("POST", `/admin/dealer-events/${event.id}/registrations`, { dealer_id: dealers["EV-NORTH"], seats: 3 }, admin)
    await app.api("POST", `/admin/dealer-events/${event.id}/registrations`, { dealer_id: dealers["EV-WEST"], seats: 1 }, admin)

    await page.goto(`${app.baseUrl}/app/dealer-network/events/${event.id}`)
    await registrationRow("EV-WEST").waitFor()
    expect(await registrationRow("EV-WEST").innerText()).toContain(eur(30))
    await page.getByTestId("cancel-event").click()
    const prompt = page.getByRole("alertdialog")
    await prompt
      .getByText(`2 registrations, ${eur(170)} event credit and ${eur(30)} money will be refunded to the dealers' wallets.`, { exact: false })
      .waitFor()
    await page.waitForTimeout(300)
    await browser.shot("06-cancel-event-prompt")
    await prompt.getByRole("button", { name: "Cancel event" }).click()
    await page.getByTestId("event-status").getByText("Cancelled").waitFor()
    for (const code of ["EV-NORTH", "EV-WEST"]) {
      await registrationRow(code).getByText("Refunded").waitFor()
    }
    expect(await page.getByTestId("cost-dealers").innerText()).toContain(eur(0))
    expect(await page.getByTestId("event-header").innerText()).toContain("0 taken of 50")
    await browser.shot("07-event-cancelled-refunded")

    // EV-WEST holds what it held before registering: 20.00 event credit and 200.00 money.
    const { wallet } = await app.api("GET", `/admin/dealers/${dealers["EV-WEST"]}/wallet`, undefined, admin)
    const balance = (kind: string) => Number(wallet.balances.find((b: any) => b.kind === kind)?.balance)
    expect([balance("event_credit"), balance("money")]).toEqual([20, 200])
  })

  it("lists upcoming and past events, and the dealer page shows the dealer's events", async () => {
    await page.goto(`${app.baseUrl}/app/dealer-network/events`)
    const list = page.getByTestId("dealer-events-list")
    await list.getByText("Heat pumps for installers").waitFor()
    expect(await list.innerText()).not.toContain("Service training")
    await page.getByTestId("events-past").click()
    await list.getByText("Service training: condensing boilers").waitFor()
    expect(await list.innerText()).toContain("3 / 20")
    await browser.shot("08-events-past")
    await page.getByTestId("events-upcoming").click()
    await list.getByText("Heat pumps for installers").waitFor()
    await browser.shot("09-events-upcoming")

    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${dealers["EV-NORTH"]}`)
    const section = page.getByTestId("dealer-events")
    await section.getByText("Heat pumps for installers").waitFor()
    const rows = await waitUntil(
      () => section.locator("tbody tr").allInnerTexts(),
      (texts) => texts.length === 2
    )
    expect(rows[0]).toContain("Refunded")
    expect(rows[1]).toContain("Service training: condensing boilers")
    expect(rows[1]).toContain(eur(120))
    expect(rows[1]).toContain("Attended")
    await section.scrollIntoViewIfNeeded()
    await browser.shotOf(section, "10-dealer-page-events")
    expect(browser.pageErrors).toEqual([])
  })
})
