import { Adjustments } from "@medusajs/icons"
import { Badge, Button, Drawer, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useSaveRatingWeights } from "../hooks/use-dealer-rating"
import { useTexts } from "../hooks/use-texts"
import { useLabels } from "../lib/labels"
import { formatNumber } from "../lib/numbers"
import { RATING_COMPONENTS, type RatingComponent, type RatingWeightsResponse } from "../../types/engagement"
import { DrawerForm } from "./form/drawer-form"
import { NumberField } from "./form/fields"
import { formResolver } from "./form/schema"

/** The weights' form, its messages in the admin user's language. */
const schemaOf = (t: ReturnType<typeof useTexts>["t"]) => {
  const weight = z
    .string()
    .trim()
    .min(1, t("enterWeight"))
    .refine((value) => Number.isFinite(Number(value)) && Number(value) >= 0, t("zeroOrMore"))
    .transform(Number)
  return z
    .object(Object.fromEntries(RATING_COMPONENTS.map((c) => [c, weight])) as Record<RatingComponent, typeof weight>)
    .refine((weights) => Object.values(weights).some((value) => value > 0), {
      message: t("oneAboveZero"),
      path: ["root"],
    })
}

type Schema = ReturnType<typeof schemaOf>
type WeightValues = z.input<Schema>

/** Where each weight comes from and the key of its label. */
const SOURCE_LABELS = { setting: "sourceSetting", option: "sourceOption", default: "sourceDefault" } as const

/** The admin's rating weights, one number field per component; "Use defaults" puts back the plugin option's. */
export const RatingWeightsDrawer = ({ current }: { current: RatingWeightsResponse | undefined }) => {
  const [open, setOpen] = useState(false)
  const { t } = useTexts("rating")
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={!current} data-testid="rating-weights-open">
          <Adjustments />
          {t("weights")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content aria-describedby={undefined}>
        {open && current && <WeightsForm current={current} onDone={() => setOpen(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const WeightsForm = ({ current, onDone }: { current: RatingWeightsResponse; onDone: () => void }) => {
  const save = useSaveRatingWeights()
  const { t } = useTexts("rating")
  const labels = useLabels()
  const schema = useMemo(() => schemaOf(t), [t])
  const form = useForm<WeightValues, any, z.output<Schema>>({
    resolver: formResolver(schema),
    defaultValues: Object.fromEntries(RATING_COMPONENTS.map((c) => [c, String(current.weights[c])])) as WeightValues,
  })
  const total = RATING_COMPONENTS.reduce((sum, c) => sum + (Number(form.watch(c)) || 0), 0)

  const reset = async () => {
    try {
      await save.mutateAsync(Object.fromEntries(RATING_COMPONENTS.map((c) => [c, null])))
      toast.success(t("weightsReset"))
      onDone()
    } catch (err) {
      form.setError("root.api", { message: (err as Error).message })
    }
  }

  return (
    <DrawerForm
      form={form}
      title={t("ratingWeights")}
      errorTestId="rating-weights-error"
      submitTestId="rating-weights-save"
      onSubmit={async (values) => {
        await save.mutateAsync(values)
        toast.success(t("weightsSaved"))
        onDone()
      }}
      footerStart={
        <Button size="small" variant="transparent" type="button" onClick={reset} className="mr-auto">
          {t("useDefaults")}
        </Button>
      }
    >
      <Text size="small" className="text-ui-fg-subtle">
        {t("weightsHint", { total: formatNumber(total) })}
      </Text>
      {RATING_COMPONENTS.map((c) => (
        <NumberField
          key={c}
          name={c}
          id={`weight-${c}`}
          label={labels.ratingComponent[c]}
          min={0}
          step="any"
          hint={
            <span className="flex items-center gap-x-2">
              <span>
                {t("withoutSetting", { hint: labels.ratingComponentHint[c], fallback: formatNumber(current.fallback[c]) })}
              </span>
              <Badge size="2xsmall" color={current.sources[c] === "setting" ? "blue" : "grey"}>
                {t(SOURCE_LABELS[current.sources[c]])}
              </Badge>
            </span>
          }
        />
      ))}
    </DrawerForm>
  )
}
