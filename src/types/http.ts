// Shapes shared by the plugin's HTTP API.

/** Medusa's list conventions: the page of a list response. */
export type ListResponse = { count: number; offset: number; limit: number }

/** Medusa's answer to a DELETE. */
export type DeleteResponse = { id: string; object: string; deleted: boolean }

/**
 * What a route may hand to `res.json` for the wire type `T`: the types here describe
 * the JSON the client reads, where a date is an ISO string, while a route still holds
 * `Date` objects that JSON turns into those strings.
 */
export type Sendable<T> = string extends T
  ? T | Date
  : T extends readonly (infer Item)[]
    ? Sendable<Item>[]
    : T extends object
      ? { [K in keyof T]: Sendable<T[K]> }
      : T
