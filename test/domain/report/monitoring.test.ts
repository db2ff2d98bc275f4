import fc from "fast-check";
import type { KeywordExtractor } from "../../../src/domain/keywords/extract-keywords";
import { monitoringSummary } from "../../../src/domain/report/monitoring";
import { teamOwners, teamsNamedIn } from "../../../src/domain/report/monitoring-owners";
import { responseTarget } from "../../../src/domain/report/targets";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_RULES, DEFAULT_SETTINGS } from "../../../src/domain/settings";

const MAR = 45351; // MAR + d = 2024-03-d
const words: KeywordExtractor = (text) => [...new Set(text.split(/[ ,]+/).filter((w) => w !== ""))];
const none = { improvements: [] };
const group = { team: "A组", stage: "维修", channel: "电话" };

function summary(issues: RecordRow[], feedback: RecordRow[] = []) {
  return monitoringSummary({ issues, feedback, ...none }, DEFAULT_SETTINGS, "2024-03", words);
}

describe("monitoringSummary (DOMAIN §5)", () => {
  it("counts issues by receivedAt and feedback by servedAt in the month only", () => {
    const rows = summary(
      [
        { ...group, receivedAt: MAR + 1 },
        { ...group, receivedAt: MAR + 31.99 },
        { ...group, receivedAt: MAR }, // 02-29
        { ...group, receivedAt: MAR + 32 }, // 04-01 00:00
        { ...group, receivedAt: "2024-03-05" }, // text: no month
      ],
      [{ ...group, servedAt: MAR + 2 }, { ...group }],
    );
    expect(rows.map((r) => [r.issues, r.feedback])).toEqual([[2, 1]]);
  });

  it.each<[string, RecordRow[], Partial<ReturnType<typeof summary>[number]>]>([
    [
      "distinct customers, each blank one counts",
      [
        { customerId: "C1" },
        { customerId: " C1 " },
        { customerId: "C2" },
        { customerId: "" },
        { customerId: undefined },
      ],
      { customers: 4 },
    ],
    [
      "mean response over the issues that have one (rounded seconds)",
      [
        { firstResponseAt: MAR + 5 + 10 / 86400 },
        { firstResponseAt: MAR + 5 + 21 / 86400 },
        { firstResponseAt: undefined },
      ],
      { avgResponseSeconds: 15.5 },
    ],
    [
      "FCR = 是 / (是 + 否), blanks left out",
      [{ firstContactResolved: "是" }, { firstContactResolved: "否" }, { firstContactResolved: "是" }, {}],
      { fcrRate: 2 / 3 },
    ],
    ["no 是/否 at all: no FCR", [{}, {}], { fcrRate: undefined }],
    ["major complaints, 0 when none", [{ urgency: "紧急" }, { urgency: "一般" }], { majorComplaints: 0 }],
    ["major complaints counted", [{ urgency: "重大" }, { urgency: " 重大" }], { majorComplaints: 2 }],
  ])("%s", (_name, issues, expected) => {
    const rows = summary(issues.map((i) => ({ ...group, receivedAt: MAR + 5, ...i })));
    expect(rows[0]).toMatchObject(expected);
  });

  it("a group with feedback only has no issue figures; negative texts give keywords", () => {
    const feedback = [
      { score: 2, text: "慢 差" },
      { score: 3, text: "慢" },
      { score: 4, text: "好" },
      { score: undefined, text: "慢" },
      { score: 1 },
    ].map((f) => ({ ...group, servedAt: MAR + 3, ...f }));
    expect(summary([], feedback)[0]).toMatchObject({
      issues: 0,
      feedback: 5,
      customers: undefined,
      avgResponseSeconds: undefined,
      fcrRate: undefined,
      majorComplaints: undefined,
      avgSatisfaction: 2.5, // (2 + 3 + 4 + 1) / 4
      keywords: ["慢", "差"],
    });
  });

  it("sorts by team, stage, channel in code-point order, blanks last", () => {
    const rows = summary(
      [
        { team: "B", stage: "x", channel: "1" },
        { team: "A", stage: "y", channel: "1" },
        { team: "A", stage: "x" },
        { team: "A", stage: "x", channel: "2" },
        { stage: "x", channel: "1" },
      ].map((g) => ({ ...g, receivedAt: MAR + 1 })),
    );
    expect(rows.map((r) => [r.team, r.stage, r.channel])).toEqual([
      ["A", "x", "2"],
      ["A", "x", undefined],
      ["A", "y", "1"],
      ["B", "x", "1"],
      [undefined, "x", "1"],
    ]);
  });

  it.each<[string | undefined, RecordRow[], { response: boolean; fcr: boolean; satisfaction: boolean }]>([
    ["电话", [{ firstResponseAt: MAR + 5 + 15 / 86400, firstContactResolved: "是" }], noMiss()],
    ["电话", [{ firstResponseAt: MAR + 5 + 16 / 86400 }], { ...noMiss(), response: true }],
    ["APP", [{ firstResponseAt: MAR + 5 + 31 / 86400 }], { ...noMiss(), response: true }],
    ["邮件", [{ firstResponseAt: MAR + 5 + 9999 / 86400 }], noMiss()],
    ["电话", [{ firstContactResolved: "否" }], { ...noMiss(), fcr: true }],
  ])("targets of channel %p", (channel, issues, misses) => {
    const rows = summary(issues.map((i) => ({ ...group, channel, receivedAt: MAR + 5, ...i })));
    expect(rows[0]?.misses).toEqual(misses);
  });

  it("satisfaction target: 4.5 is met, below misses", () => {
    const at = (score: number) => ({ ...group, servedAt: MAR + 2, score });
    expect(summary([], [at(4), at(5)])[0]?.misses.satisfaction).toBe(false);
    expect(summary([], [at(4), at(4), at(5)])[0]?.misses.satisfaction).toBe(true);
  });

  it("the groups partition the month's issues and feedback (property)", () => {
    const cell = fc.constantFrom(undefined, "", "A", "B", " A ");
    const row = fc.record({ team: cell, stage: cell, channel: cell, at: fc.integer({ min: 45340, max: 45390 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.array(row, { maxLength: 40 }), (issueRows, feedbackRows) => {
        const issues = issueRows.map(({ at, ...g }) => ({ ...g, receivedAt: at }));
        const feedback = feedbackRows.map(({ at, ...g }) => ({ ...g, servedAt: at, score: 3 }));
        const rows = summary(issues, feedback);
        const inMarch = (at: number) => at >= MAR + 1 && at < MAR + 32;
        expect(rows.reduce((n, r) => n + r.issues, 0)).toBe(issueRows.filter((r) => inMarch(r.at)).length);
        expect(rows.reduce((n, r) => n + r.feedback, 0)).toBe(feedbackRows.filter((r) => inMarch(r.at)).length);
        const keys = rows.map((r) => JSON.stringify([r.team, r.stage, r.channel]));
        expect(new Set(keys).size).toBe(keys.length);
        expect(rows.every((r) => r.issues + r.feedback > 0)).toBe(true);
      }),
    );
  });
});

function noMiss() {
  return { response: false, fcr: false, satisfaction: false };
}

describe("responseTarget", () => {
  it.each([
    ["在线客服", 30],
    ["APP", 30],
    ["电话", 15],
    ["门店", undefined],
    [undefined, undefined],
  ])("%p → %p", (channel, target) => {
    expect(responseTarget(channel, DEFAULT_RULES)).toBe(target);
  });
});

describe("owners from the improvement plan", () => {
  it.each<[string, string[], string[]]>([
    ["在线客服部 夜班", ["在线客服部", "客服部"], ["在线客服部"]],
    ["客服部与在线客服部", ["客服部", "在线客服部"], ["在线客服部", "客服部"]],
    ["无关", ["在线客服部"], []],
  ])("teamsNamedIn(%p)", (problem, teams, named) => {
    expect(teamsNamedIn(problem, teams)).toEqual(named);
  });

  it("takes the last assigned row of the month per team", () => {
    const rows: RecordRow[] = [
      { month: "2024-03", problem: "A组 一", owner: "甲", dueDate: 1 },
      { month: "2024-03", problem: "A组 二", owner: "乙", dueDate: "下周" },
      { month: "2024-03", problem: "A组 三" },
      { month: "2024-02", problem: "A组 四", owner: "丙" },
      { month: "2024-03", problem: "B组", owner: "丁", dueDate: 7 },
    ];
    expect(teamOwners(rows, "2024-03", ["A组", "B组", "C组"])).toEqual(
      new Map([
        ["A组", { owner: "乙", dueDate: undefined }],
        ["B组", { owner: "丁", dueDate: 7 }],
      ]),
    );
  });
});
