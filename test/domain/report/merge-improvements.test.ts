import fc from "fast-check";
import type { ImprovementDraft } from "../../../src/domain/report/improvement-drafts";
import type { DraftOrigin } from "../../../src/domain/report/improvement-origin";
import { improvementId, mergeImprovementDrafts, selectNewDrafts } from "../../../src/domain/report/merge-improvements";
import type { RecordRow } from "../../../src/domain/schema/types";

const draft = (origin: DraftOrigin, subject: string, figure = "x"): ImprovementDraft => ({
  origin,
  subject,
  problem: `${subject} 问题`,
  evidence: `${subject} ${{ 低分维度: "得分率", 高频问题: "出现于", 指标未达标: "实际", 共性问题: "本月", 重大投诉: "紧急程度" }[origin]} ${figure}`,
  ownerDept: "客服部",
  impact: 1,
  dueDate: 45412,
  status: "未开始",
  recheckDate: 45442,
});

describe("mergeImprovementDrafts (DOMAIN §7)", () => {
  it("appends new drafts with ids after the month's highest", () => {
    const existing: RecordRow[] = [
      { id: "IMP-202403-03", month: "2024-03", origin: "人工添加", problem: "手工" },
      { id: "IMP-202404-09", month: "2024-04", origin: "人工添加", problem: "四月" },
      { id: "IMP-202403-x", month: "2024-03" },
    ];
    const { rows, added } = mergeImprovementDrafts(existing, [draft("低分维度", "服务态度", "60.0% < 70%")], "2024-03");
    expect(added).toEqual([
      {
        id: "IMP-202403-04",
        month: "2024-03",
        origin: "低分维度",
        problem: "服务态度 问题",
        evidence: "服务态度 得分率 60.0% < 70%",
        ownerDept: "客服部",
        dueDate: 45412,
        status: "未开始",
        recheckDate: 45442,
      },
    ]);
    expect(rows).toEqual([...existing, ...added]);
  });

  it.each<[string, RecordRow, boolean]>([
    [
      "same month, origin and subject (figure changed)",
      { month: "2024-03", origin: "低分维度", evidence: "服务态度 得分率 55.0% < 70%" },
      false,
    ],
    ["the month typed as a date", { month: 45352, origin: "低分维度", evidence: "服务态度 得分率 1%" }, false],
    [
      "the evidence edited, the problem kept",
      { month: "2024-03", origin: "低分维度", problem: "服务态度 问题" },
      false,
    ],
    ["another month", { month: "2024-02", origin: "低分维度", evidence: "服务态度 得分率 60.0% < 70%" }, true],
    ["another origin", { month: "2024-03", origin: "人工添加", evidence: "服务态度 得分率 60.0% < 70%" }, true],
    [
      "a subject that only starts the same",
      { month: "2024-03", origin: "低分维度", evidence: "服务态度差 得分率 1%" },
      true,
    ],
  ])("%s → added: %p", (_name, existing, isAdded) => {
    const { added } = mergeImprovementDrafts([existing], [draft("低分维度", "服务态度", "60.0% < 70%")], "2024-03");
    expect(added.length).toBe(isAdded ? 1 : 0);
  });

  it("at most maxNew drafted rows per month: drafted rows of the month count, manual rows and other months do not", () => {
    const existing: RecordRow[] = [
      { id: "IMP-202403-01", month: "2024-03", origin: "重大投诉", evidence: "旧 紧急程度 重大" },
      { id: "IMP-202403-02", month: "2024-03", origin: "人工添加", problem: "手工" },
      { id: "IMP-202402-01", month: "2024-02", origin: "低分维度", evidence: "甲 得分率 1%" },
    ];
    const drafts = ["甲", "乙", "丙", "丁"].map((s) => draft("低分维度", s));
    const selection = selectNewDrafts(existing, drafts, "2024-03", 3);
    expect(selection.fresh.map((d) => d.subject)).toEqual(["甲", "乙"]); // 3 − 1 drafted in March
    expect(selection.omitted.map((d) => d.subject)).toEqual(["丙", "丁"]);
    expect(selection.known).toBe(0);
    const first = mergeImprovementDrafts(existing, drafts, "2024-03", { maxNew: 3 });
    expect(first.added.map((r) => r["evidence"])).toEqual(["甲 得分率 x", "乙 得分率 x"]);
    // The month is full: re-running adds nothing, and the drafts already in the plan are known.
    expect(mergeImprovementDrafts(first.rows, drafts, "2024-03", { maxNew: 3 }).added).toEqual([]);
    expect(selectNewDrafts(first.rows, drafts, "2024-03", 3)).toMatchObject({ known: 2, fresh: [] });
  });

  it("a new row's 责任人 is the Settings owner of its 责任部门; other departments stay blank", () => {
    const owners = new Map([["产品部", "产品经理"]]);
    const drafts = [{ ...draft("共性问题", "甲"), ownerDept: "产品部" }, draft("共性问题", "乙")];
    const { added } = mergeImprovementDrafts([], drafts, "2024-03", { owners });
    expect(added.map((r) => [r["ownerDept"], r["owner"]])).toEqual([
      ["产品部", "产品经理"],
      ["客服部", undefined],
    ]);
  });

  it("improvementId pads to two digits", () => {
    expect(improvementId("2024-03", 7)).toBe("IMP-202403-07");
    expect(improvementId("2024-03", 123)).toBe("IMP-202403-123");
  });

  const origins: DraftOrigin[] = ["低分维度", "高频问题", "指标未达标", "共性问题", "重大投诉"];
  const draftArb = fc
    .tuple(fc.constantFrom(...origins), fc.constantFrom("甲", "乙", "丙 丁", "A/B", "2024-SVC-001"), fc.string())
    .map(([o, s, f]) => draft(o, s, f));
  const cell = fc.oneof(fc.constant(undefined), fc.string(), fc.integer());
  const rowArb = fc.record({
    id: cell,
    month: fc.constantFrom<string | number | undefined>("2024-03", "2024-02", 45352, undefined),
    origin: fc.constantFrom(...origins, "人工添加"),
    evidence: cell,
    action: cell,
    owner: cell,
    status: cell,
    recheckResult: cell,
  });

  it("never duplicates a draft and never changes existing rows (property)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), fc.array(draftArb, { maxLength: 12 }), (existing, drafts) => {
        const snapshot = structuredClone(existing);
        const first = mergeImprovementDrafts(existing, drafts, "2024-03");
        expect(existing).toEqual(snapshot);
        first.rows.slice(0, existing.length).forEach((row, i) => expect(row).toBe(existing[i]));
        const second = mergeImprovementDrafts(first.rows, drafts, "2024-03");
        expect(second.added).toEqual([]);
        expect(new Set(first.added.map((r) => r["id"])).size).toBe(first.added.length);
        const distinctDrafts = new Set(drafts.map((d) => `${d.origin}|${d.subject}`)).size;
        expect(first.added.length).toBeLessThanOrEqual(distinctDrafts);
      }),
    );
  });

  it("never more than maxNew drafted rows added to a month over any number of runs (property)", () => {
    const isDrafted = (r: RecordRow) => r["month"] === "2024-03" && r["origin"] !== "人工添加";
    fc.assert(
      fc.property(fc.array(draftArb, { maxLength: 12 }), fc.integer({ min: 0, max: 5 }), (drafts, maxNew) => {
        let rows: readonly RecordRow[] = [];
        for (let run = 0; run < 3; run += 1) {
          rows = mergeImprovementDrafts(rows, drafts.slice(run * 4), "2024-03", { maxNew }).rows;
        }
        expect(rows.filter(isDrafted).length).toBeLessThanOrEqual(maxNew);
      }),
    );
  });
});
