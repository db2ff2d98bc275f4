import type { Lang } from "../domain/schema/types";

/** The ribbon command's messages (the task pane has its own catalogues). */
export const RIBBON_MESSAGES = {
  "zh-CN": {
    done: (sheet: string, rate: string, grade: string, drafts: number) =>
      `已生成「${sheet}」:总得分率 ${rate}${grade ? `(${grade})` : ""},新增改进草案 ${drafts} 条。`,
    failed: (reason: string) => `生成月报失败:${reason}`,
    notSetUp: "生成月报失败:工作簿还没有记录表。请先在任务窗格「开始」中设置工作簿。",
    unexpected: "生成月报时出现意外错误,请在任务窗格中重试。",
  },
  "en-US": {
    done: (sheet: string, rate: string, grade: string, drafts: number) =>
      `Generated "${sheet}": overall rate ${rate}${grade ? ` (${grade})` : ""}, ${drafts} new improvement drafts.`,
    failed: (reason: string) => `The report could not be generated: ${reason}`,
    notSetUp:
      "The report could not be generated: the workbook has no record tables yet. Set it up in the task pane first.",
    unexpected: "Something unexpected went wrong; please try again from the task pane.",
  },
} satisfies Record<Lang, unknown>;
