import type { Lang } from "../domain/schema/types";

/** The ribbon command's messages (the task pane has its own catalogues). */
export const RIBBON_MESSAGES = {
  "zh-CN": {
    done: (sheet: string, rate: string, grade: string, drafts: number) =>
      `已生成「${sheet}」:总得分率 ${rate}${grade ? `(${grade})` : ""},新增改进草案 ${drafts} 条。`,
    failed: (reason: string) => `生成月报失败:${reason}`,
    notSetUp: "生成月报失败:工作簿还没有记录表。请先在任务窗格「开始」中设置工作簿。",
    unexpected: "生成月报时出现意外错误,请在任务窗格中重试。",
    tooMany: (records: number) =>
      `工作簿有 ${records} 条记录,从功能区生成可能超过 Excel 对按钮命令的 5 分钟时限。请打开任务窗格(开始 › 服务质量管家),在「月报」中生成,那里没有时间限制。`,
  },
  "en-US": {
    done: (sheet: string, rate: string, grade: string, drafts: number) =>
      `Generated "${sheet}": overall rate ${rate}${grade ? ` (${grade})` : ""}, ${drafts} new improvement drafts.`,
    failed: (reason: string) => `The report could not be generated: ${reason}`,
    notSetUp:
      "The report could not be generated: the workbook has no record tables yet. Set it up in the task pane first.",
    unexpected: "Something unexpected went wrong; please try again from the task pane.",
    tooMany: (records: number) =>
      `The workbook holds ${records} records: from the ribbon the report could run past Excel's 5-minute limit for a button. Open the task pane (Home › Service Quality Desk) and generate it on Report, where there is no time limit.`,
  },
} satisfies Record<Lang, unknown>;
