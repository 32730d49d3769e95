import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { StoreMaterialCatalogueResponse } from "medusa-plugin-dealer-network/client"
import { FormEvent, useState } from "react"
import { useLabels } from "../../../../src/admin/lib/labels"
import { countOf } from "../../../../src/admin/lib/numbers"
import { useMember } from "../../auth/use-session"
import { useTexts } from "../../i18n"
import { QueryState } from "../../layout/page-state"
import { formatDate } from "../../lib/format"
import { usePortal } from "../../lib/portal-context"
import { WALLET_KEY } from "../money/wallet-page"

type Material = StoreMaterialCatalogueResponse["materials"][number]

const MATERIALS_KEY = ["dealer-portal", "materials"] as const
const REQUESTS_KEY = ["dealer-portal", "material-requests"] as const

/** The marketing materials my dealer may order, paid with its marketing points, and its requests. */
export function MaterialsTab() {
  const { t } = useTexts("support")
  const { store } = usePortal()
  const { canSeeMoney } = useMember()
  const catalogue = useQuery({ queryKey: MATERIALS_KEY, queryFn: () => store.materials.list({ limit: 100 }) })
  return (
    <>
      <QueryState query={catalogue}>
        {({ materials, points: balance }) => (
          <Container className="flex flex-col gap-y-3">
            <div className="flex items-baseline justify-between">
              <Heading level="h2">{t("materials.catalogue")}</Heading>
              {balance && (
                <Text size="small" weight="plus" data-testid="materials-points">
                  {t("materials.points", { points: countOf(balance.balance, "point") })}
                </Text>
              )}
            </div>
            {!canSeeMoney && <Text size="small" className="text-ui-fg-subtle">{t("ownersOnly")}</Text>}
            {materials.length ? (
              <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
                {materials.map((material) => <MaterialCard key={material.id} material={material} canRequest={canSeeMoney} />)}
              </div>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">{t("materials.empty")}</Text>
            )}
          </Container>
        )}
      </QueryState>
      <MyRequests />
    </>
  )
}

function MaterialCard({ material, canRequest }: { material: Material; canRequest: boolean }) {
  const { t } = useTexts("support")
  const { store } = usePortal()
  const labels = useLabels()
  const queryClient = useQueryClient()
  const [quantity, setQuantity] = useState("1")
  // One key per request attempt: a retry after a timeout does not spend the points twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID())
  const request = useMutation({
    mutationFn: () => store.materialRequests.create({ lines: [{ material_id: material.id, quantity: Number(quantity) }] }, { idempotencyKey }),
    onSuccess: ({ material_request }) => {
      toast.success(t("materials.requested", { title: material.title, points: countOf(material_request.total_points, "point") }))
      setIdempotencyKey(crypto.randomUUID())
      for (const key of [MATERIALS_KEY, REQUESTS_KEY, WALLET_KEY]) queryClient.invalidateQueries({ queryKey: key })
    },
  })
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    request.mutate()
  }
  return (
    <div className="flex flex-col gap-y-1 rounded-lg border p-4" data-testid="support-material">
      <div className="flex items-start justify-between gap-x-2">
        <Text weight="plus">{material.title}</Text>
        <Badge size="2xsmall">{labels.materialKind[material.kind]}</Badge>
      </div>
      {material.description && <Text size="small" className="text-ui-fg-subtle">{material.description}</Text>}
      <Text size="small">
        <span className="font-medium">{countOf(material.points_price, "point")}</span>
        <span className="text-ui-fg-muted"> · {material.stock === null ? t("materials.unlimited") : t("materials.stock", { count: material.stock })}</span>
      </Text>
      {canRequest && (
        <form onSubmit={onSubmit} className="mt-2 flex items-center gap-x-2">
          <Input aria-label={t("materials.quantity")} size="small" type="number" min={1} className="w-20" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
          <Button size="small" variant="secondary" type="submit" isLoading={request.isPending}>{t("materials.request")}</Button>
        </form>
      )}
      {request.isError && <Text size="small" className="text-ui-fg-error" role="alert">{request.error.message}</Text>}
    </div>
  )
}

function MyRequests() {
  const { t } = useTexts("support")
  const { store } = usePortal()
  const labels = useLabels()
  const requests = useQuery({ queryKey: REQUESTS_KEY, queryFn: () => store.materialRequests.list({ limit: 50 }) })
  return (
    <Container className="p-0">
      <Heading level="h2" className="px-6 py-4">{t("materials.mine")}</Heading>
      <QueryState query={requests}>
        {({ material_requests }) =>
          material_requests.length ? (
            <Table data-testid="support-material-requests">
              <Table.Header>
                <Table.Row>
                  {(["date", "items", "points", "status"] as const).map((column) => (
                    <Table.HeaderCell key={column}>{t(`materials.column.${column}`)}</Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {material_requests.map((request) => (
                  <Table.Row key={request.id} data-testid="support-material-request">
                    <Table.Cell>{formatDate(request.created_at)}</Table.Cell>
                    <Table.Cell className="whitespace-normal">{request.lines.map((line) => `${line.quantity} × ${line.title}`).join(", ")}</Table.Cell>
                    <Table.Cell className="tabular-nums">{countOf(request.total_points, "point")}</Table.Cell>
                    <Table.Cell>
                      <Badge size="2xsmall" color={request.status === "shipped" ? "green" : request.status === "requested" ? "blue" : "grey"}>
                        {labels.materialRequestStatus[request.status]}
                      </Badge>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Text size="small" className="text-ui-fg-subtle px-6 pb-4">{t("materials.mineEmpty")}</Text>
          )
        }
      </QueryState>
    </Container>
  )
}
