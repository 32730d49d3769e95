export const seasonalityProfileFields = ["id", "name", "weights", "description", "created_at", "updated_at"]

export const adminSeasonalityProfileQueryConfig = {
  retrieve: { defaults: seasonalityProfileFields, isList: false },
  list: { defaults: seasonalityProfileFields, isList: true },
}
