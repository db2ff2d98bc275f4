import { generateDemoData, type DemoData } from "../../src/demo/demo-data";
import { listSpec, tableSpecs, type RecordRow, type TableKey, type TableSpec } from "../../src/domain/schema";
import { INVALID_REASON, SCENARIO, URGENCY, YES_NO } from "../../src/domain/schema/values";
import { serialFromParts, weekday } from "../../src/domain/serial";
import { DEFAULT_DIMENSIONS, DEFAULT_RULES } from "../../src/domain/settings";
import { callTimely, followUpNeeded } from "../../src/domain/followups";
import { overdue } from "../../src/domain/sla";
import { invalidReasons } from "../../src/domain/validity";

const SPECS = new Map<TableKey, TableSpec>(tableSpecs(DEFAULT_DIMENSIONS).map((s) => [s.key, s]));
const TABLES: readonly TableKey[] = ["issues", "evaluations", "followups", "feedback", "improvements"];
const JAN_2024 = 45292;
const APR_2024 = serialFromParts(2024, 4, 1);

const small = generateDemoData({ issues: 300, seed: "demo" });
const large = generateDemoData({ issues: 3000, seed: 7 });

function spec(key: TableKey): TableSpec {
  const found = SPECS.get(key);
  if (!found) throw new Error(`no spec ${key}`);
  return found;
}

function numbers(rows: readonly RecordRow[], key: string): number[] {
  return rows.map((r) => r[key]).filter((v): v is number => typeof v === "number");
}

function between(values: readonly number[], from: number, to: number): boolean {
  return values.every((v) => v >= from && v < to);
}

describe("generateDemoData: reproducibility", () => {
  it("gives identical data for the same seed", () => {
    expect(generateDemoData({ issues: 300, seed: "demo" })).toEqual(small);
  });

  it("gives different data for a different seed", () => {
    const other = generateDemoData({ issues: 300, seed: "demo2" });
    expect(other.issues).not.toEqual(small.issues);
    expect(other.feedback).not.toEqual(small.feedback);
  });

  it("uses neither Math.random nor the clock, and no time zone", () => {
    const random = jest.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random used");
    });
    const now = jest.spyOn(Date, "now").mockImplementation(() => {
      throw new Error("Date.now used");
    });
    const tz = process.env.TZ;
    try {
      process.env.TZ = "America/Los_Angeles";
      const west = generateDemoData({ issues: 200, seed: 1 });
      process.env.TZ = "Asia/Shanghai";
      expect(generateDemoData({ issues: 200, seed: 1 })).toEqual(west);
    } finally {
      process.env.TZ = tz;
      random.mockRestore();
      now.mockRestore();
    }
  });

  it.each([
    [{ issues: -1, seed: 1 }, /issues/],
    [{ issues: 1.5, seed: 1 }, /issues/],
    [{ issues: 10, seed: 1, startMonth: "2024-13" }, /startMonth/],
    [{ issues: 10, seed: 1, startMonth: "2024/01" }, /startMonth/],
    [{ issues: 10, seed: 1, months: 0 }, /months/],
  ])("rejects %p", (options, message) => {
    expect(() => generateDemoData(options)).toThrow(RangeError);
    expect(() => generateDemoData(options)).toThrow(message);
  });
});

describe("generateDemoData: shape", () => {
  it("scales the row counts with the number of issues", () => {
    for (const [n, data] of [
      [300, small],
      [3000, large],
    ] as const) {
      expect(data.issues).toHaveLength(n);
      expect(data.evaluations.length / n).toBeGreaterThan(0.45);
      expect(data.evaluations.length / n).toBeLessThan(0.65);
      expect(data.followups.length / n).toBeGreaterThan(0.32);
      expect(data.followups.length / n).toBeLessThan(0.48);
      expect(data.feedback).toHaveLength(Math.round(1.2 * n));
      expect(data.improvements.length).toBeGreaterThanOrEqual(3);
      expect(data.improvements.length).toBeLessThanOrEqual(6);
    }
    const none = generateDemoData({ issues: 0, seed: 1 });
    expect([none.issues, none.evaluations, none.followups, none.feedback]).toEqual([[], [], [], []]);
  });

  it.each(TABLES)("%s rows have exactly the non-formula fields of the schema but 导入来源", (table) => {
    // Demo rows were typed, not imported: they have no import ref.
    const expected = spec(table)
      .fields.filter((f) => f.type !== "formula" && f.key !== "importRef")
      .map((f) => f.key);
    for (const data of [small, large]) {
      for (const row of data[table]) expect(Object.keys(row)).toEqual(expected);
    }
  });

  it.each(TABLES)("%s values fit their field types and lists", (table) => {
    for (const field of spec(table).fields) {
      const values = large[table].map((r) => r[field.key]).filter((v) => v !== undefined);
      if (field.list) {
        const allowed = new Set(listSpec(field.list).values);
        expect(values.filter((v) => !allowed.has(String(v)))).toEqual([]);
      }
      switch (field.type) {
        case "whole":
          expect(values.every((v) => Number.isInteger(v))).toBe(true);
          expect(
            values.every((v) => (v as number) >= (field.min ?? -Infinity) && (v as number) <= (field.max ?? Infinity)),
          ).toBe(true);
          break;
        case "date":
          expect(values.every((v) => Number.isInteger(v))).toBe(true);
          break;
        case "dateTime":
        case "number":
          expect(values.every((v) => typeof v === "number" && Number.isFinite(v))).toBe(true);
          break;
        case "month":
          expect(values.every((v) => /^\d{4}-\d{2}$/.test(String(v)))).toBe(true);
          break;
        default:
          expect(values.every((v) => typeof v === "string" && v !== "")).toBe(true);
      }
      if (field.required) {
        expect(large[table].filter((r) => r[field.key] === undefined)).toEqual([]);
      }
    }
  });

  it.each(TABLES)("%s ids are unique", (table) => {
    const ids = large[table].map((r) => r.id).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("writes ids in the documented formats", () => {
    const issueIds = large.issues.map((r) => r.id);
    const blank = issueIds.filter((id) => id === undefined).length / issueIds.length;
    expect(blank).toBeGreaterThan(0.02);
    expect(blank).toBeLessThan(0.08);
    const seqs = issueIds.filter((id) => id !== undefined).map((id) => /^2024-SVC-(\d{3,})$/.exec(String(id))?.[1]);
    expect(seqs.map(Number)).toEqual(seqs.map((_, i) => i + 1));
    expect(large.evaluations.every((r) => /^EV-2024-\d{4}$/.test(String(r.id)))).toBe(true);
    expect(large.followups.every((r) => /^FU-2024-\d{4}$/.test(String(r.id)))).toBe(true);
    expect(large.feedback.every((r) => /^FB-2024-\d{4}$/.test(String(r.id)))).toBe(true);
    expect(large.improvements.every((r) => /^IMP-2024(0[1-3])-\d{2}$/.test(String(r.id)))).toBe(true);
    expect(large.improvements.every((r) => String(r.id).slice(4, 10) === String(r.month).replace("-", ""))).toBe(true);
  });

  it("writes customer ids, phones and personal names like real ones", () => {
    const customerIds = [...large.issues, ...large.feedback].map((r) => r.customerId).filter((v) => v !== undefined);
    expect(customerIds.every((id) => /^C20\d{6}\d{3}$/.test(String(id)))).toBe(true);
    expect(new Set(customerIds).size).toBeLessThan(customerIds.length);
    const contacts = large.issues.map((r) => String(r.contact ?? ""));
    expect(contacts.filter((c) => c !== "").every((c) => /1[3-9]\d{9}/.test(c))).toBe(true);
    expect(contacts.some((c) => c.includes("@"))).toBe(true);
    expect(large.issues.some((r) => r.customerType === "企业" && String(r.customerName).endsWith("公司"))).toBe(true);
    expect(
      large.issues.some((r) => r.customerType === "个人" && /^[\u4e00-\u9fa5]{2,4}$/.test(String(r.customerName))),
    ).toBe(true);
  });
});

describe("generateDemoData: dates", () => {
  it("returns the Chinese holidays of the period plus one month", () => {
    const feb = (d: number) => serialFromParts(2024, 2, d);
    const apr = (d: number) => serialFromParts(2024, 4, d);
    expect(small.holidays).toEqual([JAN_2024, ...[10, 11, 12, 13, 14, 15, 16, 17].map(feb), apr(4), apr(5), apr(6)]);
  });

  it("keeps every date in the requested months, allowing for completion and follow-up spill-over", () => {
    const { issues, evaluations, followups, feedback, improvements } = large;
    expect(between(numbers(issues, "receivedAt"), JAN_2024, APR_2024)).toBe(true);
    expect(between(numbers(feedback, "servedAt"), JAN_2024, APR_2024)).toBe(true);
    expect(between(numbers(issues, "completedAt"), JAN_2024, APR_2024 + 10)).toBe(true);
    expect(between(numbers(evaluations, "serviceDate"), JAN_2024, APR_2024 + 10)).toBe(true);
    expect(between(numbers(followups, "serviceDate"), JAN_2024, APR_2024 + 10)).toBe(true);
    expect(between(numbers(followups, "callDate"), JAN_2024, APR_2024 + 20)).toBe(true);
    expect(between(numbers(followups, "closedAt"), JAN_2024, APR_2024 + 30)).toBe(true);
    expect(improvements.every((r) => ["2024-01", "2024-02", "2024-03"].includes(String(r.month)))).toBe(true);
    expect(between(numbers(improvements, "dueDate"), JAN_2024, serialFromParts(2024, 5, 1))).toBe(true);
  });

  it("keeps the order of events within a record", () => {
    for (const r of large.issues) {
      const received = r.receivedAt as number;
      if (typeof r.firstResponseAt === "number") {
        expect(r.firstResponseAt - received).toBeGreaterThanOrEqual(5 / 86400 - 1e-9);
        expect(r.firstResponseAt - received).toBeLessThanOrEqual(11 / 24);
      }
      if (typeof r.completedAt === "number")
        expect(r.completedAt).toBeGreaterThan((r.firstResponseAt as number | undefined) ?? received);
      if (r.completedAt === undefined) expect(r.status).toBe("处理中");
    }
    for (const r of large.followups) {
      const delay = (r.callDate as number) - (r.serviceDate as number);
      expect(delay >= 0 && delay <= 9).toBe(true);
      if (typeof r.closedAt === "number") expect(r.closedAt).toBeGreaterThanOrEqual(r.callDate as number);
    }
    for (const r of large.improvements) {
      const due = serialFromParts(Number(String(r.month).slice(0, 4)), Number(String(r.month).slice(5)) + 2, 0);
      expect(r.dueDate).toBe(due);
      expect(r.recheckDate as number).toBeGreaterThanOrEqual(due + 28);
      expect(r.recheckDate as number).toBeLessThanOrEqual(due + 31);
    }
  });

  it("receives issues in and out of working hours, on weekends and on holidays", () => {
    const received = numbers(large.issues, "receivedAt");
    const holidays = new Set(large.holidays);
    const time = (s: number) => s - Math.floor(s);
    expect(received.filter((s) => weekday(s) === 0 || weekday(s) === 6).length).toBeGreaterThan(50);
    expect(
      received.filter((s) => holidays.has(Math.floor(s)) && weekday(s) !== 0 && weekday(s) !== 6).length,
    ).toBeGreaterThan(10);
    expect(received.filter((s) => time(s) < 8.5 / 24 || time(s) >= 18 / 24).length).toBeGreaterThan(100);
    expect(received).toEqual([...received].sort((a, b) => a - b));
  });

  it("follows the months across a year end and restarts the id sequences", () => {
    const data: DemoData = generateDemoData({ issues: 400, seed: "x", startMonth: "2025-11", months: 2 });
    const start = serialFromParts(2025, 11, 1);
    const end = serialFromParts(2026, 1, 1);
    expect(between(numbers(data.issues, "receivedAt"), start, end)).toBe(true);
    expect(data.holidays).toEqual([1, 2, 3].map((d) => serialFromParts(2026, 1, d)));
    const next = generateDemoData({ issues: 400, seed: "x", startMonth: "2025-12", months: 2 });
    const ids2026 = next.issues.map((r) => String(r.id ?? "")).filter((id) => id.startsWith("2026-"));
    expect(ids2026[0]).toBe("2026-SVC-001");
  });
});

describe("generateDemoData: coverage of the rules", () => {
  it("mixes urgencies about 70/22/8, none blank (urgency is required)", () => {
    const share = (u: string | undefined) => large.issues.filter((r) => r.urgency === u).length / large.issues.length;
    expect(share(URGENCY.normal)).toBeCloseTo(0.686, 1);
    expect(share(URGENCY.urgent)).toBeCloseTo(0.216, 1);
    expect(share(URGENCY.major)).toBeCloseTo(0.078, 1);
    expect(share(undefined)).toBe(0);
  });

  it("meets, hits exactly, misses and has not yet reached each SLA", () => {
    const asOf = APR_2024;
    const outcomes = new Set<string>();
    for (const r of large.issues) {
      const met = r.urgency === URGENCY.major ? r.firstResponseAt : r.completedAt;
      const flag = overdue(r, asOf, DEFAULT_RULES, large.holidays);
      outcomes.add(`${String(r.urgency)}:${flag ?? "blank"}:${met === undefined ? "open" : "known"}`);
    }
    for (const u of [URGENCY.normal, URGENCY.urgent, URGENCY.major]) {
      expect(outcomes).toContain(`${u}:${YES_NO.no}:known`);
      expect(outcomes).toContain(`${u}:${YES_NO.yes}:known`);
    }
    expect(outcomes).toContain(`${URGENCY.normal}:blank:open`);
    expect(outcomes).toContain(`${URGENCY.normal}:${YES_NO.yes}:open`);
    const exact = large.issues.filter(
      (r) => r.urgency === URGENCY.urgent && r.completedAt === (r.receivedAt as number) + 1,
    );
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((r) => overdue(r, asOf, DEFAULT_RULES, large.holidays) === YES_NO.no)).toBe(true);
  });

  it("reopens some dissatisfied issues", () => {
    expect(
      large.issues.some((r) => r.completedAt !== undefined && (r.satisfaction as number) <= 3 && r.status === "处理中"),
    ).toBe(true);
    expect(large.issues.some((r) => r.satisfaction === undefined)).toBe(true);
  });

  it.each(["demo", "a", "b", 1, 2])("has every kind of invalid evaluation in 300 issues (seed %p)", (seed) => {
    const data = seed === "demo" ? small : generateDemoData({ issues: 300, seed });
    const reasons = data.evaluations.flatMap((r) => invalidReasons(r, DEFAULT_DIMENSIONS, DEFAULT_RULES));
    for (const reason of Object.values(INVALID_REASON)) expect(reasons).toContain(reason);
    // 客户编号 is required and always filled; the optional 服务人员工号 is left blank in some rows instead.
    expect(data.evaluations.some((r) => r.customerId === undefined)).toBe(false);
    expect(data.evaluations.some((r) => r.staffId === undefined)).toBe(true);
    expect(data.evaluations.some((r) => DEFAULT_DIMENSIONS.some((d) => r[d.key] === undefined))).toBe(true);
  });

  it("records fill time for online surveys only", () => {
    for (const r of large.evaluations) {
      if (r.method === "在线问卷")
        expect((r.fillSeconds as number) >= 12 && (r.fillSeconds as number) <= 600).toBe(true);
      else expect(r.fillSeconds).toBeUndefined();
    }
  });

  it("links evaluations and follow-ups to issues", () => {
    const issueIds = new Set(large.issues.map((r) => r.id).filter((id) => id !== undefined));
    for (const r of [...large.evaluations, ...large.followups]) {
      if (r.issueId !== undefined) expect(issueIds.has(r.issueId)).toBe(true);
    }
  });

  it("has every follow-up scenario, timely and not, with and without follow-up need", () => {
    const seen = new Set<string>();
    for (const r of large.followups) {
      seen.add(`${String(r.scenario)}:${callTimely(r, DEFAULT_RULES, large.holidays)}`);
      seen.add(`need:${followUpNeeded(r, DEFAULT_RULES)}`);
    }
    for (const s of Object.values(SCENARIO)) expect(seen).toContain(`${s}:${YES_NO.yes}`);
    for (const s of [SCENARIO.afterSales, SCENARIO.complaint, SCENARIO.newCustomer])
      expect(seen).toContain(`${s}:${YES_NO.no}`);
    expect(seen).toContain(`need:${YES_NO.yes}`);
    expect(seen).toContain(`need:${YES_NO.no}`);
    const blankProblem = large.followups.filter((r) => r.problem === undefined).length / large.followups.length;
    expect(blankProblem).toBeGreaterThan(0.5);
    expect(blankProblem).toBeLessThan(0.7);
    expect(
      large.followups.some((r) => weekday(r.callDate as number) === 0 || weekday(r.callDate as number) === 6),
    ).toBe(true);
  });

  it("lets (team, stage, channel) groups recur, some with issues only and some with feedback only", () => {
    const key = (r: RecordRow) => `${String(r.team)}|${String(r.stage)}|${String(r.channel)}`;
    const issueGroups = new Set(large.issues.map(key));
    const feedbackGroups = new Set(large.feedback.map(key));
    expect(issueGroups.size).toBeLessThan(30);
    expect([...issueGroups].some((g) => !feedbackGroups.has(g))).toBe(true);
    expect([...feedbackGroups].some((g) => !issueGroups.has(g))).toBe(true);
    const majors = new Set(large.issues.filter((r) => r.urgency === URGENCY.major).map(key));
    expect([...issueGroups].some((g) => !majors.has(g))).toBe(true);
  });

  it("writes texts that look like formulas, English comments and the lexicon's phrases", () => {
    const formulaLike = /^[=+\-@]/;
    expect(large.issues.some((r) => formulaLike.test(String(r.description)))).toBe(true);
    expect(large.issues.some((r) => formulaLike.test(String(r.suggestion ?? "")))).toBe(true);
    expect(large.feedback.some((r) => formulaLike.test(String(r.text ?? "")))).toBe(true);
    const comments = large.evaluations.map((r) => String(r.comment ?? ""));
    expect(comments.some((c) => /^[A-Za-z]/.test(c))).toBe(true);
    expect(comments.some((c) => c === "")).toBe(true);
    for (const phrase of ["态度差", "没耐心", "流程繁琐", "到账慢", "响应慢", "未提前告知", "备件不足", "二次上门"]) {
      expect(large.feedback.some((r) => String(r.text).includes(phrase))).toBe(true);
      expect(comments.some((c) => c.includes(phrase))).toBe(true);
    }
    expect(large.improvements.every((r) => r.origin === "人工添加")).toBe(true);
    expect(large.improvements.some((r) => r.recheckResult === undefined)).toBe(true);
  });
});
