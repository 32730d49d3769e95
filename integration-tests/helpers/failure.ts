/** The error answer of a request that must fail: its status, body and message. */
export function failure(request: Promise<unknown>) {
  return request.then(
    () => {
      throw new Error("expected the request to fail")
    },
    (error: any) => {
      if (!error.response) throw error
      return {
        status: error.response.status as number,
        body: error.response.data,
        message: error.response.data?.message as string,
      }
    }
  )
}

/** The error response of a request that must fail, as the HTTP client gives it. */
export async function errorResponse(request: Promise<unknown>) {
  const error: any = await request.then(
    (response: any) => {
      throw new Error(`expected an error, got ${response.status}`)
    },
    (e: any) => e
  )
  if (!error.response) throw error
  return error.response as { status: number; data: { message: string } }
}
