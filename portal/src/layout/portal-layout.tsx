import { Badge, Button, Select, Text } from "@medusajs/ui"
import { NavLink, Outlet } from "react-router-dom"
import { useMember, useLogOut } from "../auth/use-session"
import { changeLanguage, LANGUAGES, useTexts, type Language } from "../i18n"

const NAV = [
  { to: "/order", key: "order" },
  { to: "/cart", key: "cart" },
  { to: "/invoices", key: "invoices" },
  { to: "/wallet", key: "wallet", moneyOnly: true },
  { to: "/rewards", key: "rewards" },
  { to: "/plan", key: "plan" },
  { to: "/support", key: "support" },
] as const satisfies readonly { to: string; key: string; moneyOnly?: boolean }[]

/** The frame of every page of a logged-in member: the dealer, the sections, language and log-out. */
export function PortalLayout() {
  const { t, language } = useTexts("layout")
  const { me, role, canSeeMoney } = useMember()
  const logOut = useLogOut()
  return (
    <div className="bg-ui-bg-subtle flex min-h-screen">
      <aside className="bg-ui-bg-base border-ui-border-base sticky top-0 flex h-screen w-60 shrink-0 flex-col overflow-y-auto border-r">
        <div className="border-ui-border-base border-b px-4 py-4">
          <Text size="small" className="text-ui-fg-subtle">{t("title")}</Text>
          <Text weight="plus" data-testid="portal-dealer-name">{me.dealer.name}</Text>
          <Badge size="2xsmall" className="mt-1">{t(`roles.${role}`)}</Badge>
        </div>
        <nav className="flex flex-1 flex-col gap-y-0.5 px-2 py-3">
          {NAV.filter((item) => canSeeMoney || !("moneyOnly" in item)).map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              className={({ isActive }) =>
                `txt-compact-small-plus rounded-md px-2 py-1.5 ${isActive ? "bg-ui-bg-base-pressed text-ui-fg-base" : "text-ui-fg-subtle hover:bg-ui-bg-base-hover"}`
              }
            >
              {t(`nav.${item.key}`)}
            </NavLink>
          ))}
        </nav>
        <div className="border-ui-border-base flex flex-col gap-y-2 border-t px-4 py-3">
          <Select value={language} onValueChange={(value) => changeLanguage(value as Language)}>
            <Select.Trigger aria-label={t("language")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {LANGUAGES.map((code) => (
                <Select.Item key={code} value={code}>
                  {code === "en" ? "English" : "Русский"}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Button variant="secondary" size="small" onClick={logOut}>
            {t("logOut")}
          </Button>
        </div>
      </aside>
      <main className="flex-1 overflow-x-auto p-6">
        <div className="mx-auto flex max-w-6xl flex-col gap-y-4">
          <Outlet />
        </div>
      </main>
    </div>
  )
}
