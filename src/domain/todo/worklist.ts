/**
 * The daily worklist (待办, issue 16): every obligation of the todo rules that is late or falls due within the next
 * `withinDays` as of a given time, with counts per kind, owner and team.
 */
import type { RecordRow } from "../schema/types";
import { dayOf } from "../serial";
import type { Settings } from "../settings";
import { calledIssueIds, followUpObligations } from "./followup-todos";
import { improvementObligations } from "./improvement-todos";
import { issueObligations } from "./issue-todos";
import type { Obligation, TodoItem, TodoKind } from "./todo-types";
import { TODO_KINDS } from "./todo-types";

export interface WorklistTables {
  readonly issues: readonly RecordRow[];
  readonly followups: readonly RecordRow[];
  readonly improvements: readonly RecordRow[];
}

export interface WorklistOptions {
  /** Obligations due within this many days after `asOf` are listed beside the late ones. @default 1 */
  readonly withinDays?: number;
}

/** How many items one owner or team has, and how many of them are late. */
export interface Load {
  readonly name: string | undefined;
  readonly total: number;
  readonly late: number;
}

export interface Worklist {
  readonly asOf: number;
  /** Grouped by kind in TODO_KINDS order, the latest first inside a kind (no deadline = due now comes first). */
  readonly items: readonly TodoItem[];
  readonly byKind: Readonly<Record<TodoKind, number>>;
  /** Owners by load, most items first; `name` undefined for items nobody owns. */
  readonly byOwner: readonly Load[];
  readonly byTeam: readonly Load[];
}

/** Days late at `asOf`: `asOf − deadline` for a time, whole days `INT(asOf) − deadline` for a date. */
function lateness(o: Obligation, asOf: number): number | undefined {
  if (o.deadline === undefined) return undefined;
  return o.allDay ? dayOf(asOf) - o.deadline : asOf - o.deadline;
}

export function isLate(item: TodoItem): boolean {
  return item.late === undefined || item.late > 0;
}

function loads(items: readonly TodoItem[], nameOf: (i: TodoItem) => string | undefined): Load[] {
  const tally = new Map<string | undefined, { total: number; late: number }>();
  for (const item of items) {
    const name = nameOf(item);
    const t = tally.get(name) ?? { total: 0, late: 0 };
    t.total += 1;
    if (isLate(item)) t.late += 1;
    tally.set(name, t);
  }
  return [...tally]
    .map(([name, t]) => ({ name, ...t }))
    .sort((a, b) => b.total - a.total || b.late - a.late || (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff"));
}

function byKindThenLateness(a: TodoItem, b: TodoItem): number {
  const kind = TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind);
  if (kind !== 0) return kind;
  const la = a.late ?? Infinity;
  const lb = b.late ?? Infinity;
  return lb - la || a.record - b.record;
}

/**
 * The worklist as of `asOf` (an Excel serial): issues past or near their SLA, 重大 issues without a first response,
 * completed issues owing a satisfaction call, 不满意 results not reopened, follow-ups owing a hand-over or a
 * re-contact, improvement measures and re-checks due (see the rule files for each definition).
 */
export function buildWorklist(
  tables: WorklistTables,
  settings: Settings,
  asOf: number,
  options: WorklistOptions = {},
): Worklist {
  const within = options.withinDays ?? 1;
  const obligations = [
    ...issueObligations(tables.issues, calledIssueIds(tables.followups), settings),
    ...followUpObligations(tables.followups, settings),
    ...improvementObligations(tables.improvements),
  ];
  const items = obligations
    .map((o): TodoItem => ({ ...o, late: lateness(o, asOf) }))
    .filter((i) => i.late === undefined || i.late >= -within)
    .sort(byKindThenLateness);
  const byKind = Object.fromEntries(TODO_KINDS.map((k) => [k, 0])) as Record<TodoKind, number>;
  for (const item of items) byKind[item.kind] += 1;
  return {
    asOf,
    items,
    byKind,
    byOwner: loads(items, (i) => i.owner),
    byTeam: loads(items, (i) => i.team),
  };
}
