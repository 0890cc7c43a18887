/**
 * The seeder's only source of randomness: a small, fast PRNG seeded from the seed number and a
 * name (table, column), so the same schema and seed give the same rows on every run and adding a
 * column does not reshuffle the values of the others. Nothing here reads the clock or Math.random.
 */

/** A 32-bit FNV-1a hash of a string (UTF-16 units), mixed with `salt`. */
export function hashString(text: string, salt = 0): number {
  let hash = (0x811c9dc5 ^ salt) >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A deterministic generator of numbers (sfc32: 128 bits of state, fast, good enough for test data). */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A generator for `seed` and the names that say what it generates (table, then column). */
  constructor(seed: number, ...names: string[]) {
    const key = names.join('\u0000');
    this.a = hashString(key, seed | 0);
    this.b = hashString(key, 0x9e3779b9 ^ Math.floor(seed / 2 ** 32));
    this.c = hashString(`${seed}`, 0x85ebca6b);
    this.d = 1;
    // Warm up: the first outputs of sfc32 still show the seed.
    for (let round = 0; round < 12; round++) this.next();
  }

  /** The next 32 bits, as an unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** An integer in [0, n) for n up to 2^53. */
  below(n: number): number {
    if (n <= 4294967296) return Math.floor(this.float() * n);
    return Math.floor(((this.next() * 4294967296 + this.next()) / 2 ** 64) * n);
  }

  /** An integer in [low, high] (both within the safe range). */
  between(low: number, high: number): number {
    return low + this.below(high - low + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.below(list.length)]!;
  }
}
