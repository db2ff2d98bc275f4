export { calledIssueIds, followUpObligations } from "./followup-todos";
export { improvementObligations } from "./improvement-todos";
export { issueObligations } from "./issue-todos";
export type { Obligation, TodoItem, TodoKind } from "./todo-types";
export { TODO_KINDS } from "./todo-types";
export type { Load, Worklist, WorklistOptions, WorklistTables } from "./worklist";
export { buildWorklist, isLate } from "./worklist";
export { TODO_LABELS } from "./todo-labels";
