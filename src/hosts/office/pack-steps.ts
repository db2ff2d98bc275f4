import type { BlockStep, WriteStep } from "./write-steps";
import { blockAddress } from "./write-steps";

/** How much one request may carry: body rows of blocks, and bytes of JSON. */
export interface BatchLimits {
  readonly rows: number;
  readonly bytes: number;
}

/** What a step adds to a request besides its cell data (object paths, property names, arguments). */
const STEP_OVERHEAD_BYTES = 300;
/** One Range.delete of a run of rows: the range's path and the call. */
const DELETE_RUN_BYTES = 200;

export function stepCost(step: WriteStep): { rows: number; bytes: number } {
  if (step.kind !== "block") return { rows: 0, bytes: STEP_OVERHEAD_BYTES + formulaBytes(step) };
  let bytes = STEP_OVERHEAD_BYTES;
  for (const b of step.rowBytes) bytes += b;
  return { rows: step.cells.length, bytes };
}

function formulaBytes(step: WriteStep): number {
  if (step.kind === "fill") return step.value.length * 3;
  if (step.kind === "deleteRows") return step.runs.length * DELETE_RUN_BYTES;
  if (step.kind !== "table") return 0;
  return step.columns.reduce((n, c) => n + (c.formula?.length ?? 0) * 3 + (c.numFmt?.length ?? 0), 0);
}

/** The steps of the group that starts at `i` (one step when it has none). */
function groupAt(steps: readonly WriteStep[], i: number): WriteStep[] {
  const group = steps[i]?.group;
  if (group === undefined) return steps.slice(i, i + 1);
  let end = i;
  while (end < steps.length && steps[end]?.group === group) end++;
  return steps.slice(i, end);
}

/** The first `rows` rows of a block, and the rest. */
export function splitBlock(step: BlockStep, rows: number): [BlockStep, BlockStep] {
  const part = (from: number, to: number): BlockStep => ({
    ...step,
    row: step.row + from,
    cells: step.cells.slice(from, to),
    numFmts: step.numFmts?.slice(from, to),
    rowBytes: step.rowBytes.slice(from, to),
  });
  return [part(0, rows), part(rows, step.cells.length)];
}

/** How many leading rows of a block fit in what is left of a request. */
function rowsThatFit(step: BlockStep, rows: number, bytes: number): number {
  let n = 0;
  let used = STEP_OVERHEAD_BYTES;
  while (n < step.cells.length && n < rows && used + (step.rowBytes[n] ?? 0) <= bytes) used += step.rowBytes[n++] ?? 0;
  return n;
}

/**
 * The next request: as many steps, in order, as fit the limits, the last block cut where the request is full.
 * A step too large on its own goes alone (a block is cut to one row), so every call makes progress. The steps of
 * a group go whole into one request, alone when they do not fit beside others.
 */
export function takeBatch(steps: readonly WriteStep[], limits: BatchLimits): { batch: WriteStep[]; rest: WriteStep[] } {
  const batch: WriteStep[] = [];
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as WriteStep;
    if (step.group !== undefined) {
      const group = groupAt(steps, i);
      const cost = group.map(stepCost).reduce((a, c) => ({ rows: a.rows + c.rows, bytes: a.bytes + c.bytes }));
      if (batch.length > 0 && (rows + cost.rows > limits.rows || bytes + cost.bytes > limits.bytes)) {
        return { batch, rest: steps.slice(i) };
      }
      batch.push(...group);
      rows += cost.rows;
      bytes += cost.bytes;
      i += group.length - 1;
      continue;
    }
    const cost = stepCost(step);
    if (rows + cost.rows <= limits.rows && bytes + cost.bytes <= limits.bytes) {
      batch.push(step);
      rows += cost.rows;
      bytes += cost.bytes;
      continue;
    }
    if (step.kind === "block") {
      const fit = Math.max(rowsThatFit(step, limits.rows - rows, limits.bytes - bytes), batch.length === 0 ? 1 : 0);
      if (fit > 0) {
        const [head, tail] = splitBlock(step, fit);
        batch.push(head);
        const rest = tail.cells.length > 0 ? [tail, ...steps.slice(i + 1)] : steps.slice(i + 1);
        return { batch, rest };
      }
    } else if (batch.length === 0) {
      return { batch: [step], rest: steps.slice(i + 1) };
    }
    return { batch, rest: steps.slice(i) };
  }
  return { batch, rest: [] };
}

/** All requests of a write, as `takeBatch` cuts them (for estimates and tests; the writer cuts as it goes). */
export function packSteps(steps: readonly WriteStep[], limits: BatchLimits): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let rest = steps;
  while (rest.length > 0) {
    const next = takeBatch(rest, limits);
    batches.push(next.batch);
    rest = next.rest;
  }
  return batches;
}

export function batchRows(batch: readonly WriteStep[]): number {
  return batch.reduce((n, s) => n + (s.kind === "block" ? s.cells.length : 0), 0);
}

/** A short account of a request for error messages: "问题记录!A1:AA5001, table IssueLog, …". */
export function describeBatch(batch: readonly WriteStep[]): string {
  const labels = batch.map((s) => {
    switch (s.kind) {
      case "block":
        return blockAddress(s);
      case "name":
        return `${s.kind} ${s.name}`;
      case "table":
        return `table ${s.name}`;
      case "addColumns":
        return `new columns of ${s.table}`;
      case "calculate":
      case "events":
        return s.kind;
      default:
        return `${s.kind} ${s.sheet}`;
    }
  });
  const shown = labels.slice(0, 4).join(", ");
  return labels.length > 4 ? `${shown} and ${labels.length - 4} more` : shown;
}
