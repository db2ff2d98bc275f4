/**
 * The suggested 责任部门 of an improvement draft (DOMAIN.md §7): by problem category, editable.
 */

/** A topic (issue category, feedback problem type or dimension label) → department, with a fallback. */
export interface OwnerDeptMapping {
  readonly byTopic: ReadonlyMap<string, string>;
  readonly fallback: string;
}

/** DOMAIN.md §7: 产品质量→产品部, 技术支持→技术部, 物流配送→物流部, 服务态度/响应速度→客服部, else 客服部. */
export const DEFAULT_OWNER_DEPTS: OwnerDeptMapping = {
  byTopic: new Map([
    ["产品质量", "产品部"],
    ["技术支持", "技术部"],
    ["物流配送", "物流部"],
    ["服务态度", "客服部"],
    ["响应速度", "客服部"],
  ]),
  fallback: "客服部",
};

/** The department for a topic (DOMAIN.md §7); the fallback for a blank or unmapped topic. */
export function ownerDeptFor(topic: string | undefined, mapping: OwnerDeptMapping = DEFAULT_OWNER_DEPTS): string {
  return (topic === undefined ? undefined : mapping.byTopic.get(topic)) ?? mapping.fallback;
}
