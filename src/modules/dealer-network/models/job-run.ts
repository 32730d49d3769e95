import { model } from "@medusajs/framework/utils"

/**
 * One unit of scheduled work (a job for one period) and how it went. "Not yet
 * done" is read from here: a daily job claims each period it finds unfinished
 * and records the outcome, so work is neither skipped nor repeated.
 */
export const DealerNetworkJobRun = model
  .define("dealer_network_job_run", {
    id: model.id({ prefix: "dnjob" }).primaryKey(),
    job: model.text(),
    /** The month ("YYYY-MM") the work is about. */
    period_key: model.text(),
    status: model.enum(["running", "succeeded", "failed"]).default("running"),
    attempts: model.number().default(1),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    result: model.json().nullable(),
    error: model.text().nullable(),
  })
  .indexes([{ on: ["job", "period_key"], unique: true }])
