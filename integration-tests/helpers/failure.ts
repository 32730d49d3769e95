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
