import { PortalSuite, startPortalSuite, stopPortalSuite } from "../helpers/portal-suite"

jest.setTimeout(900_000)

// Demo logins (src/scripts/demo/demo-data.ts): HUBER's buyer and owner.
const HUBER_BUYER = "einkauf@werkzeug-huber.example"

describe("dealer portal: logging in", () => {
  let suite: PortalSuite

  beforeAll(async () => {
    suite = await startPortalSuite("portal-login")
  }, 900_000)

  afterAll(async () => {
    await stopPortalSuite(suite)
  })

  it("refuses a wrong password at the form", async () => {
    const { page, portalUrl } = suite
    await page.goto(portalUrl)
    await page.locator('input[name="email"]').fill(HUBER_BUYER)
    await page.locator('input[name="password"]').fill("not-the-password")
    await page.locator('button[type="submit"]').click()
    await page.getByRole("alert").getByText("Wrong e-mail or password.").waitFor()
    await suite.browser.shot("login-refused")
  })

  it("logs a demo buyer in to its dealer, in Russian when chosen, and out again", async () => {
    const { page } = suite
    await suite.logInAs(HUBER_BUYER)
    await page.getByTestId("portal-dealer-name").getByText("Werkzeug Huber", { exact: false }).waitFor()
    await page.getByText("Buyer", { exact: true }).waitFor()
    await suite.browser.shot("logged-in")

    await page.getByRole("combobox", { name: "Language" }).click()
    await page.getByRole("option", { name: "Русский" }).click()
    await page.getByRole("link", { name: "Заказ" }).waitFor()
    await page.getByText("Закупщик", { exact: true }).waitFor()
    await suite.browser.shot("logged-in-ru")

    await suite.logOut()
    await page.getByRole("heading", { name: "Вход в портал дилера" }).waitFor()
    expect(suite.browser.pageErrors).toEqual([])
  })
})
