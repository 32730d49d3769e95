/**
 * Moves the test app's wall clock to another instant while it keeps ticking in
 * step with real time (unlike Jest's fake timers, whose advancing clock lags
 * behind real timers). Only `Date` changes; timers keep their real delays.
 * Call before the app boots so that schedules are computed on the moved clock.
 */
export function shiftClockTo(instant: Date): { moveTo: (instant: Date) => void } {
  const RealDate = Date
  let offset = instant.getTime() - RealDate.now()
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...(args as [string]))
    }
    static now() {
      return RealDate.now() + offset
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor
  return { moveTo: (next) => (offset = next.getTime() - RealDate.now()) }
}
