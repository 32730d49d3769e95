/**
 * The admin in Russian: a store admin switches the dashboard's language in the
 * profile, and the plugin's sidebar entries, page texts, money and months follow,
 * on the overview and on the events, materials, contests, rating, plans and
 * receivables pages, and on the older screens: the overview's figures and queues,
 * the dealers list, a dealer's page, the create-dealer drawer, rewards (accruals,
 * programs, period close, a program's page) and the applications; then every page
 * under "Dealer network" and its drawers, where no English word may be left, and
 * the date pickers written the Russian way.
 * Screenshots land in test-artifacts/admin-ui-i18n/.
 */
import fs from "fs"
import path from "path"
import { Page } from "playwright-core"
import { ADMIN_USER, AdminApp, AdminBrowser, fillDate, launchBrowser, logIn, openPluginPage, sidebarLink, startAdminApp } from "../helpers/browser"
import { ROOT } from "../helpers/medusa-process"

jest.setTimeout(900_000)

const ARTIFACTS = path.join(ROOT, "test-artifacts", "admin-ui-i18n")
const PERIOD = new Date().toISOString().slice(0, 7)
const PREVIOUS = new Date(Date.UTC(Number(PERIOD.slice(0, 4)), Number(PERIOD.slice(5)) - 2, 1)).toISOString().slice(0, 7)
const TODAY = new Date().toISOString().slice(0, 10)
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

let app: AdminApp
let dealerId = ""
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
  dealerId = dealer.id
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

  // A reward program with one rule, for the rewards page and a program's page.
  const { program } = await app.api(
    "POST",
    "/admin/dealer-reward-programs",
    {
      code: "BONUS-RU",
      name: "Бонус за продажи",
      period_type: "month",
      valid_from: `${PERIOD}-01T00:00:00.000Z`,
      status: "active",
      currency_code: "eur",
      rules: [{ name: "Пять процентов", definition: { reward: { type: "rate", base: "sales_amount", rate_percent: 5 } } }],
    },
    admin
  )
  // Last month's close accrued a reward waiting for approval.
  const {
    rows: [rule],
  } = await app.dbQuery("select id from dealer_reward_rule where program_id = $1", [program.id])
  const raw = JSON.stringify({ value: "61.73", precision: 20 })
  await app.dbQuery(
    `insert into dealer_reward_accrual (id, dealer_id, program_id, rule_id, period_key, kind, amount, raw_amount, earned_to_date, raw_earned_to_date, currency_code, explanation)
     values ('dracc_ui_ru', $1, $2, $3, $4, 'money', 61.73, $5, 61.73, $5, 'eur', '{}')`,
    [dealerId, program.id, rule.id, PREVIOUS, raw]
  )
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
    await page.getByText("Задолженности нет", { exact: true }).waitFor()
    await browser.shot("08-receivables-ru")
    expect(browser.pageErrors).toEqual([])
  })

  it("shows the older screens in Russian: overview, dealers, a dealer's page, a drawer form, rewards and applications", async () => {
    const absent = async (words: string[]) => {
      const text = await page.locator("main").innerText()
      for (const word of words) expect(text).not.toContain(word)
    }

    await page.goto(`${app.baseUrl}/app/dealer-network`)
    await page.getByRole("heading", { name: "Дилерская сеть" }).waitFor()
    await page.getByTestId("overview-totals").getByText("Ожидалось на сегодня").waitFor()
    await page.getByTestId("overview-totals").getByText("С планом: 1 дилер").waitFor()
    await page.getByRole("heading", { name: "Ждёт вашего решения" }).waitFor()
    await page.getByTestId("overview-queues").getByText("Начисления на утверждение").waitFor()
    await page.getByRole("heading", { name: "Продажи за месяц" }).waitFor()
    await absent(["Expected to date", "Waiting for you", "Sales this month", "with a plan", "None"])
    await browser.shot("09-overview-figures-ru")

    await openPluginPage(page, "Дилеры")
    await page.getByRole("heading", { name: "Дилеры", exact: true }).waitFor()
    await page.getByRole("columnheader", { name: "Вышестоящий" }).waitFor()
    const row = page.locator("tbody tr", { hasText: "URAL-SNAB" })
    await row.getByText("Дистрибьютор").waitFor()
    await row.getByText("Активен").waitFor()
    await page.getByTestId("role-filter").getByText("Все роли").waitFor()
    await absent(["Distributor", "Active", "All roles", "Parent"])
    await browser.shot("10-dealers-ru")

    // The create-dealer drawer: its labels, the shared Save/Cancel and "(Optional)", and a refusal at the field.
    await page.getByRole("button", { name: "Создать дилера" }).click()
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: "Новый дилер" }).waitFor()
    await drawer.getByText("Вышестоящий партнёр").waitFor()
    await drawer.getByText("(необязательно)").first().waitFor()
    // Blanks pass the browser's own check of a required field; the form's check refuses them, in Russian.
    await drawer.locator("#dealer-code").fill("  ")
    await drawer.locator("#dealer-name").fill("  ")
    await drawer.getByRole("button", { name: "Сохранить" }).click()
    await drawer.getByTestId("dealer-code-error").getByText("Обязательное поле").waitFor()
    // The API's refusal (English) is said in Russian at the field it names: the code is taken.
    await drawer.locator("#dealer-code").fill("URAL-SNAB")
    await drawer.locator("#dealer-name").fill("Уралснаб-2")
    await drawer.getByRole("button", { name: "Сохранить" }).click()
    await drawer.getByTestId("dealer-code-error").getByText("этот код уже у дилера URAL-SNAB").waitFor()
    expect(await drawer.innerText()).not.toMatch(/Optional|Required|Cancel|Save|already/)
    await browser.shot("11-create-dealer-ru")
    await drawer.getByRole("button", { name: "Отмена", exact: true }).click()
    await drawer.waitFor({ state: "detached" })

    await row.getByRole("link", { name: "URAL-SNAB" }).click()
    await page.getByRole("heading", { name: "URAL-SNAB · Уралснаб" }).waitFor()
    await page.getByTestId("dealer-progress-section").getByRole("heading", { name: "План и выполнение" }).waitFor()
    await page.getByTestId("progress-plan").getByText("Без цели по заказам").waitFor()
    await page.getByTestId("dealer-receivables-section").getByRole("heading", { name: "Дебиторская задолженность" }).waitFor()
    await page.getByTestId("receivables-credit-limit").getByText("Нет действующего договора").waitFor()
    await page.getByTestId("dealer-wallet").getByRole("heading", { name: "Кошелёк вознаграждений" }).waitFor()
    await page.getByTestId("wallet-statement-empty").waitFor()
    await page.getByTestId("dealer-members-section").getByText("Сотрудников пока нет.").waitFor()
    await page.getByTestId("dealer-zones-section").getByRole("heading", { name: "Зоны ответственности" }).waitFor()
    await page.getByTestId("dealer-network-section").getByText("Верх сети").waitFor()
    await page.getByTestId("dealer-general-section").getByText("Организационная форма").waitFor()
    await absent(["Plan and progress", "Receivables", "Rewards wallet", "Members", "Zones of responsibility", "Top of the network", "Legal type"])
    await browser.shot("12-dealer-ru")

    await openPluginPage(page, "Вознаграждения")
    await page.getByRole("heading", { name: "Вознаграждения дилеров" }).waitFor()
    // The accrual's period reads as a month in Russian, not as its key.
    const accrual = page.getByTestId("accruals-section").locator("tbody tr", { hasText: "URAL-SNAB" })
    await accrual.getByText(new Intl.DateTimeFormat("ru", { year: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${PREVIOUS}-15`))).waitFor()
    expect(await accrual.innerText()).not.toContain(PREVIOUS)
    await page.getByTestId("accrual-status-filter").getByText("Ожидает").waitFor()
    await absent(["Accruals", "Pending", "Close period", "Money"])
    await browser.shot("13-rewards-accruals-ru")
    await page.getByTestId("close-period").click()
    const prompt = page.getByRole("alertdialog")
    await prompt.getByRole("heading", { name: "Закрытие периода вознаграждений" }).waitFor()
    await prompt.getByRole("button", { name: "Отмена", exact: true }).click()

    await page.getByRole("tab", { name: "Программы" }).click()
    const program = page.getByTestId("programs-section").locator("tbody tr", { hasText: "BONUS-RU" })
    await program.getByText("Ежемесячно").waitFor()
    await program.getByText("Действует").waitFor()
    await page.getByTestId("programs-section").getByRole("columnheader", { name: "Срок действия" }).waitFor()
    await absent(["Monthly", "Active", "Valid"])
    await browser.shot("14-rewards-programs-ru")
    await program.getByRole("link", { name: "BONUS-RU" }).click()
    await page.getByTestId("program-header").getByText("Кто участвует").waitFor()
    await page.getByTestId("program-rules").getByRole("heading", { name: "Правила" }).waitFor()
    await page.getByTestId("reward-simulation").getByRole("heading", { name: "Моделирование" }).waitFor()
    await absent(["Who takes part", "Simulate", "Add rule"])
    await browser.shot("15-reward-program-ru")

    await openPluginPage(page, "Заявки")
    await page.getByRole("heading", { name: "Заявки дилеров" }).waitFor()
    await page.getByText("Нет заявок на рассмотрении").waitFor()
    await page.getByRole("combobox", { name: "Фильтр по статусу" }).getByText("На рассмотрении").waitFor()
    await absent(["Dealer applications", "Pending", "No pending applications"])
    await browser.shot("16-applications-ru")
    expect(browser.pageErrors).toEqual([])
  })

  it("leaves no English word on any page under Dealer network, nor in its drawers", async () => {
    /** Words of Latin letters in lower case (codes such as URAL-SNAB, EUR or CSV are upper case), by where they were seen. */
    const english: Record<string, string[]> = {}
    const collect = async (where: string, text: string) => {
      // "esc" is the key cap Medusa's drawers show beside their close button in every language.
      const words = Array.from(new Set(text.match(/\b[A-Za-z]*[a-z]{2,}[A-Za-z]*\b/g) ?? [])).filter((word) => word !== "esc")
      if (words.length) english[where] = words
      fs.writeFileSync(path.join(ARTIFACTS, "english-words.json"), JSON.stringify(english, null, 2))
    }
    const settle = async () => {
      await page.waitForLoadState("networkidle")
      await page.waitForTimeout(500)
    }
    const pages = ["Дилерская сеть", "Дилеры", "Заявки", "Планы и отклонения", "Вознаграждения", "Задолженность", "Мероприятия", "Материалы", "Конкурсы", "Рейтинг", "Конфликты", "Отклонения", "Территории", "Уровни", "Зоны"]
    for (const [index, name] of pages.entries()) {
      await openPluginPage(page, name)
      await settle()
      // The whole page, breadcrumbs included, but for the store's name and the admin's e-mail in the sidebar.
      await collect(name, (await page.locator("body").innerText()).replace(/Medusa Store|\S+@\S+/g, ""))
      await browser.shot(`20-${String(index).padStart(2, "0")}-page-ru`)
    }
    await page.goto(`${app.baseUrl}/app/dealer-network/dealers/${dealerId}`)
    await page.getByRole("heading", { name: "URAL-SNAB · Уралснаб" }).waitFor()
    await settle()
    await collect("dealer page", await page.locator("main").innerText())

    // A drawer of each kind: its labels, "(необязательно)", Save/Cancel, and its date pickers in the Russian order.
    for (const name of ["zone", "tier", "event", "contest"]) {
      await page.goto(`${app.baseUrl}/app/dealer-network/${name}s`)
      await page.getByTestId(`create-${name}`).click()
      // The drawer, not a date picker's calendar (a dialog too).
      const drawer = page.getByRole("dialog").filter({ has: page.getByRole("button", { name: "Отмена", exact: true }) })
      await drawer.waitFor()
      await settle()
      await collect(`${name} drawer`, await drawer.innerText())
      await browser.shot(`21-${name}-drawer-ru`)
      if (name === "zone") {
        // A new zone starts today: the picker reads it day first, with dots, not as 12/03/2026.
        const today = new Intl.DateTimeFormat("ru", { day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date())
        expect((await drawer.getByTestId("zone-starts-at").innerText()).replace(/\s/g, "")).toBe(today)
        await fillDate(drawer.getByTestId("zone-ends-at"), "2027-03-31")
        expect((await drawer.getByTestId("zone-ends-at").innerText()).replace(/\s/g, "")).toBe("31.03.2027")
        await drawer.getByTestId("zone-ends-at").getByRole("button").first().click()
        await page.getByRole("dialog").getByText("март 2027 г.").waitFor()
        await browser.shot("22-zone-calendar-ru")
        await page.keyboard.press("Escape")
      }
      if (name === "event") {
        await fillDate(drawer.getByTestId("event-starts-at"), "2027-03-10T09:30")
        // Day first and a 24-hour clock; the picker draws the ", " before the time as a gap and isolates the time's direction.
        const shown = (await drawer.getByTestId("event-starts-at").innerText()).replace(/[\s\u2066-\u2069]/g, "")
        expect(shown).toBe("10.03.2027" + "9:30")
      }
      await drawer.getByRole("button", { name: "Отмена", exact: true }).click()
      await drawer.waitFor({ state: "detached" })
    }
    expect(english).toEqual({})
    expect(browser.pageErrors).toEqual([])
  })
})
