/**
 * The admin in Russian: a store admin switches the dashboard's language in the
 * profile, and the plugin's sidebar entries, page texts, money and months follow,
 * on the overview and on the events, materials, contests, rating, plans and
 * receivables pages.
 * Screenshots land in test-artifacts/admin-ui-i18n/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, launchBrowser, logIn, openPluginPage, sidebarLink, startAdminApp } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-i18n")
const PERIOD = new Date().toISOString().slice(0, 7)
const TODAY = new Date().toISOString().slice(0, 10)
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

let app: AdminApp
let browser: AdminBrowser
let page: Page

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of fs.readdirSync(ARTIFACTS)) fs.rmSync(path.join(ARTIFACTS, file), { force: true })
  browser = await launchBrowser(ARTIFACTS)
  page = browser.page
  app = await startAdminApp({ database: `dealer_network_ui_i18n_${process.pid}`, logDir: ARTIFACTS })

  const { token } = await app.api("POST", "/auth/user/emailpass", ADMIN_USER)
  const admin = { authorization: `Bearer ${token}` }
  const { dealer } = await app.api("POST", "/admin/dealers", { code: "URAL-SNAB", name: "Уралснаб", role: "distributor" }, admin)
  await app.api("POST", `/admin/dealers/${dealer.id}`, { status: "active" }, admin)
  await app.api("POST", "/admin/dealer-plans", { dealer_id: dealer.id, period: PERIOD, target_amount: 1234567.5 }, admin)

  // One row on each translated list: an event, a material, a contest.
  await app.api(
    "POST",
    "/admin/dealer-events",
    {
      type: "training_onsite",
      title: "Обучение: новая линейка котлов",
      starts_at: inDays(20),
      ends_at: inDays(21),
      location: "Екатеринбург, завод, зал 2",
      capacity: 30,
      registration_deadline: inDays(19),
      cancellation_deadline: inDays(18),
      currency_code: "eur",
      cost_per_seat: "250",
      dealer_share_percent: 40,
    },
    admin
  )
  await app.api("POST", "/admin/dealer-materials", { code: "POSTER-A1", title: "Плакат A1 «Котлы»", kind: "poster", points_price: 40, stock: 100 }, admin)
  const { contest } = await app.api(
    "POST",
    "/admin/dealer-contests",
    { title: "Весенний спринт", starts_on: TODAY, ends_on: TODAY, metric: "sales_amount", currency_code: "eur", prizes: [{ basis: "rank", rank: 1, amount: "500" }] },
    admin
  )
  await app.api("POST", `/admin/dealer-contests/${contest.id}/publish`, {}, admin)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe("The admin in Russian", () => {
  it("shows the plugin's sidebar, texts, money and month in Russian once the profile's language is Russian", async () => {
    await logIn(page, app.baseUrl)
    await page.goto(`${app.baseUrl}/app/settings/profile/edit`)
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("combobox").click()
    await page.getByRole("option", { name: "Русский" }).click()
    await drawer.getByRole("button", { name: "Save" }).click()
    await drawer.waitFor({ state: "detached" })

    // The settings have a sidebar of their own: back to the store's.
    await page.goto(`${app.baseUrl}/app/orders`)
    await browser.shot("00-orders-ru")
    await sidebarLink(page, "Дилерская сеть").click()
    await page.waitForURL(/\/app\/dealer-network$/)
    await page.getByRole("heading", { name: "Дилерская сеть" }).waitFor()
    await sidebarLink(page, "Дилеры").waitFor()
    await sidebarLink(page, "Планы и отклонения").waitFor()
    const month = new Intl.DateTimeFormat("ru", { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date())
    await page.getByText(month).first().waitFor()
    // Russian groups thousands with a (narrow) no-break space and writes a decimal comma.
    expect(await page.getByTestId("overview-plan").innerText()).toMatch(/1\s234\s567,50\s€/)
    await browser.shot("01-overview-ru")
    expect(browser.pageErrors).toEqual([])
  })

  it("shows the events, materials, contests, rating, plans and receivables pages in Russian", async () => {
    // The language chosen in the previous test is the admin user's: still Russian.
    await page.goto(`${app.baseUrl}/app/dealer-network`)
    await page.getByRole("heading", { name: "Дилерская сеть" }).waitFor()

    await openPluginPage(page, "Мероприятия")
    await page.getByRole("heading", { name: "Мероприятия для дилеров" }).waitFor()
    await page.getByRole("columnheader", { name: "Стоимость места" }).waitFor()
    await page.getByText("Обучение (очно)").waitFor()
    await page.getByText("Черновик").first().waitFor()
    await page.getByTestId("create-event").filter({ hasText: "Создать мероприятие" }).waitFor()
    await browser.shot("02-events-ru")

    await openPluginPage(page, "Материалы")
    await page.getByRole("heading", { name: "Маркетинговые материалы" }).waitFor()
    await page.getByRole("columnheader", { name: "Остаток" }).waitFor()
    await page.getByRole("button", { name: "Новый материал" }).waitFor()
    await page.getByText("Плакат", { exact: true }).waitFor()
    await browser.shot("03-materials-ru")

    await openPluginPage(page, "Конкурсы")
    await page.getByRole("heading", { name: "Конкурсы для дилеров" }).waitFor()
    await page.getByRole("columnheader", { name: "Главный приз" }).waitFor()
    await page.getByTestId("contest-status").filter({ hasText: "Идёт" }).waitFor()
    await page.getByText("Все активные дилеры").waitFor()
    await browser.shot("04-contests-ru")
    await page.getByRole("link", { name: "Весенний спринт" }).click()
    await page.getByRole("heading", { name: "Текущий рейтинг" }).waitFor()
    await page.getByText("1-е место").waitFor()
    await page.getByRole("button", { name: "Подвести итоги" }).waitFor()
    await browser.shot("05-contest-ru")

    await openPluginPage(page, "Рейтинг")
    await page.getByRole("heading", { name: "Рейтинг лучших дилеров" }).waitFor()
    await page.getByRole("columnheader", { name: "Место в сети" }).waitFor()
    await page.getByRole("button", { name: "Веса" }).waitFor()
    await page.getByRole("columnheader", { name: "Показатель" }).waitFor()
    await browser.shot("06-rating-ru")

    await openPluginPage(page, "Планы и отклонения")
    await page.getByRole("heading", { name: "Планы и отклонения" }).waitFor()
    await page.getByRole("columnheader", { name: "Отклонение, %" }).waitFor()
    await page.getByRole("button", { name: "Выгрузить CSV" }).waitFor()
    await page.getByTestId("ranked-subtitle").getByText(/План и факт дилеров за/).waitFor()
    await browser.shot("07-plans-ru")

    await openPluginPage(page, "Задолженность")
    await page.getByRole("heading", { name: "Задолженность дилеров" }).waitFor()
    await page.getByText("Только просроченные").waitFor()
    await page.getByText("Задолженности нет").waitFor()
    await browser.shot("08-receivables-ru")
    expect(browser.pageErrors).toEqual([])
  })
})
