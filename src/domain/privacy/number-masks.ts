/**
 * Finding personal numbers in text (DOMAIN.md §4.4): phone numbers and IDs are written in groups with spaces,
 * hyphens, dots or brackets between them, in half or full width. A chain of digit groups is split into the
 * longest runs of groups that form a personal number (`number-kinds.ts`); a group left over is an ordinary digit
 * run, masked when it has 7 digits or more. Dates (2024-01-15), times and short counts are never a personal number
 * and stay as they are.
 */
import { DIGIT_RUN_MIN, personalNumberRule, type NumberKind } from "./number-kinds";

/** Where one masked number is in the text and which of its characters become `*`. */
export interface NumberFinding {
  readonly kind: NumberKind;
  readonly start: number;
  readonly end: number;
  /** Text indices of the masked digits. */
  readonly masked: readonly number[];
}

const GAP = String.raw`[ \t]*`;
/** Between two groups: a hyphen or dot with optional spaces, spaces alone, or a closing bracket (area code). */
const SEPARATOR = String.raw`(?:${GAP}[-.]${GAP}|[ \t]+|${GAP}\)${GAP}-?${GAP})`;
/** A chain of digit groups; a group may open with `(` or `+`; a resident ID may end with X. */
const CHAIN = new RegExp(String.raw`[+(]*\d+(?:${SEPARATOR}[+(]*\d+)*(?:[Xx](?![A-Za-z]))?`, "g");
const GROUP = /\d+(?:[Xx](?![A-Za-z]))?/g;

interface Group {
  readonly digits: string;
  /** Text index of each character of `digits`. */
  readonly at: readonly number[];
}

function groupsOf(chain: string, offset: number): Group[] {
  return [...chain.matchAll(GROUP)].map((m) => ({
    digits: m[0].toUpperCase(),
    at: Array.from(m[0], (_, i) => offset + (m.index ?? 0) + i),
  }));
}

function finding(kind: NumberKind, groups: readonly Group[], range: readonly [number, number]): NumberFinding {
  const at = groups.flatMap((g) => g.at);
  return {
    kind,
    start: at[0] ?? 0,
    end: (at[at.length - 1] ?? 0) + 1,
    masked: at.slice(range[0], range[1]),
  };
}

/** The personal numbers of one chain: from each group, the longest run of groups that is one, else the group alone. */
function chainFindings(groups: readonly Group[]): NumberFinding[] {
  const out: NumberFinding[] = [];
  let i = 0;
  while (i < groups.length) {
    let taken = 0;
    for (let j = groups.length; j > i; j--) {
      const run = groups.slice(i, j);
      const all = run.map((g) => g.digits).join("");
      const first = run[0]?.digits.length ?? 0;
      // A trailing X belongs to a resident ID; after any other number it is just the next letter of the text.
      const digits = [all, ...(all.endsWith("X") ? [all.slice(0, -1)] : [])].find((d) =>
        personalNumberRule(d, first, run.length),
      );
      const rule = digits === undefined ? undefined : personalNumberRule(digits, first, run.length);
      if (digits !== undefined && rule) {
        out.push(finding(rule.kind, run, rule.masked(digits, first)));
        taken = j - i;
        break;
      }
    }
    if (taken === 0) {
      const group = groups[i];
      const digits = group?.digits.replace(/X$/, "") ?? "";
      if (group && digits.length >= DIGIT_RUN_MIN) {
        out.push(finding("digitRun", [group], [0, digits.length - 4]));
      }
      taken = 1;
    }
    i += taken;
  }
  return out;
}

/**
 * The personal numbers in `folded` (a `foldWidth` copy of the text): mobiles in any grouping (138.1234.5678,
 * 138 - 1234 - 5678, 1381234 5678, +86 138 1234 5678), landlines with an area code ((010) 8888-6666,
 * 0755-8888 6666), 18-character resident IDs, and other digit runs of 7 or more (which keep their last 4).
 */
export function findNumbers(folded: string): NumberFinding[] {
  const out: NumberFinding[] = [];
  for (const m of folded.matchAll(CHAIN)) out.push(...chainFindings(groupsOf(m[0], m.index)));
  return out;
}
