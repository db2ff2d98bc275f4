import type { enUS } from "./en-us";

/** 任务窗格的中文文案，键与 en-us.ts 一一对应。 */
export const zhCN: typeof enUS = {
  appTitle: "服务质量管家",
  appTagline: "售后服务质量，尽在工作簿中",
  languageLabel: "语言",
  hostExcel: "已连接 Excel",
  hostBrowser: "浏览器模式：未连接 Excel",
  introHeading: "此窗格将提供",
  introSetUp: "建立问题记录、满意度评估、回访记录、反馈明细与改进清单表，并配置下拉列表与校验。",
  introImport: "从 CSV 或 Excel 导入记录，并逐行指出数据质量问题。",
  introScore: "用实时公式计算质量分、处理时限与超时事项。",
  introReport: "生成月度服务质量报告与改进清单。",
};
