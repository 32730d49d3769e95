import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useDealerBankAccounts, useRemoveBankAccount, useSaveBankAccount } from "../hooks/use-payout-batches"
import { useTexts } from "../hooks/use-texts"
import { errorMessage, refusalText } from "../lib/errors"
import type { DealerBankAccount } from "../../types/bank-accounts"
import { TextField } from "./form/fields"
import { PromptForm } from "./form/prompt-form"
import { formResolver, optionalText, requiredText } from "./form/schema"

const accountSchema = z.object({ holder: requiredText, iban: requiredText, bic: requiredText, bank_name: optionalText })
type AccountForm = z.input<typeof accountSchema>

const blank: AccountForm = { holder: "", iban: "", bic: "", bank_name: "" }

/** The accounts a dealer's cash payouts are paid to: add, edit, make default, remove. */
export function DealerBankAccountsSection({ dealerId }: { dealerId: string }) {
  const { t } = useTexts("payouts")
  const { data, isError, error } = useDealerBankAccounts(dealerId)
  const save = useSaveBankAccount(dealerId)
  const remove = useRemoveBankAccount(dealerId)
  const [editing, setEditing] = useState<DealerBankAccount | "new" | null>(null)

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work()
      toast.success(done)
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  const accounts = data?.bank_accounts ?? []
  return (
    <Container className="divide-y p-0" data-testid="dealer-bank-accounts">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("bankAccountsTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("bankAccountsHint")}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
          {t("addAccount")}
        </Button>
      </div>
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(error)}
        </Text>
      )}
      {data && !accounts.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4" data-testid="bank-accounts-empty">
          {t("noBankAccounts")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("holder")}</Table.HeaderCell>
              <Table.HeaderCell>{t("iban")}</Table.HeaderCell>
              <Table.HeaderCell>{t("bic")}</Table.HeaderCell>
              <Table.HeaderCell>{t("bankName")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {accounts.map((account) => (
              <Table.Row key={account.id} data-testid="bank-account-row">
                <Table.Cell>
                  {account.holder}{" "}
                  {account.is_default && (
                    <Badge size="2xsmall" color="green">
                      {t("isDefault")}
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell className="font-mono">{account.iban.replace(/(.{4})/g, "$1 ").trim()}</Table.Cell>
                <Table.Cell className="font-mono">{account.bic}</Table.Cell>
                <Table.Cell>{account.bank_name ?? "-"}</Table.Cell>
                <Table.Cell className="flex justify-end gap-x-2">
                  {!account.is_default && (
                    <Button
                      size="small"
                      variant="transparent"
                      onClick={() => act(() => save.mutateAsync({ id: account.id, is_default: true }), t("accountSaved"))}
                    >
                      {t("makeDefault")}
                    </Button>
                  )}
                  <Button size="small" variant="transparent" onClick={() => setEditing(account)}>
                    {t("editAccount")}
                  </Button>
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() => act(() => remove.mutateAsync(account.id), t("accountRemoved"))}
                  >
                    {t("remove")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <BankAccountPrompt
        key={editing === "new" ? "new" : editing?.id ?? "closed"}
        account={editing}
        onClose={() => setEditing(null)}
        onSave={async (values) => {
          await save.mutateAsync(editing && editing !== "new" ? { id: editing.id, ...values } : values)
          toast.success(t("accountSaved"))
          setEditing(null)
        }}
      />
    </Container>
  )
}

function BankAccountPrompt(props: {
  account: DealerBankAccount | "new" | null
  onClose: () => void
  onSave: (values: z.output<typeof accountSchema>) => Promise<void>
}) {
  const { t } = useTexts("payouts")
  const existing = props.account && props.account !== "new" ? props.account : null
  const form = useForm<AccountForm, any, z.output<typeof accountSchema>>({
    resolver: formResolver(accountSchema),
    defaultValues: existing
      ? { holder: existing.holder, iban: existing.iban, bic: existing.bic, bank_name: existing.bank_name ?? "" }
      : blank,
  })
  return (
    <PromptForm
      form={form}
      open={!!props.account}
      onOpenChange={(open) => !open && props.onClose()}
      title={existing ? t("editAccount") : t("addAccount")}
      description={t("bankAccountsHint")}
      submitLabel={t("save")}
      errorTestId="bank-account-error"
      onSubmit={props.onSave}
    >
      <TextField name="holder" id="bank-holder" label={t("holder")} autoComplete="off" />
      <TextField name="iban" id="bank-iban" label={t("iban")} autoComplete="off" />
      <TextField name="bic" id="bank-bic" label={t("bic")} autoComplete="off" />
      <TextField name="bank_name" id="bank-name" label={t("bankName")} optional autoComplete="off" />
    </PromptForm>
  )
}
