/**
 * Polls until `read` returns a value `done` accepts, for effects of event
 * subscribers that run after the request that caused them has answered.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 20_000, intervalMs = 100 } = {}
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value)) {
    if (Date.now() > deadline) {
      throw new Error(`waited ${timeoutMs} ms; last value: ${JSON.stringify(value)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
    value = await read()
  }
  return value
}
