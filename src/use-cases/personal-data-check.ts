/**
 * validate's personal-data check (DOMAIN.md §4.4, issue 12): a column that holds names, phone numbers, ID numbers
 * or e-mails but is not known as personal data — its header was renamed (客户名称 → 客户) or cleared, or it is a
 * user's column — is named with its sheet and column, so the user can give it a header that says what it is.
 */
import { sniffPersonalColumn } from "../domain/privacy/column-sniff";
import { fieldTreatment, personalKindOfHeader, type PersonalKind } from "../domain/privacy/personal-columns";
import { tableSpecs } from "../domain/schema";
import type { TableGrid } from "../hosts/host";
import { columnLetter } from "../workbook/a1";
import { fieldKeyOf } from "../workbook/read-records";
import type { WorkbookState } from "./read-workbook";

/** A column that looks like personal data but is not recognised as such. */
export interface PersonalDataWarning {
  readonly sheet: string;
  /** The header text (blank when cleared) and its letter, `客户 (G)`. */
  readonly column: string;
  readonly kind: PersonalKind;
  /** In English, with sheet and column. */
  readonly message: string;
}

const WHAT: Readonly<Record<PersonalKind, string>> = {
  name: "people's names",
  contact: "phone numbers, ID numbers or e-mails",
};

function isRecognised(header: string, fields: Parameters<typeof fieldKeyOf>[0]): boolean {
  const key = fieldKeyOf(fields, header);
  const field = fields.fields.find((f) => f.key === key);
  if (field) {
    const treatment = fieldTreatment(field);
    return treatment === "name" || treatment === "contact";
  }
  return personalKindOfHeader(header) !== undefined;
}

/**
 * The columns of the record tables whose values look like personal data (`sniffPersonalColumn`) while neither
 * their field nor their header says so. `grids` are the tables as read, by Excel table name; the first column of
 * a table is counted from `firstColumn` (1 = A).
 */
export function personalDataWarnings(
  state: WorkbookState,
  grids: ReadonlyMap<string, { readonly grid: TableGrid; readonly firstColumn: number }>,
): PersonalDataWarning[] {
  const warnings: PersonalDataWarning[] = [];
  for (const spec of tableSpecs(state.parsed.settings.dimensions)) {
    const found = grids.get(spec.tableName);
    if (!found) continue;
    const { grid, firstColumn } = found;
    grid.headers.forEach((header, c) => {
      if (isRecognised(header, spec)) return;
      // A dropdown's own list values (华东, 华南 …) are not people, however much they look like names.
      const list = spec.fields.find((f) => f.key === fieldKeyOf(spec, header))?.list;
      const listed = new Set(list === undefined ? [] : (state.lists.get(list) ?? []));
      const kind = sniffPersonalColumn(grid.rows.map((r) => r[c]).filter((v) => !listed.has(String(v))));
      if (kind === undefined) return;
      const column = `${header} (${columnLetter(firstColumn + c)})`;
      const shown =
        header.trim() === "" ? `column ${columnLetter(firstColumn + c)} (blank header)` : `column "${header}"`;
      warnings.push({
        sheet: grid.sheet,
        column,
        kind,
        message:
          `${grid.sheet}: ${shown} holds ${WHAT[kind]} but is not recognised as personal data; ` +
          `give it a header that says so (客户名称, 联系人及方式, 姓名, 电话, 邮箱…)`,
      });
    });
  }
  return warnings;
}
