import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled group of a long form's fields, with what the group is about under the title. */
export const FormSection = ({ title, hint, children }: { title: string; hint?: ReactNode; children: ReactNode }) => (
  <div className="flex flex-col gap-y-4 border-b pb-6 last:border-b-0">
    <div>
      <Heading level="h3">{title}</Heading>
      {hint && (
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
    </div>
    {children}
  </div>
)
