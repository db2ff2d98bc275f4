import { edate, endOfNextMonth, monthOfCell, previousMonth, shiftMonth } from "../../../src/domain/report/month";

// 2024-01-31 = 45322, 2024-02-29 = 45351, 2024-04-30 = 45412, 2024-05-30 = 45442, 2024-12-31 = 45657.

describe("report months (DOMAIN §5, §7)", () => {
  it.each([
    ["2024-03", "2024-02"],
    ["2024-01", "2023-12"],
    ["2000-10", "2000-09"],
  ])("previousMonth(%p) = %p", (month, previous) => {
    expect(previousMonth(month)).toBe(previous);
  });

  it.each([
    ["2024-03", 1, "2024-04"],
    ["2024-12", 1, "2025-01"],
    ["2024-03", -14, "2023-01"],
    ["2024-03", 0, "2024-03"],
  ])("shiftMonth(%p, %p) = %p", (month, offset, expected) => {
    expect(shiftMonth(month, offset)).toBe(expected);
  });

  it.each(["2024-13", "2024-3", "March", ""])("rejects %p", (month) => {
    expect(() => previousMonth(month)).toThrow(RangeError);
  });

  it.each([
    ["2024-03", 45412], // 2024-04-30
    ["2024-01", 45351], // 2024-02-29 (leap year)
    ["2024-11", 45657], // 2024-12-31
  ])("endOfNextMonth(%p) = %p", (month, serial) => {
    expect(endOfNextMonth(month)).toBe(serial);
  });

  it.each([
    [45412, 1, 45442], // 04-30 → 05-30
    [45322, 1, 45351], // 01-31 → 02-29 (clamped)
    [45322.75, 1, 45351], // time dropped
    [45657, 2, 45716], // 2024-12-31 → 2025-02-28
    [45442, -1, 45412], // 05-30 → 04-30
  ])("edate(%p, %p) = %p", (serial, months, expected) => {
    expect(edate(serial, months)).toBe(expected);
  });

  it.each<[string | number | undefined, string | undefined]>([
    ["2024-03", "2024-03"],
    [" 2024-3 ", "2024-03"],
    ["2024/03", "2024-03"],
    ["2024年3月", "2024-03"],
    [45352, "2024-03"], // 2024-03-01, as Excel stores a typed 2024-03
    [45382.5, "2024-03"],
    ["2024-13", undefined],
    ["三月", undefined],
    [undefined, undefined],
    [12, undefined],
  ])("monthOfCell(%p) = %p", (cell, month) => {
    expect(monthOfCell(cell)).toBe(month);
  });
});
