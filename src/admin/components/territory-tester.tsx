import { Badge, Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { AddressQuery, useTerritoryMatch } from "../hooks/use-network-editing"
import { useTexts } from "../hooks/use-texts"
import { errorMessage } from "../lib/errors"

/** "Which territory is this address in?": the API's address matching, the same as orders get. */
export const TerritoryTester = () => {
  const { t } = useTexts("territories")
  const [address, setAddress] = useState({ country_code: "", province: "", postal_code: "" })
  const [asked, setAsked] = useState<AddressQuery | null>(null)
  const { data, isFetching, error } = useTerritoryMatch(asked)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setAsked({
      country_code: address.country_code.trim().toLowerCase(),
      ...(address.province.trim() && { province: address.province.trim() }),
      ...(address.postal_code.trim() && { postal_code: address.postal_code.trim() }),
    })
  }
  const field = (key: keyof typeof address, label: string, maxLength?: number) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`tester-${key}`} size="small" weight="plus">
        {label}
      </Label>
      <Input
        id={`tester-${key}`}
        size="small"
        maxLength={maxLength}
        value={address[key]}
        onChange={(e) => setAddress({ ...address, [key]: e.target.value })}
      />
    </div>
  )

  return (
    <Container className="divide-y p-0" data-testid="territory-tester">
      <div className="px-6 py-4">
        <Heading level="h2">{t("tester.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("tester.description")}
        </Text>
      </div>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3 px-6 py-4">
        {field("country_code", t("tester.country"), 2)}
        {field("province", t("tester.province"))}
        {field("postal_code", t("tester.postalCode"))}
        <Button size="small" type="submit" isLoading={isFetching} disabled={address.country_code.trim().length !== 2} data-testid="tester-run">
          {t("tester.run")}
        </Button>
      </form>
      {asked && !isFetching && (
        <div className="px-6 py-4" data-testid="tester-result">
          {!!error && (
            <Text size="small" className="text-ui-fg-error">
              {errorMessage(error)}
            </Text>
          )}
          {data && !data.territory && <Text size="small">{t("tester.none")}</Text>}
          {data?.territory && (
            <div className="flex items-center gap-x-2">
              <Text size="small" weight="plus">
                {t("tester.found", { name: data.territory.name })}
              </Text>
              <Badge size="2xsmall">{t(`types.${data.territory.type}`)}</Badge>
              <Text size="small" className="text-ui-fg-muted">
                {[data.territory.code, data.territory.parent?.name].filter(Boolean).join(" · ")}
              </Text>
            </div>
          )}
        </div>
      )}
    </Container>
  )
}
