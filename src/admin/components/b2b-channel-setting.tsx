import { Label, Select, Skeleton, Text, toast } from "@medusajs/ui"
import { useDealerSettings, useSalesChannels, useUpdateDealerSettings } from "../hooks/use-dealer-settings"
import { useTexts } from "../hooks/use-texts"
import { errorMessage, refusalText } from "../lib/errors"

const NONE = "none"

/**
 * The sales channel where only members of active dealers may check out, under
 * their agreements' order rules; none leaves every channel open.
 */
export const B2BChannelSetting = () => {
  const { t } = useTexts("common")
  const settings = useDealerSettings()
  const channels = useSalesChannels()
  const update = useUpdateDealerSettings()
  const current = settings.data?.settings.b2b_sales_channel_id ?? null
  const list = channels.data?.sales_channels ?? []
  const nameOf = (id: string) => list.find((c) => c.id === id)?.name ?? id

  const onChange = async (value: string) => {
    const next = value === NONE ? null : value
    if (next === current) return
    try {
      await update.mutateAsync({ b2b_sales_channel_id: next })
      toast.success(
        next ? t("b2b.set", { name: nameOf(next) }) : t("b2b.cleared")
      )
    } catch (err) {
      toast.error(refusalText(err))
    }
  }

  if (settings.isLoading || channels.isLoading) return <Skeleton className="h-8 w-56" />
  if (settings.isError || channels.isError) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {errorMessage(settings.error ?? channels.error)}
      </Text>
    )
  }

  return (
    <div className="flex items-center gap-x-2" data-testid="b2b-channel-setting">
      <Label htmlFor="b2b-sales-channel" size="small" weight="plus" className="text-ui-fg-subtle shrink-0">
        {t("b2b.label")}
      </Label>
      <div className="w-56">
        <Select size="small" value={current ?? NONE} onValueChange={onChange} disabled={update.isPending}>
          <Select.Trigger id="b2b-sales-channel" title={t("b2b.title")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>{t("b2b.none")}</Select.Item>
            {/* A channel past the first page, still shown by its id. */}
            {current && !list.some((c) => c.id === current) && <Select.Item value={current}>{current}</Select.Item>}
            {list.map((channel) => (
              <Select.Item key={channel.id} value={channel.id}>
                {channel.is_disabled ? t("b2b.disabled", { name: channel.name }) : channel.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </div>
  )
}
