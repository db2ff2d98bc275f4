/**
 * The default 责任人 of a new improvement draft, per 责任部门 (Settings `deptOwners`, issue 15): the text
 * `客服部:客服主管;技术部:技术主管`, full-width `：`/`；` accepted.
 */

/**
 * Department → owner from the Settings text. Entries without a `:` or with a blank side are ignored; a
 * department named twice keeps its last owner.
 */
export function parseDeptOwners(text: string): ReadonlyMap<string, string> {
  const owners = new Map<string, string>();
  for (const entry of text.split(/[;；]/u)) {
    const match = /^([^:：]+)[:：](.+)$/u.exec(entry.trim());
    const dept = match?.[1]?.trim();
    const owner = match?.[2]?.trim();
    if (dept && owner) owners.set(dept, owner);
  }
  return owners;
}
