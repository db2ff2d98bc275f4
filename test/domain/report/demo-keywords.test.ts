/**
 * Issue 12: masking personal data before counting keywords leaves the demo report's keywords as they were. The
 * values below are the demo workbook's keywords (`cli demo`, seed "demo", 300 issues) as reported before the
 * privacy filter existed, written down literally.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { monthReport, type MonthReport } from "../../../src/domain/report/month-report";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { DEMO_ISSUES } from "../../../src/demo/demo-seed";
import { readWorkbookState } from "../../../src/use-cases/read-workbook";

jest.setTimeout(120_000);

interface DemoKeywords {
  readonly top: readonly (readonly [string, number])[];
  readonly suggestions: readonly (readonly [string, number])[];
  /** Each monitoring row's keywords joined by 、 ("" for none). */
  readonly monitoring: readonly string[];
}

const BEFORE_MASKING: Readonly<Record<string, DemoKeywords>> = {
  "2024-01": {
    top: [
      ["流程繁琐", 6],
      ["上门", 5],
      ["及时", 5],
      ["响应", 5],
      ["态度差", 5],
    ],
    suggestions: [
      ["增加", 18],
      ["重复维修", 14],
      ["上门", 12],
    ],
    monitoring: [
      "流程繁琐、一堆、信息",
      "上门、未提前告知、一致",
      "",
      "",
      "",
      "上门、及时、响应",
      "上门、互相推诿、到账慢",
      "响应慢、报修、有人",
      "上门、及时、响应",
      "态度差、不耐烦、两句",
      "",
      "卫生、安装、打扫",
      "不买、再也、响应慢",
      "一个月、互相推诿、产品质量",
      "回复、上门迟到、二次上门",
      "",
      "专业、尊重、态度差",
      "一堆、信息、失望",
      "专业、保养、响应慢",
    ],
  },
  "2024-02": {
    top: [
      ["态度差", 7],
      ["流程繁琐", 7],
      ["很冲", 5],
      ["说话", 5],
      ["及时", 4],
    ],
    suggestions: [
      ["上门", 11],
      ["流程", 10],
      ["规范", 10],
    ],
    monitoring: [
      "",
      "同一个、回复、备件不足",
      "",
      "一致、专业、前后",
      "上门迟到、人工、失望",
      "打断、没耐心、说完",
      "流程繁琐、一堆、信息",
      "上门、不耐烦、两句",
      "上门迟到、二次上门、修好",
      "",
      "人工、很冲、态度差",
      "响应慢、在线、很冲",
      "专业、同一个、很快",
      "",
      "到账慢、失望、审核",
      "一个月、产品质量、到账慢",
      "很冲、态度差、说话",
    ],
  },
  "2024-03": {
    top: [
      ["响应慢", 4],
      ["没耐心", 4],
      ["二次上门", 3],
      ["报修", 3],
      ["讲解", 3],
    ],
    suggestions: [
      ["增加", 13],
      ["加强", 8],
      ["流程", 8],
    ],
    monitoring: [
      "",
      "敷衍、没耐心、讲解",
      "",
      "专业、很快、打断",
      "",
      "一堆、专业、保养",
      "上门迟到、小时、服务态度",
      "上门、及时、响应",
      "上门、二次上门、时间",
      "二次上门、修好、第一次",
      "一个月、产品质量、审批",
      "",
      "",
      "售后、总是、热线",
      "",
      "",
      "二次上门、修好、到账慢",
      "响应慢、回复、打断",
      "卫生、及时、响应",
    ],
  },
};

const reports = new Map<string, MonthReport>();

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sqd-demo-kw-")), "demo.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: DEMO_ISSUES, seed: "demo" } });
  const state = await readWorkbookState(await XlsxHost.load(readFileSync(file)), "zh-CN");
  const records = (k: keyof typeof state.tables) => state.tables[k]?.records ?? [];
  const tables = {
    issues: records("issues"),
    evaluations: records("evaluations"),
    followups: records("followups"),
    feedback: records("feedback"),
    improvements: records("improvements"),
  };
  const segmenter = loadJiebaSegmenter(state.lists.get("lexicon") ?? []);
  for (const month of Object.keys(BEFORE_MASKING)) {
    reports.set(
      month,
      monthReport(tables, state.parsed.settings, month, segmenter, state.lists.get("stopWords") ?? []),
    );
  }
});

test.each(Object.keys(BEFORE_MASKING))("the demo report of %s keeps its keywords", (month) => {
  const report = reports.get(month);
  expect({
    top: report?.topKeywords.map((k) => [k.keyword, k.count]),
    suggestions: report?.topSuggestions.map((k) => [k.keyword, k.count]),
    monitoring: report?.monitoring.map((m) => m.keywords.join("、")),
  }).toEqual(BEFORE_MASKING[month]);
});
