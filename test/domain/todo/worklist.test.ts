import { buildWorklist } from "../../../src/domain/todo";
import type { TodoItem, WorklistTables } from "../../../src/domain/todo";
import type { RecordRow } from "../../../src/domain/schema/types";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";
import type { Settings } from "../../../src/domain/settings";

// Calendar (Excel serials, worked by hand from 2024-01-01 = 45292, a Monday):
// Thu 01-04 = 45295, Fri 01-05 = 45296, Sat 01-06 = 45297, Sun 01-07 = 45298, Mon 01-08 = 45299,
// Tue 01-09 = 45300, Wed 01-10 = 45301, Thu 01-11 = 45302, Fri 01-12 = 45303; Wed 01-31 = 45322,
// Fri 02-02 = 45324, Thu 02-29 = 45351.
const H = 1 / 24;
const TUE_HOLIDAY = 45300;
const withHoliday: Settings = { ...DEFAULT_SETTINGS, holidays: [TUE_HOLIDAY] };

const none: WorklistTables = { issues: [], followups: [], improvements: [] };
const tables = (t: Partial<WorklistTables>): WorklistTables => ({ ...none, ...t });

function only(items: readonly TodoItem[]): TodoItem {
  expect(items).toHaveLength(1);
  return items[0] as TodoItem;
}

describe("issues past or near their SLA (002 step 3)", () => {
  // 一般, received Fri 01-05 10:00. Working days after it: Mon 01-08 (1), Tue 01-09 is the holiday,
  // Wed 01-10 (2), Thu 01-11 (3) → due Thu 01-11 10:00 = 45302 + 10 h.
  const normal: RecordRow = {
    id: "2024-SVC-001",
    urgency: "一般",
    receivedAt: 45296 + 10 * H,
    handler: "王工",
    team: "售后支持组",
  };

  it("一般 over a weekend and a holiday: due Thu 10:00, listed 1 h before as near", () => {
    const item = only(buildWorklist(tables({ issues: [normal] }), withHoliday, 45302 + 9 * H).items);
    expect(item).toMatchObject({ kind: "slaNormal", id: "2024-SVC-001", owner: "王工", team: "售后支持组" });
    expect(item.deadline).toBeCloseTo(45302 + 10 * H, 9);
    expect(item.late).toBeCloseTo(-1 * H, 9); // 1 h still to go
  });

  it("一般 one day late on Fri 01-12 10:00", () => {
    const item = only(buildWorklist(tables({ issues: [normal] }), withHoliday, 45303 + 10 * H).items);
    expect(item.late).toBeCloseTo(1, 9);
  });

  it("without the holiday the same issue is due Wed 01-10 10:00 (Mon, Tue, Wed)", () => {
    const item = only(buildWorklist(tables({ issues: [normal] }), DEFAULT_SETTINGS, 45301 + 12 * H).items);
    expect(item.deadline).toBeCloseTo(45301 + 10 * H, 9);
    expect(item.late).toBeCloseTo(2 * H, 9);
  });

  it("is not listed two days before its deadline, nor once completed, nor when closed", () => {
    expect(buildWorklist(tables({ issues: [normal] }), withHoliday, 45299 + 10 * H).items).toEqual([]);
    const completed = { ...normal, completedAt: 45303, satisfaction: 5 };
    expect(buildWorklist(tables({ issues: [completed] }), withHoliday, 45303 + 10 * H).items).toEqual([]);
    const closed = { ...normal, status: "已关闭" };
    expect(buildWorklist(tables({ issues: [closed] }), withHoliday, 45303 + 10 * H).items).toEqual([]);
  });

  it("紧急 counts calendar hours through the weekend: Sat 22:00 + 24 h = Sun 22:00, 10 h late at Mon 08:00", () => {
    const urgent = { id: "U1", urgency: "紧急", receivedAt: 45297 + 22 * H, ownerDept: "技术部" };
    const item = only(buildWorklist(tables({ issues: [urgent] }), withHoliday, 45299 + 8 * H).items);
    expect(item).toMatchObject({ kind: "slaUrgent", owner: "技术部" });
    expect(item.deadline).toBeCloseTo(45298 + 22 * H, 9);
    expect(item.late).toBeCloseTo(10 * H, 9);
  });

  it("重大 without a first response: Fri 18:00 + 4 h = 22:00, 1 h late at 23:00; none once responded", () => {
    const major: RecordRow = { id: "M1", urgency: "重大", receivedAt: 45296 + 18 * H };
    const item = only(buildWorklist(tables({ issues: [major] }), DEFAULT_SETTINGS, 45296 + 23 * H).items);
    expect(item.kind).toBe("majorNoResponse");
    expect(item.deadline).toBeCloseTo(45296 + 22 * H, 9);
    expect(item.late).toBeCloseTo(1 * H, 9);
    const responded = { ...major, firstResponseAt: 45296 + 19 * H };
    expect(buildWorklist(tables({ issues: [responded] }), DEFAULT_SETTINGS, 45296 + 23 * H).items).toEqual([]);
  });
});

describe("completed issues owing a satisfaction call (002 step 5)", () => {
  // Completed Thu 01-04 15:00; 3 working days: Fri 01-05 (1), Mon 01-08 (2), Tue 01-09 holiday, Wed 01-10 (3)
  // → due Wed 01-10 15:00 = 45301 + 15 h; at Thu 01-11 09:00 it is 18 h late.
  const done: RecordRow = {
    id: "2024-SVC-002",
    urgency: "一般",
    receivedAt: 45295 + 9 * H,
    completedAt: 45295 + 15 * H,
    status: "已完成",
    handler: "李工",
  };
  const asOf = 45302 + 9 * H;

  it("is due 3 working days after completion, skipping the weekend and the holiday", () => {
    const item = only(buildWorklist(tables({ issues: [done] }), withHoliday, asOf).items);
    expect(item.kind).toBe("satisfactionCall");
    expect(item.deadline).toBeCloseTo(45301 + 15 * H, 9);
    expect(item.late).toBeCloseTo(18 * H, 9);
  });

  it("is done by a recorded 客户满意度 or by a follow-up call on the issue", () => {
    expect(buildWorklist(tables({ issues: [{ ...done, satisfaction: 5 }] }), withHoliday, asOf).items).toEqual([]);
    const call = { id: "F1", issueId: "2024-SVC-002", callDate: 45301, overall: 9 };
    expect(buildWorklist(tables({ issues: [done], followups: [call] }), withHoliday, asOf).items).toEqual([]);
    const noDate = { ...call, callDate: undefined };
    expect(buildWorklist(tables({ issues: [done], followups: [noDate] }), withHoliday, asOf).items).toHaveLength(1);
  });
});

describe("不满意 results not reopened (DOMAIN §1.1)", () => {
  const cases: [string, RecordRow, number][] = [
    ["3 and 已完成 → listed", { id: "A", satisfaction: 3, status: "已完成" }, 1],
    ["1 and 已关闭 → listed", { id: "B", satisfaction: 1, status: "已关闭" }, 1],
    ["3 and reopened (处理中) → not listed", { id: "C", satisfaction: 3, status: "处理中" }, 0],
    ["4 (基本满意) → not listed", { id: "D", satisfaction: 4, status: "已完成" }, 0],
  ];
  it.each(cases)("%s", (_name, issue, count) => {
    const items = buildWorklist(tables({ issues: [issue] }), DEFAULT_SETTINGS, 45302).items;
    expect(items).toHaveLength(count);
    if (count === 1)
      expect(items[0]).toMatchObject({ kind: "unsatisfiedNotReopened", deadline: undefined, late: undefined });
  });
});

describe("follow-ups needing hand-over or re-contact (003 §2.5)", () => {
  // Call Fri 01-05 16:00 with overall 6 (≤ 7 needs follow-up).
  const call: RecordRow = { id: "HF-1", callDate: 45296 + 16 * H, overall: 6, caller: "赵敏" };

  it("hand-over within 24 h: due Sat 01-06 16:00, 41 h late at Mon 01-08 09:00", () => {
    const item = only(buildWorklist(tables({ followups: [call] }), withHoliday, 45299 + 9 * H).items);
    expect(item).toMatchObject({ kind: "followUpHandOver", table: "followups", owner: "赵敏" });
    expect(item.deadline).toBeCloseTo(45297 + 16 * H, 9);
    expect(item.late).toBeCloseTo(41 * H, 9); // Sat 16:00 → Mon 09:00 = 24 + 17 h
  });

  it("re-contact within 3 working days once the department acted: Mon (1), Tue holiday, Wed (2), Thu 01-11 16:00 (3)", () => {
    const handed = { ...call, resolution: "已更换配件" };
    expect(buildWorklist(tables({ followups: [handed] }), withHoliday, 45299 + 9 * H).items).toEqual([]);
    const item = only(
      buildWorklist(tables({ followups: [handed] }), withHoliday, 45299 + 9 * H, { withinDays: 4 }).items,
    );
    expect(item.kind).toBe("followUpRecontact");
    expect(item.deadline).toBeCloseTo(45302 + 16 * H, 9);
    expect(item.late).toBeCloseTo(-(3 + 7 * H), 9); // Mon 09:00 → Thu 16:00 = 3 days 7 h to go
  });

  it("a problem alone needs follow-up; a good call or a closed one does not", () => {
    const asOf = 45299 + 9 * H;
    const problem = { id: "HF-2", callDate: 45296 + 16 * H, overall: 9, problem: "师傅迟到" };
    expect(buildWorklist(tables({ followups: [problem] }), withHoliday, asOf).items).toHaveLength(1);
    const good = { id: "HF-3", callDate: 45296 + 16 * H, overall: 8 };
    const closed = { ...call, closedAt: 45299 };
    expect(buildWorklist(tables({ followups: [good, closed] }), withHoliday, asOf).items).toEqual([]);
  });
});

describe("improvement measures and re-checks due (000 §2.4)", () => {
  it("a measure due Wed 01-31 is 2 whole days late on Fri 02-02 10:00", () => {
    const row = { id: "IMP-202401-01", status: "进行中", dueDate: 45322, owner: "周经理", ownerDept: "客服部" };
    const item = only(buildWorklist(tables({ improvements: [row] }), DEFAULT_SETTINGS, 45324 + 10 * H).items);
    expect(item).toMatchObject({
      kind: "improvementDue",
      allDay: true,
      deadline: 45322,
      late: 2,
      owner: "周经理",
      team: "客服部",
    });
  });

  it("a finished measure's re-check dated Thu 02-29 is due that day (late 0), done once a result is written", () => {
    const row = { id: "IMP-202401-02", status: "已完成", dueDate: 45322, recheckDate: 45351 };
    const item = only(buildWorklist(tables({ improvements: [row] }), DEFAULT_SETTINGS, 45351 + 15 * H).items);
    expect(item).toMatchObject({ kind: "recheckDue", deadline: 45351, late: 0 });
    const rechecked = { ...row, recheckResult: "得分率回升至 82%" };
    const verified = { ...row, status: "已验证" };
    expect(buildWorklist(tables({ improvements: [rechecked, verified] }), DEFAULT_SETTINGS, 45352).items).toEqual([]);
  });
});

describe("grouping and counts", () => {
  it("orders by kind, the latest first, and counts per kind, owner and team", () => {
    const issues: RecordRow[] = [
      { id: "N1", urgency: "一般", receivedAt: 45292 + 9 * H, handler: "王工", team: "在线客服部" }, // due Thu 01-04 09:00
      { id: "N2", urgency: "一般", receivedAt: 45293 + 9 * H, handler: "王工", team: "在线客服部" }, // due Fri 01-05 09:00
      { id: "U1", urgency: "紧急", receivedAt: 45296 + 8 * H, handler: "李工", team: "售后支持组" }, // due Sat 01-06 08:00
      { id: "M1", urgency: "重大", receivedAt: 45296 + 9 * H, team: "售后支持组" }, // due Fri 01-05 13:00
    ];
    // as of Fri 01-05 12:00: N1 27 h late, N2 3 h late, U1 due in 20 h, M1 due in 1 h.
    const list = buildWorklist(tables({ issues }), DEFAULT_SETTINGS, 45296 + 12 * H);
    expect(list.items.map((i) => i.id)).toEqual(["M1", "U1", "N1", "N2"]);
    expect(list.byKind).toMatchObject({ majorNoResponse: 1, slaUrgent: 1, slaNormal: 2, satisfactionCall: 0 });
    expect(list.byOwner).toEqual([
      { name: "王工", total: 2, late: 2 },
      { name: "李工", total: 1, late: 0 },
      { name: undefined, total: 1, late: 0 },
    ]);
    expect(list.byTeam).toEqual([
      { name: "在线客服部", total: 2, late: 2 }, // equal totals: the more late items first
      { name: "售后支持组", total: 2, late: 0 },
    ]);
  });
});
