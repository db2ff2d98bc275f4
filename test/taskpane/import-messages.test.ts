import { ImportSourceError } from "../../src/import/errors";
import type { ProblemReason } from "../../src/import/problem-reasons";
import { errorText } from "../../src/taskpane/locale/error-text";
import type { Catalogue } from "../../src/taskpane/locale";
import { enUS } from "../../src/taskpane/locale/en-us";
import { fill } from "../../src/taskpane/locale/format";
import { problemReasonText } from "../../src/taskpane/locale/problem-text";
import { zhCN } from "../../src/taskpane/locale/zh-cn";

/**
 * Every import message of the pane, filled with sample parameters that are neither English nor Chinese (numbers
 * and ①), is all Chinese in zh-CN and has no Chinese in en-US: what remains in another script is data (a header,
 * a value), never the product's own words. Product names that stay as they are in Chinese text are allowed.
 */
const NAMES_IN_CHINESE_TEXT = /UTF-8|Excel|CSV|XLSX|GBK|APP/gi;
const LATIN_WORD = /[A-Za-z]{2,}/;
const HAN = /\p{Script=Han}/u;

/** One sample of every reason (a Record, so a new kind without a sample does not compile). */
const SAMPLES: Record<ProblemReason["kind"], ProblemReason> = {
  badBytes: { kind: "badBytes", count: 3, lines: [2, 4] },
  unbalancedQuote: { kind: "unbalancedQuote" },
  duplicateHeader: { kind: "duplicateHeader", header: "①", columns: ["① (C)", "① (D)"] },
  formulaWithoutValue: { kind: "formulaWithoutValue" },
  notDate: { kind: "notDate", time: false },
  ambiguousDate: { kind: "ambiguousDate" },
  notMonth: { kind: "notMonth" },
  notWhole: { kind: "notWhole", min: 1, max: 5 },
  notSeconds: { kind: "notSeconds" },
  notInList: { kind: "notInList", list: "issueCategory", values: ["①", "②"] },
  duplicateId: { kind: "duplicateId" },
  controlCharacters: { kind: "controlCharacters" },
  cellTooLong: { kind: "cellTooLong", limit: 32767 },
  noValues: { kind: "noValues" },
  required: { kind: "required", field: "①" },
};

const sample = (template: string) => fill(template, new Proxy({}, { get: () => "①", has: () => true }));
const importKeys = (Object.keys(enUS) as (keyof Catalogue)[]).filter((k) => k.startsWith("import"));

test("every import key of zh-CN is Chinese, without English words", () => {
  const english = importKeys
    .map((k) => [k, sample(zhCN[k]).replace(NAMES_IN_CHINESE_TEXT, "")] as const)
    .filter(([, text]) => LATIN_WORD.test(text));
  expect(english).toEqual([]);
  expect(importKeys.length).toBeGreaterThan(60);
});

test("every import key of en-US is without Chinese", () => {
  const chinese = importKeys.map((k) => [k, sample(enUS[k])] as const).filter(([, text]) => HAN.test(text));
  expect(chinese).toEqual([]);
});

test.each(Object.values(SAMPLES))("the reason %j reads in both languages", (reason) => {
  const zh = problemReasonText(reason, zhCN, "zh-CN");
  const en = problemReasonText(reason, enUS, "en-US");
  expect(zh).toMatch(HAN);
  expect(zh.replace(NAMES_IN_CHINESE_TEXT, "")).not.toMatch(LATIN_WORD);
  expect(en).not.toMatch(HAN);
  expect(en).toMatch(LATIN_WORD);
});

test("a value outside a list names the list in the pane's language", () => {
  expect(problemReasonText(SAMPLES.notInList, zhCN, "zh-CN")).toContain("“问题分类”列表");
  expect(problemReasonText(SAMPLES.notInList, enUS, "en-US")).toContain("the Issue category list (①, ②)");
});

describe("import errors in the pane's language", () => {
  const errors: readonly [ImportSourceError, string, string][] = [
    [
      new ImportSourceError({ file: "随便.csv" }, "no header", "headings", { reason: { kind: "noHeader" } }),
      "随便.csv：前 20 行中没有一行包含该表的列名。",
      "随便.csv: no row among the first 20 names a column of the table.",
    ],
    [
      new ImportSourceError({ file: "big.csv" }, "too many", "fewer", {
        reason: { kind: "tooManyRows", limit: 1_048_576 },
      }),
      "big.csv 超过 1,048,576 行，即 Excel 单个工作表的行数上限。请将文件拆分后分别导入。",
      "big.csv has more than 1,048,576 rows, Excel's limit for one sheet. Split the file into parts and import each.",
    ],
    [
      new ImportSourceError({ file: "big.xlsx", sheet: "导出", row: 1_048_577 }, "too many", "fewer", {
        reason: { kind: "tooManyRows", limit: 1_048_576 },
      }),
      "big.xlsx [导出] 第 1,048,577 行超出了 Excel 单个工作表 1,048,576 行的上限。请将文件拆分后分别导入。",
      "big.xlsx [导出] goes past Excel's 1,048,576 rows for one sheet at row 1,048,577. Split the file into parts and import each.",
    ],
    [
      new ImportSourceError({ file: "问卷.xlsx", column: "渠道" }, "taken", "one", {
        reason: { kind: "mappingTaken", field: { zh: "渠道", en: "Channel" }, column: "渠道", owner: "来源" },
      }),
      "问卷.xlsx：“渠道”同时对应了 来源 和 渠道 两列。每个字段只能对应一列。",
      "问卷.xlsx: Channel is mapped to both 来源 and 渠道. Map one column to each field.",
    ],
    [
      new ImportSourceError({ file: "a.csv", column: "F" }, "no column", "a column", {
        reason: { kind: "mappingNoColumn", column: "F" },
      }),
      "a.csv：列对应关系指定的第 F 列在文件中不存在。请重新选择对应关系。",
      "a.csv: the column mapping names column F, which the file does not have. Choose the mapping again.",
    ],
  ];
  test.each(errors)("%s", (error, zh, en) => {
    expect(errorText(zhCN, error, "zh-CN").detail).toBe(zh);
    expect(errorText(enUS, error, "en-US").detail).toBe(en);
  });
});
