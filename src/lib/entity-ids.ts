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
  const head = `${prefix}_${encodeTime(now)}`
  const length = head.length + RANDOM_CHARS
  // All ids are written into one buffer and read out as flat strings: appending
  // character by character leaves each id a chain of ~17 string pieces in memory.
  const text = Buffer.alloc(count * length)
  const random = randomBytes(count * RANDOM_CHARS)
  for (let n = 0; n < count; n++) {
    text.write(head, n * length, "latin1")
    for (let i = 0; i < RANDOM_CHARS; i++) {
      // 256 is a multiple of 32, so each byte's low 5 bits are uniform.
      text[n * length + head.length + i] = BASE32.charCodeAt(random[n * RANDOM_CHARS + i] & 31)
    }
  }
  return Array.from({ length: count }, (_, n) => text.toString("latin1", n * length, (n + 1) * length))
}

function encodeTime(ms: number): string {
  let encoded = ""
  for (let i = 0, rest = ms; i < TIME_CHARS; i++, rest = Math.floor(rest / 32)) encoded = BASE32[rest % 32] + encoded
  return encoded
}
