import { Label, Select, Skeleton, Text, toast } from "@medusajs/ui"
import { useDealerSettings, useSalesChannels, useUpdateDealerSettings } from "../hooks/use-dealer-settings"
import { errorMessage } from "../lib/errors"

const NONE = "none"

/**
 * The sales channel where only members of active dealers may check out, under
 * their agreements' order rules; none leaves every channel open.
 */
export const B2BChannelSetting = () => {
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
        next
          ? `B2B sales channel set to ${nameOf(next)}: only members of active dealers can check out there.`
          : "B2B sales channel cleared: every customer can check out in every channel."
      )
    } catch (err) {
      toast.error(errorMessage(err))
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
        B2B sales channel
      </Label>
      <div className="w-56">
        <Select size="small" value={current ?? NONE} onValueChange={onChange} disabled={update.isPending}>
          <Select.Trigger id="b2b-sales-channel" title="Only members of active dealers can check out in this channel">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>None: open to everyone</Select.Item>
            {/* A channel past the first page, still shown by its id. */}
            {current && !list.some((c) => c.id === current) && <Select.Item value={current}>{current}</Select.Item>}
            {list.map((channel) => (
              <Select.Item key={channel.id} value={channel.id}>
                {channel.name}
                {channel.is_disabled ? " (disabled)" : ""}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </div>
  )
}
