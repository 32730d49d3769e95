import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTexts } from "../i18n"
import { useLogIn } from "./use-session"

export function LoginPage({ notADealer = false }: { notADealer?: boolean }) {
  const { t } = useTexts("auth")
  const logIn = useLogIn()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await logIn(email, password)
    } catch {
      setError(t("wrongCredentials"))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="bg-ui-bg-subtle flex min-h-screen items-center justify-center">
      <Container className="flex w-96 flex-col gap-y-4 p-6">
        <Heading>{t("title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("hint")}</Text>
        {notADealer && <Text size="small" className="text-ui-fg-error">{t("notADealer")}</Text>}
        <form onSubmit={submit} className="flex flex-col gap-y-3">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="email">{t("email")}</Label>
            <Input id="email" name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="password">{t("password")}</Label>
            <Input id="password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </div>
          {error && <Text size="small" className="text-ui-fg-error" role="alert">{error}</Text>}
          <Button type="submit" isLoading={busy}>{t("submit")}</Button>
        </form>
      </Container>
    </div>
  )
}
