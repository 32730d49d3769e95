const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// The plugin's scheduled jobs stay off in test apps (a daily run would change a test's
// data under its feet); integration-tests/http/scheduled-jobs.spec.ts turns them on.
process.env.DEALER_NETWORK_SCHEDULED_JOBS ??= "off"
