/**
 * 区域 and 服务等级 of the demo's customers (issue 15, source 000 §2.2), drawn from their own random stream so the
 * rest of the demo stays as it was. A customer keeps one region and level on every issue and evaluation. 西北 is a
 * small region whose customers were never surveyed, so the report has a stratum with issues and no evaluation.
 */
import { withFields } from "../domain/schema/records";
import type { RecordRow } from "../domain/schema/types";
import { SERVICE_LEVEL } from "../domain/schema/values";
import type { DemoContext } from "./context";
import { streamFor } from "./context";
import type { IssueFact } from "./issue-rows";
import { weighted } from "./random";

/** The region no evaluated customer is in. */
export const UNSURVEYED_REGION = "西北";

const region = weighted([
  ["华东", 34],
  ["华南", 22],
  ["华北", 18],
  ["华中", 12],
  ["西南", 9],
  ["东北", 5],
]);

export interface Strata {
  readonly region: string;
  readonly serviceLevel: string;
}

/**
 * The strata of every customer of `facts`, in order of first appearance: about 15% VIP (企业 customers more often),
 * and 西北 for some of the customers without an evaluation.
 */
export function customerStrata(
  ctx: Pick<DemoContext, "seed">,
  facts: readonly IssueFact[],
  evaluations: readonly RecordRow[],
): Map<string, Strata> {
  const rng = streamFor(ctx, "strata");
  const surveyed = new Set(evaluations.map((e) => e["customerId"]));
  const strata = new Map<string, Strata>();
  for (const { customer } of facts) {
    if (strata.has(customer.id)) continue;
    const vip = rng.chance(customer.type === "企业" ? 0.3 : 0.1);
    const drawn = region(rng);
    strata.set(customer.id, {
      region: !surveyed.has(customer.id) && rng.chance(0.12) ? UNSURVEYED_REGION : drawn,
      serviceLevel: vip ? SERVICE_LEVEL.vip : SERVICE_LEVEL.standard,
    });
  }
  return strata;
}

/** The row with its customer's 区域 and 服务等级 appended (the last fields of both tables). */
export function withStrata(row: RecordRow, strata: Strata | undefined): RecordRow {
  return withFields(row, { region: strata?.region, serviceLevel: strata?.serviceLevel });
}
