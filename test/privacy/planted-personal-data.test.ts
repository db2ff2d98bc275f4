/**
 * Issue 12 acceptance: a workbook with more than 200 planted personal values, in every form people write them, in
 * record fields, extra columns, renamed headers, free text and the import quarantine. The month report (sheet and
 * JSON) and the shareable copy (every cell of every sheet) must hold none of them, and no report keyword may be a
 * name or a number.
 */
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import { freshTable } from "../support/fresh-table";
import { FEEDBACK, FOLLOWUPS, IMPROVEMENTS, ISSUES } from "../../src/domain/schema";
import type { CellValue, RecordRow, TableSpec } from "../../src/domain/schema/types";
import { serialFromParts } from "../../src/domain/serial";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { QUARANTINE_SHEET, quarantineOps } from "../../src/import/quarantine";
import { generateReport, type ReportResult } from "../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { shareWorkbook } from "../../src/use-cases/share-workbook";
import { tableOps } from "../../src/workbook/layout-table";
import { secretCells, secretsIn } from "../support/personal-scan";

jest.setTimeout(120_000);

const SURNAMES = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "桂兰"];
/** A distinct full name per index (张伟, 王伟, … 张芳, …). */
const nameOf = (i: number) => `${SURNAMES[i % 10]}${GIVEN[Math.floor(i / 10) % GIVEN.length]}`;
/** A distinct mainland mobile per index, as its three groups. */
function mobileOf(i: number): [string, string, string] {
  const digits = `1${3 + (i % 7)}${String(100_000_000 + i * 7_919_113).slice(-9)}`;
  return [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)];
}
const fourDigits = (i: number) => String(2000 + ((i * 37) % 7000));
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** An 18-character resident ID with a valid birth date; every third ends with X. */
function residentIdOf(i: number): string {
  const body = `${110101 + i}${1960 + (i % 40)}${String(1 + (i % 12)).padStart(2, "0")}${String(1 + (i % 28)).padStart(2, "0")}${String(100 + i).slice(-3)}`;
  return body + (i % 3 === 0 ? "X" : String(i % 10));
}

interface Planted {
  /** How the value is written in the cell. */
  readonly text: string;
  /** What must never be seen again (compared without separators and width, see `scanForm`). */
  readonly secret: string;
}

/** The forms of personal data planted inside free text, each from an index to a written value and its secret. */
const TEXT_FORMS: readonly (readonly [string, (i: number) => Planted])[] = [
  ["mobile", (i) => ({ text: mobileOf(i).join(""), secret: mobileOf(i).join("") })],
  ["mobile 138.1234.5678", (i) => ({ text: mobileOf(i).join("."), secret: mobileOf(i).join("") })],
  ["mobile 138 - 1234 - 5678", (i) => ({ text: mobileOf(i).join(" - "), secret: mobileOf(i).join("") })],
  ["mobile full width", (i) => ({ text: fullWidth(mobileOf(i).join("")), secret: mobileOf(i).join("") })],
  ["mobile +86", (i) => ({ text: `+86 ${mobileOf(i).join(" ")}`, secret: mobileOf(i).join("") })],
  [
    "mobile 1381234 5678",
    (i) => ({ text: `${mobileOf(i)[0]}${mobileOf(i)[1]} ${mobileOf(i)[2]}`, secret: mobileOf(i).join("") }),
  ],
  [
    "landline (010) 8888-6666",
    (i) => ({ text: `(010) ${fourDigits(i)}-${fourDigits(i + 1)}`, secret: `010${fourDigits(i)}${fourDigits(i + 1)}` }),
  ],
  [
    "landline 0755-8888 6666",
    (i) => ({ text: `0755-${fourDigits(i)} ${fourDigits(i + 2)}`, secret: `0755${fourDigits(i)}${fourDigits(i + 2)}` }),
  ],
  ["resident ID", (i) => ({ text: residentIdOf(i), secret: residentIdOf(i) })],
  ["e-mail", (i) => ({ text: `kefu.user${i}@example.com`, secret: `kefu.user${i}@example.com` })],
  ["internationalized e-mail", (i) => ({ text: `${nameOf(i)}@公司.中国`, secret: `${nameOf(i)}@公司.中国` })],
  ["surname + 女士", (i) => ({ text: `${SURNAMES[i % 10]}女士`, secret: `${SURNAMES[i % 10]}女士` })],
  ["surname + 先生", (i) => ({ text: `${SURNAMES[(i + 3) % 10]}先生`, secret: `${SURNAMES[(i + 3) % 10]}先生` })],
  ["name + 师傅", (i) => ({ text: `${nameOf(i + 40)}师傅`, secret: nameOf(i + 40) })],
  ["小 + surname", (i) => ({ text: `小${SURNAMES[i % 10]}`, secret: `小${SURNAMES[i % 10]}` })],
  ["老 + surname", (i) => ({ text: `老${SURNAMES[(i + 5) % 10]}`, secret: `老${SURNAMES[(i + 5) % 10]}` })],
  ["联系人 + name", (i) => ({ text: `联系人${nameOf(i + 60)}`, secret: nameOf(i + 60) })],
  ["a customer's own name, bare", (i) => ({ text: nameOf(i), secret: nameOf(i) })],
];

const MARCH = (day: number, hour = 9) => serialFromParts(2024, 3, day, hour);
const zhTable = (spec: TableSpec, rows: RecordRow[], extraHeaders: string[] = []) =>
  tableOps(spec, spec.sheet.zh, { rows, extraHeaders, base: freshTable(spec) }, DEFAULT_DIMENSIONS, "zh-CN");

interface Fixture {
  readonly host: XlsxHost;
  readonly planted: readonly (Planted & { readonly form: string })[];
}

/** The workbook: issues, feedback, follow-ups, improvements and a quarantine, each holding planted values. */
async function plantedWorkbook(): Promise<Fixture> {
  const planted: (Planted & { form: string })[] = [];
  const plant = (form: string, p: Planted) => {
    planted.push({ form, ...p });
    return p.text;
  };
  const textOf = (i: number, forms: number[]) =>
    forms
      .map((f) => {
        const entry = TEXT_FORMS[f % TEXT_FORMS.length];
        if (!entry) throw new Error(`no form ${f}`);
        return plant(entry[0], entry[1](i));
      })
      .join("，");

  const issues: RecordRow[] = [];
  for (let i = 0; i < 24; i++) {
    const m = mobileOf(i + 200);
    issues.push({
      id: `2024-SVC-${String(i + 1).padStart(3, "0")}`,
      receivedAt: MARCH(1 + (i % 20)),
      channel: "电话",
      stage: "维修",
      team: i % 6 === 0 ? plant("phone typed into 部门/团队", { text: m.join(""), secret: m.join("") }) : "售后支持组",
      customerId:
        i % 4 === 0
          ? plant("phone in 客户编号", { text: mobileOf(i + 300).join(""), secret: mobileOf(i + 300).join("") })
          : `C20240301${String(i).padStart(3, "0")}`,
      customerName: plant("customerName field", { text: nameOf(i), secret: nameOf(i) }),
      customerType: "个人",
      contact: plant("contact field", {
        text: `${nameOf(i + 100)} ${mobileOf(i + 400).join("-")}`,
        secret: nameOf(i + 100),
      }),
      product: "空调 KFR-35GW",
      description: textOf(i, [i, i + 6]),
      category: "服务态度",
      urgency: i % 8 === 0 ? "重大" : "一般",
      handler: plant("handler field (处理人)", { text: nameOf(i + 20), secret: nameOf(i + 20) }),
      plan: textOf(i + 1, [i + 9]),
      reviewer: plant("reviewer field (方案审核人)", { text: nameOf(i + 30), secret: nameOf(i + 30) }),
      suggestion: textOf(i + 2, [i + 11, i + 13]),
      status: "处理中",
      客户姓名: plant("renamed header 客户姓名", { text: nameOf(i + 110), secret: nameOf(i + 110) }),
      姓名: plant("extra column 姓名", { text: nameOf(i + 120), secret: nameOf(i + 120) }),
      电话: plant("extra column 电话", { text: mobileOf(i + 500).join(" "), secret: mobileOf(i + 500).join("") }),
      name: plant("extra column name", { text: nameOf(i + 130), secret: nameOf(i + 130) }),
      email: plant("extra column email", { text: `guest${i}@mail.example.cn`, secret: `guest${i}@mail.example.cn` }),
      列1: plant("column whose header says nothing", { text: nameOf(i + 140), secret: nameOf(i + 140) }),
      备注: textOf(i + 3, [i + 14, i + 15, i + 16]),
    });
  }
  const feedback: RecordRow[] = [];
  for (let i = 0; i < 40; i++) {
    feedback.push({
      id: `FB-${String(i + 1).padStart(3, "0")}`,
      customerId: `C20240301${String(i).padStart(3, "0")}`,
      servedAt: MARCH(1 + (i % 25), 10),
      team:
        i % 10 === 0
          ? plant("phone typed into 部门/团队", {
              text: mobileOf(i + 600).join(""),
              secret: mobileOf(i + 600).join(""),
            })
          : "在线客服部",
      stage: "维修",
      channel: "电话",
      source: "电话回访",
      score: 1 + (i % 2),
      text: `${textOf(i, [i, i + 5])}态度差，${textOf(i + 7, [i + 12])}响应慢`,
      problemType: "服务态度",
      owner: plant("owner field (责任人)", { text: nameOf(i + 70), secret: nameOf(i + 70) }),
    });
  }
  const followups: RecordRow[] = [];
  for (let i = 0; i < 10; i++) {
    followups.push({
      id: `FU-${String(i + 1).padStart(3, "0")}`,
      issueId: `2024-SVC-${String(i + 1).padStart(3, "0")}`,
      customerName: plant("customerName field", { text: nameOf(i + 150), secret: nameOf(i + 150) }),
      contact: plant("contact field", {
        text: `${fullWidth(mobileOf(i + 700).join(""))}`,
        secret: mobileOf(i + 700).join(""),
      }),
      scenario: "售后闭环",
      serviceDate: MARCH(2 + i),
      callDate: MARCH(4 + i),
      caller: plant("caller field (回访人员)", { text: nameOf(i + 160), secret: nameOf(i + 160) }),
      overall: 5,
      problem: textOf(i + 4, [i + 2]),
    });
  }
  const improvements: RecordRow[] = [1, 2, 3].map((i) => ({
    id: `IMP-202403-0${i}`,
    month: "2024-03",
    origin: "人工添加",
    problem: `售后支持组：${textOf(i + 30, [i])}`,
    owner: plant("owner field (责任人)", { text: nameOf(i + 170), secret: nameOf(i + 170) }),
    status: "进行中",
  }));

  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  const quarantined = [0, 1, 2, 3, 4].map((i) => ({
    sourceRow: i + 2,
    reasons: [{ kind: "noValues" as const }],
    values: [
      plant("quarantine 姓名", { text: nameOf(i + 180), secret: nameOf(i + 180) }),
      plant("quarantine 手机", { text: mobileOf(i + 800).join("."), secret: mobileOf(i + 800).join("") }),
      textOf(i + 40, [i + 3]),
    ] as CellValue[],
  }));
  await host.apply({
    lang: "zh-CN",
    ops: [
      ...zhTable(ISSUES, issues, ["客户姓名", "姓名", "电话", "name", "email", "列1", "备注"]),
      ...zhTable(FEEDBACK, feedback),
      ...zhTable(FOLLOWUPS, followups),
      ...zhTable(IMPROVEMENTS, improvements),
      ...quarantineOps({
        sheet: QUARANTINE_SHEET.zh,
        lang: "zh-CN",
        existing: undefined,
        source: "survey.csv",
        headers: ["客户", "联系方式", "备注"],
        rows: quarantined,
      }),
    ],
  });
  return { host, planted };
}

let fixture: Fixture;
let report: ReportResult;
let copy: XlsxHost;
let secrets: string[];

beforeAll(async () => {
  fixture = await plantedWorkbook();
  secrets = [...new Set(fixture.planted.map((p) => p.secret))];
  report = await generateReport(fixture.host, { month: "2024-03", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  copy = XlsxHost.create();
  await shareWorkbook(fixture.host, copy, "zh-CN", { loadSegmenter: loadJiebaSegmenter });
});

test("the fixture plants at least 200 personal values, in every form, and the scan finds them in the book", async () => {
  expect(fixture.planted.length).toBeGreaterThanOrEqual(200);
  const forms = new Set(fixture.planted.map((p) => p.form));
  for (const [form] of TEXT_FORMS) expect([form, forms.has(form)]).toEqual([form, true]);
  const sheets = (await fixture.host.sheetNames()).filter((s) => s !== report.sheet);
  const seen = new Set(
    (await secretCells(fixture.host, secrets, sheets)).map((c) => c.split(": ")[1]?.split(" in ")[0]),
  );
  expect(secrets.filter((s) => !seen.has(s))).toEqual([]);
});

test("the report sheet holds none of them", async () => {
  expect(await secretCells(fixture.host, secrets, [report.sheet])).toEqual([]);
});

test("the report JSON holds none of them", () => {
  expect(secretsIn(JSON.stringify(report.json), secrets)).toEqual([]);
});

test("the shareable copy holds none of them in any cell of any sheet, report and quarantine included", async () => {
  const sheets = await copy.sheetNames();
  expect(sheets).toEqual(expect.arrayContaining(["问题记录", QUARANTINE_SHEET.zh, report.sheet]));
  expect(await secretCells(copy, secrets)).toEqual([]);
});

test("no report keyword is a name or a number", () => {
  const keywords = [
    ...report.report.topKeywords.map((k) => k.keyword),
    ...report.report.topSuggestions.map((k) => k.keyword),
    ...report.report.monitoring.flatMap((m) => m.keywords),
  ];
  expect(keywords).toContain("态度差");
  const names = new Set([...SURNAMES.flatMap((s) => GIVEN.map((g) => s + g)), ...secrets]);
  const bad = keywords.filter(
    (k) => names.has(k) || /\d|\*/.test(k) || /女士|先生|师傅/.test(k) || /^[小老]./.test(k) || SURNAMES.includes(k),
  );
  expect(bad).toEqual([]);
});
