import type { TodoKind } from "./todo-types";

/** Each worklist group's heading (DOMAIN.md §3; sources 002 steps 3–5, 003 §2.5, 000 §2.4). */
export const TODO_LABELS: Readonly<Record<TodoKind, { readonly zh: string; readonly en: string }>> = {
  majorNoResponse: { zh: "重大问题未首次响应(4小时)", en: "Major issues without a first response (4 h)" },
  slaUrgent: { zh: "紧急问题处理时限(24小时)", en: "Urgent issues past or near their SLA (24 h)" },
  slaNormal: { zh: "一般问题处理时限(3个工作日)", en: "Normal issues past or near their SLA (3 working days)" },
  unsatisfiedNotReopened: { zh: "不满意未重新处理", en: "Dissatisfied results not reopened" },
  satisfactionCall: { zh: "完成后满意度回访(3个工作日)", en: "Satisfaction calls after completion (3 working days)" },
  followUpHandOver: { zh: "回访需跟进:同步责任部门(24小时)", en: "Follow-ups to hand over to the department (24 h)" },
  followUpRecontact: {
    zh: "回访需跟进:再次联系客户(3个工作日)",
    en: "Follow-ups to re-contact the customer (3 working days)",
  },
  improvementDue: { zh: "改进措施到期", en: "Improvement measures due" },
  recheckDue: { zh: "改进复评到期", en: "Re-checks due" },
};
