/**
 * The report's record selection as formulas: every record (the all-teams report, whose formulas are exactly those
 * of report-formulas.ts), or one team's (issue 15 item 1), with the team in a cell of the report sheet.
 *
 * Issues and feedback have a 部门/团队 column: one more COUNTIFS criterion. Evaluations and follow-ups reach a team
 * only through 关联问题编号, so their figures sum over the team's issues:
 * SUMPRODUCT(team issue × COUNTIFS(EvalLog[关联问题编号], that issue's id, criteria…)). The team test is the same in
 * both places — the team text as a pattern whose `*` (a masked character) matches one character, the rest literal
 * (`~`-escaped), case aside — and is the domain's `isTeam` (domain/report/team-scope.ts).
 */
import type { TableKey } from "../../domain/schema/types";
import { countIfs } from "./report-formulas";

export interface RecordScope {
  /** COUNTIFS(criteria…) over `table`'s rows in scope. */
  count(table: TableKey, ...criteria: string[]): string;
  /** AVERAGEIFS(values, criteria…) over `table`'s rows in scope: an error when none is a number. */
  mean(table: TableKey, values: string, ...criteria: string[]): string;
  /** A factor `*(…)` selecting the issues in scope in a SUMPRODUCT over IssueLog's columns; "" for every issue. */
  readonly issueFactor: string;
  /** COUNTIFS criteria pairs selecting the issues in scope; none for every issue. */
  readonly issueCriteria: readonly string[];
}

/** Every record: today's formulas. */
export const ALL_RECORDS: RecordScope = {
  count: (_table, ...criteria) => countIfs(...criteria),
  mean: (_table, values, ...criteria) => `AVERAGEIFS(${values},${criteria.join(",")})`,
  issueFactor: "",
  issueCriteria: [],
};

/** `text` with `~` `?` `*` escaped, or with a masked text's `*` as the one-character wildcard `?`. */
export function teamPattern(text: string, masked: boolean): string {
  const tildes = `SUBSTITUTE(SUBSTITUTE(${text}&"","~","~~"),"?","~?")`;
  return `SUBSTITUTE(${tildes},"*","${masked ? "?" : "~*"}")`;
}

export interface TeamColumns {
  /** The team column of each table that has one, and the issue ids, as structured references. */
  readonly team: Readonly<Partial<Record<TableKey, string>>>;
  readonly issueId: string;
  /** 关联问题编号 of the tables that link to an issue. */
  readonly linkedIssue: Readonly<Partial<Record<TableKey, string>>>;
}

/** One team's records, the team being the text in `cell` (an absolute address), masked or not. */
export function oneTeam(cols: TeamColumns, cell: string, masked: boolean): RecordScope {
  const pattern = teamPattern(cell, masked);
  const issueTeam = cols.team.issues ?? "";
  const issueFactor = `*ISNUMBER(SEARCH(${pattern},${issueTeam}))*(LEN(${issueTeam})=LEN(${cell}))`;
  const escapedIds = teamPattern(cols.issueId, false);
  /** Sums `perIssue` (an array over the issues, criteria on the linked table) over the team's issues with an id. */
  const overIssues = (perIssue: string) => `SUMPRODUCT((${cols.issueId}<>"")${issueFactor}*${perIssue})`;
  const linked = (table: TableKey, ...criteria: string[]) =>
    [cols.linkedIssue[table] ?? "", `"="&${escapedIds}`, ...criteria].join(",");
  const own = (table: TableKey) => {
    const team = cols.team[table];
    return team === undefined ? undefined : `${team},"="&${pattern}`;
  };
  return {
    count: (table, ...criteria) => {
      const team = own(table);
      return team !== undefined ? countIfs(...criteria, team) : overIssues(`COUNTIFS(${linked(table, ...criteria)})`);
    },
    mean: (table, values, ...criteria) => {
      const team = own(table);
      if (team !== undefined) return `AVERAGEIFS(${values},${[...criteria, team].join(",")})`;
      const sum = overIssues(`SUMIFS(${values},${linked(table, ...criteria)})`);
      return `${sum}/${overIssues(`COUNTIFS(${linked(table, ...criteria, values, `">-1E+300"`)})`)}`;
    },
    issueFactor,
    issueCriteria: [`${issueTeam},"="&${pattern}`],
  };
}
