// Seeded randomness for the synthetic dataset. Generation draws from one sequential stream so the
// same (people, seed) always yields byte-identical data; details that are only needed when a
// record is read back (house numbers, causes of death…) come from `hash32` of stable indexes so
// reading record 123 never depends on which records were read before it.

/** sfc32: a small, fast generator with a 128-bit state; good enough statistics for test data. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** Roughly normal (Irwin–Hall of 4), cheap and bounded. */
  normal(mean: number, sd: number): number {
    const s = this.float() + this.float() + this.float() + this.float() - 2;
    return mean + s * sd * 1.732;
  }
}

/** A table sampled by weight in O(log n): build once, draw many times. */
export class Weighted<T> {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(readonly items: readonly T[], weights: readonly number[]) {
    if (items.length === 0 || items.length !== weights.length) throw new Error("Weighted: items and weights must be non-empty and equal in length");
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += Math.max(0, w);
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  draw(rng: Rng): T {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

/** A stateless 32-bit hash of a few integers (murmur3 finaliser), for details derived on read. */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p | 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** `hash32` scaled to [0, 1). */
export function hashFloat(...parts: number[]): number {
  return hash32(...parts) / 4294967296;
}

/** An element chosen by a hash of stable indexes. */
export function hashPick<T>(items: readonly T[], ...parts: number[]): T {
  return items[hash32(...parts) % items.length] as T;
}
