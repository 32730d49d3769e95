// Shapes shared by the plugin's HTTP API.

/** Medusa's list conventions: the page of a list response. */
export type ListResponse = { count: number; offset: number; limit: number }
