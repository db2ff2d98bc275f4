/**
 * Issue 12: masking personal data before counting keywords leaves the demo report's keywords as they were. The
 * values below are the demo workbook's keywords (`cli demo`, seed "demo", 300 issues) counted without the privacy
 * filter, written down literally (recounted when issue 15 dropped filler such as 上门, 及时, 报修, 讲解, 一堆 and
 * added unsatisfied evaluations' comments and follow-up problems to the problem keywords, and counted suggestions as
 * phrases, and again when the demo began reopening every 不满意 issue).
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
      ["响应慢", 12],
      ["流程繁琐", 12],
      ["态度差", 10],
      ["配件", 10],
      ["专业", 9],
    ],
    suggestions: [
      ["响应及时", 11],
      ["师傅很专业", 9],
      ["增加备件库存", 8],
    ],
    monitoring: [
      "流程繁琐、信息、响应",
      "未提前告知、一致、专业",
      "",
      "",
      "",
      "响应、安排、当天",
      "互相推诿、到账慢、响应",
      "响应慢、有人、第二天",
      "响应、多收、安排",
      "态度差、不耐烦、两句",
      "",
      "卫生、安装、打扫",
      "不买、再也、响应慢",
      "一个月、互相推诿、产品质量",
      "回复、上门迟到、二次上门",
      "",
      "专业、尊重、态度差",
      "信息、失望、流程繁琐",
      "专业、保养、响应慢",
    ],
  },
  "2024-02": {
    top: [
      ["态度差", 9],
      ["流程繁琐", 9],
      ["很冲", 7],
      ["热线", 7],
      ["响应慢", 6],
    ],
    suggestions: [
      ["建立重复维修预警机制", 8],
      ["响应及时", 7],
      ["优化报修流程", 6],
    ],
    monitoring: [
      "",
      "同一个、回复、备件不足",
      "",
      "一致、专业、前后",
      "上门迟到、人工、失望",
      "打断、没耐心、说完",
      "流程繁琐、信息、响应",
      "不耐烦、两句、到账慢",
      "上门迟到、二次上门、修好",
      "",
      "人工、很冲、态度差",
      "响应慢、在线、很冲",
      "专业、同一个、很快",
      "",
      "到账慢、失望、审核",
      "一个月、产品质量、到账慢",
      "很冲、态度差、late",
    ],
  },
  "2024-03": {
    top: [
      ["响应慢", 7],
      ["流程繁琐", 7],
      ["二次上门", 5],
      ["未提前告知", 5],
      ["没耐心", 5],
    ],
    suggestions: [
      ["加强上门人员服务规范培训", 9],
      ["分钟", 8],
      ["确认", 8],
    ],
    monitoring: [
      "",
      "敷衍、没耐心、问多",
      "",
      "专业、很快、打断",
      "",
      "专业、保养、信息",
      "上门迟到、服务态度、耐心",
      "响应、响应慢、回复",
      "二次上门、时间、未提前告知",
      "二次上门、修好、第一次",
      "一个月、产品质量、审批",
      "",
      "",
      "售后、热线、联系不上",
      "",
      "",
      "二次上门、修好、到账慢",
      "响应慢、回复、打断",
      "卫生、响应、响应慢",
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
