import { ISSUES, evaluationsSpec, fieldOf, IMPROVEMENTS } from "../../src/domain/schema";
import type { CellValue, FieldSpec, ListKey } from "../../src/domain/schema/types";
import { serialFromParts } from "../../src/domain/serial";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { createFieldParser, parseDuration, parseWhole } from "../../src/import/parse-values";

const EVALUATIONS = evaluationsSpec(DEFAULT_DIMENSIONS);
const noLists = new Map<ListKey, readonly string[]>();
const parse = (field: FieldSpec, raw: CellValue, lists = noLists) => createFieldParser(field, lists)(raw);

const at1430 = serialFromParts(2024, 3, 5, 14, 30);

describe("date-times (issues.receivedAt)", () => {
  const field = fieldOf(ISSUES, "receivedAt");
  test.each<[CellValue, number]>([
    ["2024-03-05 14:30", at1430],
    ["2024-3-5 14:30", at1430],
    ["2024/3/5 14:30:00", at1430],
    ["2024/03/05 14:30", at1430],
    ["2024年3月5日 14:30", at1430],
    ["2024年3月5日14:30", at1430],
    ["２０２４年３月５日 １４：３０", at1430],
    ["2024年3月5日 14时30分", at1430],
    ["2024/3/5 下午 2:30", at1430],
    ["2024/3/5 上午 12:10", serialFromParts(2024, 3, 5, 0, 10)],
    ["3/15/2024 2:30 PM", serialFromParts(2024, 3, 15, 14, 30)],
    ["15/3/2024 14:30", serialFromParts(2024, 3, 15, 14, 30)],
    ["15.03.2024 14:30", serialFromParts(2024, 3, 15, 14, 30)],
    ["5/5/2024", serialFromParts(2024, 5, 5)],
    ["2024年3月12日 下午3:05", serialFromParts(2024, 3, 12, 15, 5)],
    ["2024年3月12日 上午9:05:30", serialFromParts(2024, 3, 12, 9, 5, 30)],
    ["2024年3月12日 下午3时5分", serialFromParts(2024, 3, 12, 15, 5)],
    ["2024年3月12日 下午3点", serialFromParts(2024, 3, 12, 15, 0)],
    ["2024年3月12日 15点20分10秒", serialFromParts(2024, 3, 12, 15, 20, 10)],
    ["2024-03-05T14:30:00", at1430],
    ["2024.3.5 14:30", at1430],
    ["2024/3/5 14:30:25", serialFromParts(2024, 3, 5, 14, 30, 25)],
    ["20240305", serialFromParts(2024, 3, 5)],
    ["2024-03-05", serialFromParts(2024, 3, 5)],
    [45356.5, 45356.5],
    ["45356.5", 45356.5],
  ])("%p", (raw, serial) => {
    const parsed = parse(field, raw);
    expect(parsed.ok).toBe(true);
    expect(parsed.value).toBeCloseTo(serial, 9);
  });

  test.each<[CellValue, CellValue]>([
    ["昨天下午", "昨天下午"],
    ["2024/13/5", "2024/13/5"],
    ["2024-02-30", "2024-02-30"],
    ["12", "12"],
    [12, "12"],
    ["2024-03-05 25:00", "2024-03-05 25:00"],
  ])("%p is not a date: kept as its text and reported", (raw, kept) => {
    const parsed = parse(field, raw);
    expect(parsed).toEqual({
      ok: false,
      value: kept,
      expected: expect.stringContaining("a date and time"),
      reason: { kind: "notDate", time: true },
    });
  });
});

test.each(["05/03/2024", "3/5/2024 2:30 PM", "12/1/2024"])(
  "%p could be either day first or month first: reported",
  (raw) => {
    const parsed = parse(fieldOf(ISSUES, "receivedAt"), raw);
    expect(parsed).toEqual({
      ok: false,
      value: raw,
      expected: expect.stringContaining("cannot be taken the wrong way round"),
      reason: { kind: "ambiguousDate" },
    });
  },
);

test("a date field keeps the day of a date-time", () => {
  expect(parse(fieldOf(EVALUATIONS, "serviceDate"), "2024/3/5 14:30:25")).toEqual({ ok: true, value: 45356 });
});

describe("durations (evaluations.fillSeconds)", () => {
  const field = fieldOf(EVALUATIONS, "fillSeconds");
  test.each<[CellValue, number]>([
    ["45秒", 45],
    ["125秒", 125],
    ["2分10秒", 130],
    ["2分钟", 120],
    ["1小时2分3秒", 3723],
    ["1:20", 80],
    ["1:02:03", 3723],
    ["125", 125],
    ["１２５秒", 125],
    ["90 s", 90],
    [30, 30],
  ])("%p is %p s", (raw, seconds) => {
    expect(parse(field, raw)).toEqual({ ok: true, value: seconds });
  });

  test.each(["很快", "-5", "1:75", "秒"])("%p is reported", (raw) => {
    expect(parse(field, raw)).toMatchObject({ ok: false, value: raw });
  });

  test("the parser alone", () => {
    expect(parseDuration("2分10秒")).toBe(130);
    expect(parseDuration("abc")).toBeUndefined();
  });
});

describe("scores (a whole number from 1 to 5)", () => {
  const field = fieldOf(EVALUATIONS, "d_response");
  test.each<[CellValue, number]>([
    ["５", 5],
    ["5分", 5],
    ["4.0", 4],
    [3, 3],
    [" 4 ", 4],
    ["1 points", 1],
  ])("%p is %p", (raw, score) => {
    expect(parse(field, raw)).toEqual({ ok: true, value: score });
  });

  test.each<[CellValue, string]>([
    ["4.5", "4.5"],
    ["6", "6"],
    ["0", "0"],
    ["很好", "很好"],
    [4.5, "4.5"],
    [6, "6"],
  ])("%p is kept as the text %p and reported", (raw, kept) => {
    expect(parse(field, raw)).toEqual({
      ok: false,
      value: kept,
      expected: "a whole number from 1 to 5 (5, ５, 5分 or 4.0)",
      reason: { kind: "notWhole", min: 1, max: 5 },
    });
  });
});

describe("yes/no and other lists, with synonyms", () => {
  const fcr = fieldOf(ISSUES, "firstContactResolved");
  test.each<[string, string]>([
    ["是", "是"],
    ["Y", "是"],
    ["y", "是"],
    ["yes", "是"],
    ["√", "是"],
    ["否", "否"],
    ["N", "否"],
    ["×", "否"],
    ["false", "否"],
  ])("是否一次解决 %p is %p", (raw, value) => {
    expect(parse(fcr, raw)).toEqual({ ok: true, value });
  });

  test.each<[string, string, string]>([
    ["channel", "热线", "电话"],
    ["channel", "app", "APP"],
    ["channel", " 在线客服 ", "在线客服"],
    ["urgency", "加急", "紧急"],
    ["urgency", "严重", "重大"],
    ["customerType", "公司", "企业"],
  ])("%s %p is %p", (key, raw, value) => {
    expect(parse(fieldOf(ISSUES, key), raw)).toEqual({ ok: true, value });
  });

  test("a value outside the list is kept and reported", () => {
    expect(parse(fcr, "也许")).toEqual({
      ok: false,
      value: "也许",
      expected: "a value of the Yes/No list (是, 否)",
      reason: { kind: "notInList", list: "yesNo", values: ["是", "否"] },
    });
  });

  test("the workbook's own list decides: a value a user added is accepted, a synonym of a removed value is not", () => {
    const lists = new Map<ListKey, readonly string[]>([["channel", ["电话", "视频客服"]]]);
    const channel = fieldOf(ISSUES, "channel");
    expect(parse(channel, "视频客服", lists)).toEqual({ ok: true, value: "视频客服" });
    expect(parse(channel, "热线", lists)).toEqual({ ok: true, value: "电话" });
    expect(parse(channel, "在线", lists)).toMatchObject({ ok: false, value: "在线" });
  });
});

describe("text stays text, exactly", () => {
  const field = fieldOf(ISSUES, "description");
  test.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=2", "  spaced  "])("%p", (raw) => {
    expect(parse(field, raw)).toEqual({ ok: true, value: raw });
  });
  test("a number in a text field becomes its text", () => {
    expect(parse(fieldOf(ISSUES, "customerId"), 1023)).toEqual({ ok: true, value: "1023" });
  });
  test("blank is no data", () => {
    expect(parse(field, "   ")).toEqual({ ok: true, value: undefined });
    expect(parse(field, undefined)).toEqual({ ok: true, value: undefined });
  });
});

describe("months (improvements.month)", () => {
  const field = fieldOf(IMPROVEMENTS, "month");
  test.each<[CellValue, string]>([
    ["2024-03", "2024-03"],
    ["2024/3", "2024-03"],
    ["2024年3月", "2024-03"],
    ["2024-03-15", "2024-03"],
    [45356, "2024-03"],
  ])("%p is %p", (raw, month) => {
    expect(parse(field, raw)).toEqual({ ok: true, value: month });
  });
  test("2024-13 is reported", () => {
    expect(parse(field, "2024-13")).toMatchObject({ ok: false, value: "2024-13" });
  });
});

describe("numbers with group separators and decimal commas", () => {
  test.each<[string, boolean, number | undefined]>([
    ["1,234", false, 1234],
    ["12,345.5", false, 12345.5],
    ["1,234,567", false, 1234567],
    ["4,0", false, undefined],
    ["12,34", false, undefined],
    ["4,0", true, 4],
    ["1.234,5", true, 1234.5],
    ["1234,5", true, 1234.5],
    ["1,234.5", true, undefined],
  ])("duration %p (decimal comma: %p)", (text, decimalComma, seconds) => {
    expect(parseDuration(text, decimalComma)).toBe(seconds);
  });

  test.each<[string, boolean, number | undefined]>([
    ["4,0", true, 4],
    ["4,0分", true, 4],
    ["4,5", true, undefined],
    ["4,0", false, undefined],
  ])("score %p (decimal comma: %p)", (text, decimalComma, score) => {
    expect(parseWhole(text, 1, 5, decimalComma)).toBe(score);
  });
});
