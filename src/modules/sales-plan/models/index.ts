export * from "./contribution"
export * from "./contribution-line"
