/**
 * Which columns hold personal data (DOMAIN.md §4.4, source 004 §4), by the field they are, by their header, or by
 * what they hold. Typed tables: the personal fields of the record tables, and header patterns for the columns a
 * user adds or renames (姓名, 联系人, 电话, 手机, 邮箱, name, phone, email…).
 */
import type { FieldSpec } from "../schema/types";

/** A personal column: names are masked whole (张三 → 张*), contacts word by word and number by number. */
export type PersonalKind = "name" | "contact";

/** How one column is masked in a shareable copy: as a personal column, as an id, as free text, or not at all. */
export type ColumnTreatment = PersonalKind | "idLike" | "text" | "keep";

/**
 * The personal fields of the record tables by key (the same key means the same thing in every table): customer
 * names and contacts, and the staff who handled, reviewed, called back or own a row.
 */
export const PERSONAL_FIELDS: Readonly<Record<string, PersonalKind>> = {
  customerName: "name",
  contact: "contact",
  handler: "name",
  reviewer: "name",
  caller: "name",
  owner: "name",
};

/** Ids are desensitized already (C20240115001, 2024-SVC-001): only a phone, e-mail or ID typed into one is masked. */
const ID_KEY = /^id$|Id$/;

/** Header patterns of personal columns, compared after NFKC, trimming and lower-casing; first match wins. */
export const PERSONAL_HEADERS: readonly { readonly pattern: RegExp; readonly kind: PersonalKind }[] = [
  { pattern: /姓名|名字|称呼|联系人|收件人|报修人|客户名称|^客户$|^用户$/u, kind: "name" },
  { pattern: /电话|手机|座机|联系方式|邮箱|邮件|微信|qq|身份证|证件|住址|地址/u, kind: "contact" },
  {
    pattern: /^(?:customer|client|contact|full|first|last|given|family|user|staff|person|caller|handler)?[ _-]?name$/u,
    kind: "name",
  },
  { pattern: /phone|mobile|\btel\b|e-?mail|contact|wechat|address|id card|passport/u, kind: "contact" },
];

/** The personal kind a column header says, or undefined. */
export function personalKindOfHeader(header: string): PersonalKind | undefined {
  const h = header.normalize("NFKC").trim().toLowerCase();
  if (h === "") return undefined;
  return PERSONAL_HEADERS.find((p) => p.pattern.test(h))?.kind;
}

/**
 * How a record-table field is masked (DOMAIN.md §4.4): a personal field by its kind (the table above, or the
 * schema's `personal` flag as a contact); an id by `idLike`; text, long text and list values (a phone typed into
 * 部门/团队) as free text; numbers, dates and calculated columns are kept.
 */
export function fieldTreatment(field: FieldSpec): ColumnTreatment {
  const kind = PERSONAL_FIELDS[field.key] ?? (field.personal ? "contact" : undefined);
  if (kind) return kind;
  if (ID_KEY.test(field.key)) return "idLike";
  return field.type === "text" || field.type === "longText" || field.type === "list" ? "text" : "keep";
}
