/**
 * The seeder's only source of randomness: a small, fast PRNG seeded from the seed number and a
 * name (table, column), so the same schema and seed give the same rows on every run and adding a
 * column does not reshuffle the values of the others. Nothing here reads the clock or Math.random.
 */
/** A 32-bit FNV-1a hash of a string (UTF-16 units), mixed with `salt`. */
export declare function hashString(text: string, salt?: number): number;
/** A deterministic generator of numbers (sfc32: 128 bits of state, fast, good enough for test data). */
export declare class Random {
    private a;
    private b;
    private c;
    private d;
    /** A generator for `seed` and the names that say what it generates (table, then column). */
    constructor(seed: number, ...names: string[]);
    /** The next 32 bits, as an unsigned integer. */
    next(): number;
    /** A float in [0, 1). */
    float(): number;
    /** An integer in [0, n) for n up to 2^53. */
    below(n: number): number;
    /** An integer in [low, high] (both within the safe range). */
    between(low: number, high: number): number;
    /** True with probability p. */
    chance(p: number): boolean;
    /** One element of a non-empty list. */
    pick<T>(list: readonly T[]): T;
}
