import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { createDeflateRaw } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { columnLetter, parseAddress } from "../../src/workbook/a1";
import type { PlanCell, WorkbookPlan } from "../../src/workbook/plan-types";

/**
 * The floor of the scale bench, a measuring stick only: the cells a plan writes (table headers and rows, formulas
 * with their cached values, plain cell blocks) as sheet XML built with a string builder and deflated with
 * node:zlib into one file — no tables, styles, validations, shared strings or zip directory. Nothing in the product
 * uses it.
 */
export async function writeFloor(plans: readonly WorkbookPlan[], file: string): Promise<void> {
  const out = createWriteStream(file);
  const deflate = createDeflateRaw({ level: 6 });
  const done = pipeline(deflate, out);
  for (const chunk of sheetXml(plans)) {
    if (!deflate.write(chunk)) await once(deflate, "drain");
  }
  deflate.end();
  await done;
}

/** Block of rows per string joined. */
const BLOCK = 1000;

function* sheetXml(plans: readonly WorkbookPlan[]): Generator<string> {
  for (const plan of plans) {
    for (const op of plan.ops) {
      if (op.kind === "table") {
        const origin = parseAddress(op.origin);
        yield `<worksheet><sheetData>`;
        yield row(
          origin.row,
          origin.col,
          op.columns.map((c) => c.header),
        );
        let parts: string[] = [];
        for (const [i, r] of op.rows.entries()) {
          const cells = op.columns.map((c, k): PlanCell =>
            c.formula === undefined ? r[k] : { formula: c.formula, value: c.values?.[i] },
          );
          parts.push(row(origin.row + 1 + i, origin.col, cells));
          if (parts.length === BLOCK) {
            yield parts.join("");
            parts = [];
          }
        }
        yield `${parts.join("")}</sheetData></worksheet>`;
      } else if (op.kind === "cells") {
        const origin = parseAddress(op.origin);
        yield `<worksheet><sheetData>${op.rows.map((r, i) => row(origin.row + i, origin.col, r)).join("")}`;
        yield `</sheetData></worksheet>`;
      }
    }
  }
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function row(r: number, c0: number, cells: readonly PlanCell[]): string {
  let s = `<row r="${r}">`;
  cells.forEach((v, i) => {
    const ref = `${columnLetter(c0 + i)}${r}`;
    if (v === undefined) return;
    if (typeof v === "number") s += `<c r="${ref}"><v>${v}</v></c>`;
    else if (typeof v === "string") s += `<c r="${ref}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
    else {
      const value = v.value;
      const cached = value === undefined ? "" : typeof value === "object" ? value.error : String(value);
      const t = typeof value === "string" ? ` t="str"` : typeof value === "object" ? ` t="e"` : "";
      s += `<c r="${ref}"${t}><f>${escape(v.formula)}</f><v>${escape(cached)}</v></c>`;
    }
  });
  return `${s}</row>`;
}
