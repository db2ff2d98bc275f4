/** What the table generators share: the period, the working-day calendar, staff and customers. */
import type { WorkCalendar } from "./calendar";
import type { CustomerBook, StaffRoster } from "./parties";
import type { DemoPeriod } from "./period";
import { Rng } from "./random";

export interface DemoContext {
  readonly seed: string;
  readonly period: DemoPeriod;
  readonly calendar: WorkCalendar;
  readonly staff: StaffRoster;
  readonly customers: CustomerBook;
}

/** One random stream per table, so a change to one table's generator leaves the others' data as it was. */
export function streamFor(ctx: { readonly seed: string }, table: string): Rng {
  return new Rng(`${ctx.seed}/${table}`);
}

/** Ids like `EV-2024-0001`: a prefix, the year, a per-year sequence of at least `digits` digits. */
export class YearSequence {
  private readonly next = new Map<number, number>();

  constructor(
    private readonly prefix: string,
    private readonly digits: number,
  ) {}

  id(year: number): string {
    const seq = (this.next.get(year) ?? 0) + 1;
    this.next.set(year, seq);
    return `${this.prefix}${year}-${String(seq).padStart(this.digits, "0")}`;
  }
}

/** Sorted copy of `count` moments drawn by `draw`. */
export function sortedMoments(count: number, draw: () => number): Float64Array {
  const moments = new Float64Array(count);
  for (let i = 0; i < count; i++) moments[i] = draw();
  return moments.sort();
}
