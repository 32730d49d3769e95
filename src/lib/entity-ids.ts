import { randomBytes } from "crypto"

/** Crockford's base32, as ULIDs are written. */
const BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const TIME_CHARS = 10
const RANDOM_CHARS = 16

/**
 * `count` new ids as Medusa's `generateEntityId` writes them (`prefix_` and a
 * ULID: 48 bits of milliseconds, 80 random bits), for bulk inserts. The
 * randomness is drawn once for all of them: the ULID library behind
 * `generateEntityId` asks the system for one byte per character, which makes a
 * hundred thousand ids cost seconds.
 */
export function entityIds(prefix: string, count: number, now: number = Date.now()): string[] {
  const time = encodeTime(now)
  const random = randomBytes(count * RANDOM_CHARS)
  return Array.from({ length: count }, (_, n) => {
    let id = `${prefix}_${time}`
    // 256 is a multiple of 32, so each byte's low 5 bits are uniform.
    for (let i = n * RANDOM_CHARS; i < (n + 1) * RANDOM_CHARS; i++) id += BASE32[random[i] & 31]
    return id
  })
}

function encodeTime(ms: number): string {
  let encoded = ""
  for (let i = 0, rest = ms; i < TIME_CHARS; i++, rest = Math.floor(rest / 32)) encoded = BASE32[rest % 32] + encoded
  return encoded
}
