/* global Excel */
import type { CellValue } from "../../domain/schema/types";
import { errorMessage, isPayloadTooLarge, OfficeHostError } from "./office-errors";
import { fromOfficeValue, utf8Length } from "./office-cells";

/** Excel reads at most 5,000,000 cells in one request. */
const MAX_CELLS_PER_READ = 5_000_000;
/** Bytes of JSON a cell is taken to cost in a response before any of its area has been read (measured: 8–23). */
const FIRST_GUESS_CELL_BYTES = 20;
/** Measured bytes per row are raised by this much, so that a block a little wider than the rows sampled fits. */
const ESTIMATE_MARGIN = 1.02;
/** Rows of each block whose JSON is measured to estimate the next blocks of the same area. */
const SAMPLED_ROWS = 500;
/** Rows read of an area not yet measured before the request is filled with larger blocks. */
const PROBE_ROWS = 200;
/** What a loaded range adds to a response besides its values (object path, property name). */
const RANGE_OVERHEAD_BYTES = 100;

/** A rectangle of a sheet by 0-based indexes. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** An area to read, on its sheet. */
export interface AreaRead {
  readonly sheet: Excel.Worksheet;
  readonly area: Area;
}

/** How much one read request may ask for: rows of one block (one range), and bytes of the response. */
export interface ReadLimits {
  readonly rows: number;
  readonly bytes: number;
}

/** One area's progress: rows received, rows asked for in the request in flight, and what its rows cost. */
class Progress {
  readonly values: CellValue[][] = [];
  next = 0;
  private sampledBytes = 0;
  private sampledRows = 0;
  /** Mean bytes of a row in the latest block: rows that grow down the table (longer ids, texts) show there first. */
  private latest = 0;

  constructor(readonly read: AreaRead) {}

  get done(): number {
    return this.values.length;
  }
  get pending(): boolean {
    return this.next < this.read.area.rows;
  }
  get measured(): boolean {
    return this.sampledRows > 0;
  }

  /** Estimated bytes of one row in a response: measured on rows already read, else a cautious first guess. */
  rowBytes(): number {
    if (this.sampledRows === 0) return this.read.area.cols * FIRST_GUESS_CELL_BYTES + 2;
    return Math.ceil(Math.max(this.sampledBytes / this.sampledRows, this.latest) * ESTIMATE_MARGIN);
  }

  receive(rows: readonly (readonly unknown[])[]): void {
    const step = Math.max(1, Math.floor(rows.length / SAMPLED_ROWS));
    let bytes = 0;
    let count = 0;
    for (let i = 0; i < rows.length; i += step) {
      bytes += utf8Length(JSON.stringify(rows[i])) + 1;
      count++;
    }
    this.sampledBytes += bytes;
    this.sampledRows += count;
    if (count > 0) this.latest = bytes / count;
    for (const r of rows) this.values.push(r.map(fromOfficeValue));
  }
}

interface Piece {
  readonly progress: Progress;
  readonly rows: number;
  readonly range: Excel.Range;
}

/**
 * The values of several areas (tables' bodies, sheets' used ranges) in as few requests as Excel's limits allow:
 * each request loads blocks of at most `limits.rows` rows, as many as its response is estimated to hold in
 * `limits.bytes` and 5,000,000 cells — small areas together, a large one over several requests. An area's rows
 * are first costed at a cautious guess, then at what its rows read so far cost. When Excel answers that a response
 * is too large, the request is made again at half its size, and later requests keep the smaller size.
 * @returns each area's rows, in the order of `reads`.
 * @throws OfficeHostError when Excel refuses a read that cannot be made smaller.
 */
export async function readAreas(
  context: Excel.RequestContext,
  reads: readonly AreaRead[],
  limits: ReadLimits,
): Promise<CellValue[][][]> {
  const progress = reads.map((r) => new Progress(r));
  let budget = limits.bytes;
  let pending = progress.filter((p) => p.read.area.cols > 0 && p.pending);
  while (pending.length > 0) {
    const pieces = queueRequest(pending, { rows: Math.max(1, limits.rows), bytes: budget });
    try {
      // One sync per request is the design, not an accident: a response must stay under Excel's 5 MB cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- deliberate: one round trip per request
      await context.sync();
    } catch (error) {
      for (const p of pending) p.next = p.done;
      const single = pieces.length === 1 && pieces[0]?.rows === 1;
      if (!isPayloadTooLarge(error) || single) {
        throw new OfficeHostError(`reading ${describe(pieces)}`, errorMessage(error), { cause: error });
      }
      budget = Math.max(1, Math.floor(estimate(pieces) / 2));
      continue;
    }
    for (const piece of pieces) piece.progress.receive(piece.range.values);
    pending = pending.filter((p) => p.pending);
  }
  return progress.map((p) => p.values);
}

/**
 * Queues the next request's blocks: first a probe of every area not yet measured, then blocks in area order until
 * the estimated response is full. Something is always queued, so every request makes progress.
 */
function queueRequest(pending: readonly Progress[], limits: ReadLimits): Piece[] {
  const pieces: Piece[] = [];
  let bytes = 0;
  let cells = 0;
  const take = (p: Progress, most: number, force = false): boolean => {
    const { cols } = p.read.area;
    const room = Math.floor((limits.bytes - bytes - RANGE_OVERHEAD_BYTES) / p.rowBytes());
    const cellRoom = Math.floor((MAX_CELLS_PER_READ - cells) / cols);
    const rows = Math.min(most, p.read.area.rows - p.next, force ? Math.max(1, cellRoom) : Math.min(room, cellRoom));
    if (rows <= 0) return false;
    const { sheet, area } = p.read;
    const range = sheet.getRangeByIndexes(area.row + p.next, area.col, rows, cols).load("values");
    pieces.push({ progress: p, rows, range });
    p.next += rows;
    bytes += RANGE_OVERHEAD_BYTES + rows * p.rowBytes();
    cells += rows * cols;
    return true;
  };
  for (const p of pending) if (!p.measured) take(p, Math.min(PROBE_ROWS, limits.rows));
  for (const p of pending) {
    while (p.pending && take(p, limits.rows));
    if (p.pending) break;
  }
  const first = pending[0];
  if (pieces.length === 0 && first) take(first, 1, true);
  return pieces;
}

function estimate(pieces: readonly Piece[]): number {
  return pieces.reduce((n, p) => n + RANGE_OVERHEAD_BYTES + p.rows * p.progress.rowBytes(), 0);
}

/** "3 blocks, 12,000 rows": for error messages. */
function describe(pieces: readonly Piece[]): string {
  const rows = pieces.reduce((n, p) => n + p.rows, 0);
  return `${pieces.length} block${pieces.length === 1 ? "" : "s"} of ${rows} rows`;
}
