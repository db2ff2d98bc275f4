/* global Excel */
import type { WorkbookPlan } from "../../workbook/plan-types";
import { errorMessage, isPayloadTooLarge, OfficeHostError } from "./office-errors";
import type { BatchLimits } from "./pack-steps";
import { batchRows, describeBatch, takeBatch } from "./pack-steps";
import { queueBatch } from "./queue-steps";
import { inspect } from "./inspect";
import type { WorkbookSnapshot } from "./snapshot";
import type { AppendMode, WriteStep } from "./write-steps";
import { planSteps, snapshotAfter } from "./write-steps";

/**
 * Applies a plan's changes inside one Excel.run: one read-only request (two when `hint`, the workbook as last seen,
 * is missing or out of date) to see what the workbook holds and check the plan against it (nothing is written when a check fails), then as few requests as the limits allow
 * (small changes share a request with the first rows; long appends go in row blocks), and events back on as they
 * were, also when a request fails.
 * @returns the sheets, tables and names the workbook holds after the plan, as far as the plan tells (a hint for the
 * next read, which checks it).
 * @throws RangeError when the plan writes to a sheet it never creates.
 * @throws WorkbookChangedError, SheetProtectedError, CellLimitError before anything is written (write-steps.ts).
 * @throws OfficeHostError when Excel refuses a request (after retrying a too-large one at half size).
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  limits: BatchLimits & { readonly append: AppendMode; readonly namedStyles?: boolean },
  hint?: WorkbookSnapshot,
): Promise<WorkbookSnapshot> {
  const inspection = await inspect(context, plan, hint, {
    mergedAreas: limits.append === "resize",
    namedStyles: limits.namedStyles === true,
  });
  const { snapshot } = inspection;
  const steps: WriteStep[] = [
    ...planSteps(plan, inspection, limits.append),
    { kind: "events", enabled: snapshot.enableEvents },
  ];
  try {
    await writeSteps(context, steps, limits);
  } catch (error) {
    await restoreEvents(context, snapshot.enableEvents, error);
    throw error;
  }
  return snapshotAfter(plan, snapshot);
}

/**
 * Sends the steps, one request per row block. On a payload error (Excel on the web caps a request at 5 MB) the
 * same steps go again with half the rows per request, and later requests keep the smaller size.
 */
async function writeSteps(context: Excel.RequestContext, steps: readonly WriteStep[], limits: BatchLimits) {
  let rest = steps;
  let rows = limits.rows;
  while (rest.length > 0) {
    const next = takeBatch(rest, { rows, bytes: limits.bytes });
    queueBatch(context, next.batch);
    try {
      // One sync per row block is the design, not an accident: a request must stay under Excel's 5 MB cap.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- deliberate: one round trip per block
      await context.sync();
      rest = next.rest;
    } catch (error) {
      const sent = batchRows(next.batch);
      const whole = next.batch.some((s) => s.group !== undefined);
      if (!isPayloadTooLarge(error) || sent <= 1 || whole) {
        throw new OfficeHostError(`writing ${describeBatch(next.batch)}`, errorMessage(error), { cause: error });
      }
      rows = Math.ceil(sent / 2);
    }
  }
}

async function restoreEvents(context: Excel.RequestContext, enabled: boolean, failure: unknown): Promise<void> {
  try {
    context.runtime.enableEvents = enabled;
    await context.sync();
  } catch (error) {
    throw new OfficeHostError(
      "turning Excel's events back on after a failed write",
      `${errorMessage(error)} (the write failed first: ${errorMessage(failure)})`,
      { cause: failure },
    );
  }
}
