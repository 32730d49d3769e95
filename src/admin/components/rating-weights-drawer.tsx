import { zodResolver } from "@hookform/resolvers/zod"
import { Adjustments } from "@medusajs/icons"
import { Badge, Button, Drawer, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { z } from "zod"
import { useSaveRatingWeights } from "../hooks/use-dealer-rating"
import { RATING_COMPONENT_HINTS, RATING_COMPONENT_LABELS } from "../lib/labels"
import { formatNumber } from "../lib/numbers"
import { RATING_COMPONENTS, type RatingComponent, type RatingWeightsResponse } from "../../types/engagement"
import { DrawerForm } from "./form/drawer-form"
import { NumberField } from "./form/fields"

const weight = z
  .string()
  .trim()
  .min(1, "Enter a weight (0 leaves the component out).")
  .refine((value) => Number.isFinite(Number(value)) && Number(value) >= 0, "Must be 0 or more.")
  .transform(Number)

const schema = z
  .object(Object.fromEntries(RATING_COMPONENTS.map((c) => [c, weight])) as Record<RatingComponent, typeof weight>)
  .refine((weights) => Object.values(weights).some((value) => value > 0), {
    message: "At least one weight must be above 0.",
    path: ["root"],
  })

type WeightValues = z.input<typeof schema>

const SOURCE_LABELS = { setting: "Set here", option: "Plugin option", default: "Default" } as const

/** The admin's rating weights, one number field per component; "Use defaults" puts back the plugin option's. */
export const RatingWeightsDrawer = ({ current }: { current: RatingWeightsResponse | undefined }) => {
  const [open, setOpen] = useState(false)
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={!current} data-testid="rating-weights-open">
          <Adjustments />
          Weights
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
  const form = useForm<WeightValues, any, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: Object.fromEntries(RATING_COMPONENTS.map((c) => [c, String(current.weights[c])])) as WeightValues,
  })
  const total = RATING_COMPONENTS.reduce((sum, c) => sum + (Number(form.watch(c)) || 0), 0)

  const reset = async () => {
    try {
      await save.mutateAsync(Object.fromEntries(RATING_COMPONENTS.map((c) => [c, null])))
      toast.success("Weights back to the plugin's")
      onDone()
    } catch (err) {
      form.setError("root.api", { message: (err as Error).message })
    }
  }

  return (
    <DrawerForm
      form={form}
      title="Rating weights"
      errorTestId="rating-weights-error"
      submitTestId="rating-weights-save"
      onSubmit={async (values) => {
        await save.mutateAsync(values)
        toast.success("Weights saved")
        onDone()
      }}
      footerStart={
        <Button size="small" variant="transparent" type="button" onClick={reset} className="mr-auto">
          Use defaults
        </Button>
      }
    >
      <Text size="small" className="text-ui-fg-subtle">
        Weights are relative: a component's share of the score is its weight divided by the sum of all weights (now{" "}
        {formatNumber(total)}). 0 leaves a component out.
      </Text>
      {RATING_COMPONENTS.map((c) => (
        <NumberField
          key={c}
          name={c}
          id={`weight-${c}`}
          label={RATING_COMPONENT_LABELS[c]}
          min={0}
          step="any"
          hint={
            <span className="flex items-center gap-x-2">
              <span>
                {RATING_COMPONENT_HINTS[c]} · without a setting: {formatNumber(current.fallback[c])}
              </span>
              <Badge size="2xsmall" color={current.sources[c] === "setting" ? "blue" : "grey"}>
                {SOURCE_LABELS[current.sources[c]]}
              </Badge>
            </span>
          }
        />
      ))}
    </DrawerForm>
  )
}
