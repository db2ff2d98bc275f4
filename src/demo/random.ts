import seedrandom from "seedrandom";

/** A seeded random source (seedrandom's Alea generator): the same seed always gives the same sequence. */
export class Rng {
  private readonly prng: seedrandom.PRNG;

  constructor(seed: string) {
    this.prng = seedrandom.alea(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.prng();
  }

  /** Uniform whole number in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.prng() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + this.prng() * (max - min);
  }

  /** Log-uniform in [min, max): short values are as likely per decade as long ones. */
  logBetween(min: number, max: number): number {
    return min * Math.pow(max / min, this.prng());
  }

  chance(p: number): boolean {
    return this.prng() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.prng() * items.length)];
    if (item === undefined) throw new RangeError("pick from an empty list");
    return item;
  }

  /** Standard normal deviate (Box–Muller). */
  normal(): number {
    const u = 1 - this.prng();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.prng());
  }

  /** A whole number near `mean`, clamped to [min, max]. */
  score(mean: number, spread: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, Math.round(mean + spread * this.normal())));
  }

  /** `count` digits, e.g. for phone numbers. */
  digits(count: number): string {
    let text = "";
    for (let i = 0; i < count; i++) text += String(Math.floor(this.prng() * 10));
    return text;
  }
}

/** A picker over weighted choices, e.g. `weighted([["一般", 70], ["紧急", 22]])`. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  if (entries.length === 0 || total <= 0) throw new RangeError("weighted() needs a positive weight");
  const cumulative = entries.map(([value]) => value);
  const bounds: number[] = [];
  let running = 0;
  for (const [, w] of entries) bounds.push((running += w) / total);
  return (rng) => {
    const u = rng.next();
    for (let i = 0; i < bounds.length; i++) if (u < (bounds[i] ?? 1)) return cumulative[i] as T;
    return cumulative[cumulative.length - 1] as T;
  };
}

/** Draws an item with probability proportional to its `w`. */
export function pickWeighted<T extends { readonly w: number }>(items: readonly T[]): (rng: Rng) => T {
  return weighted(items.map((item) => [item, item.w] as const));
}
