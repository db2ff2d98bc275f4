import { callTimely, followUpNeeded, recontactDueAt, syncDueAt } from "../../src/domain/followups";
import type { CellValue } from "../../src/domain/schema/types";
import { DEFAULT_RULES } from "../../src/domain/settings";

const rules = DEFAULT_RULES; // overall ≤ 7, sync 24 h, re-contact 3 working days, 售后 3–5, 投诉 1–2, 新客户 ≤ 7
// Mon 2024-01-01 = 45292 … Fri 45296, Sat 45297, Sun 45298, Mon 45299, Tue 45300.
const MON = 45292;

describe("followUpNeeded (DOMAIN §1.3)", () => {
  const cases: [string, { overall?: CellValue; problem?: CellValue }, string][] = [
    ["overall 7", { overall: 7 }, "是"],
    ["overall 1", { overall: 1 }, "是"],
    ["overall 8", { overall: 8 }, "否"],
    ["overall 10 with a problem", { overall: 10, problem: "安装师傅迟到" }, "是"],
    ["overall 9, problem blank", { overall: 9, problem: "" }, "否"],
    ["overall typed as text", { overall: "7" }, "否"],
    ["nothing filled in", {}, "否"],
    ["problem only", { problem: "没解决" }, "是"],
  ];
  it.each(cases)("%s → %s", (_name, call, expected) => {
    expect(followUpNeeded(call, rules)).toBe(expected);
  });

  it("uses the configured threshold", () => {
    expect(followUpNeeded({ overall: 8 }, { ...rules, followUpMaxOverall: 8 })).toBe("是");
  });
});

describe("syncDueAt and recontactDueAt (DOMAIN §1.3, §3.2)", () => {
  const cases: [string, { callDate?: CellValue; needs: CellValue }, number | undefined, number | undefined][] = [
    // sync: 45292.375 + 24/24; re-contact: Mon + 3 working days = Thu 45295.375
    ["Mon 09:00, needs follow-up", { callDate: 45292.375, needs: "是" }, 45292.375 + 24 / 24, 45295.375],
    // sync: Fri 12:00 + 1 day = Sat 12:00; re-contact: Mon, Tue, Wed → Wed 45301.5
    ["Fri 12:00, needs follow-up", { callDate: 45296.5, needs: "是" }, 45296.5 + 24 / 24, 45301.5],
    ["no follow-up needed", { callDate: 45292.375, needs: "否" }, undefined, undefined],
    ["no call date", { needs: "是" }, undefined, undefined],
    ["call date typed as text", { callDate: "2024-01-01", needs: "是" }, undefined, undefined],
  ];
  it.each(cases)("%s", (_name, call, sync, recontact) => {
    expect(syncDueAt(call, rules)).toBe(sync);
    expect(recontactDueAt(call, rules, [])).toBe(recontact);
  });

  it("skips holidays when re-contacting: Mon + 3 with Tue a holiday = Fri", () => {
    expect(recontactDueAt({ callDate: MON, needs: "是" }, rules, [45293])).toBe(45296);
  });
});

describe("callTimely (DOMAIN §3.2)", () => {
  const cases: [string, string | undefined, CellValue, CellValue, number[], string | undefined][] = [
    ["售后闭环, Mon → Wed: 2 working days", "售后闭环", MON, 45294, [], "否"],
    ["售后闭环, Mon → Thu: 3", "售后闭环", MON, 45295, [], "是"],
    ["售后闭环, Mon → next Mon: Tue…Fri + Mon = 5", "售后闭环", MON, 45299, [], "是"],
    ["售后闭环, Mon → next Tue: 6", "售后闭环", MON, 45300, [], "否"],
    ["售后闭环, Mon → Thu with Wed a holiday: 2", "售后闭环", MON, 45295, [45294], "否"],
    ["售后闭环, times of day ignored: Mon 18:00 → Thu 08:00 = 3", "售后闭环", MON + 0.75, 45295 + 8 / 24, [], "是"],
    ["投诉处理, same day: 0", "投诉处理", MON, MON + 0.5, [], "否"],
    ["投诉处理, Mon → Tue: 1", "投诉处理", MON, 45293, [], "是"],
    ["投诉处理, Fri → Tue: Mon, Tue = 2", "投诉处理", 45296, 45300, [], "是"],
    ["投诉处理, Mon → Thu: 3", "投诉处理", MON, 45295, [], "否"],
    ["新客户首次服务, same day: 0 calendar days", "新客户首次服务", MON, MON + 0.9, [], "是"],
    ["新客户首次服务, 7 calendar days", "新客户首次服务", MON, 45299, [], "是"],
    ["新客户首次服务, 8 calendar days", "新客户首次服务", MON, 45300, [], "否"],
    ["新客户首次服务, call before the service", "新客户首次服务", MON, 45291, [], "否"],
    ["定期维护 is always on time", "定期维护", MON, 45400, [], "是"],
    ["重大服务变更 is always on time", "重大服务变更", MON, 45200, [], "是"],
    ["unknown scenario", "其他", MON, 45295, [], undefined],
    ["blank scenario", undefined, MON, 45295, [], undefined],
    ["blank service date", "售后闭环", undefined, 45295, [], undefined],
    ["blank call date", "定期维护", MON, undefined, [], undefined],
    ["call date typed as text", "投诉处理", MON, "2024-01-02", [], undefined],
  ];
  it.each(cases)("%s", (_name, scenario, serviceDate, callDate, holidays, expected) => {
    expect(callTimely({ scenario, serviceDate, callDate }, rules, holidays)).toBe(expected);
  });
});
