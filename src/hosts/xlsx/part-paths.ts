/** Paths of package parts (ECMA-376 Part 2): part names from the package root, relationship targets between them. */

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export const relsPath = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** A relationship target of part `from` (relative, or absolute from the package root) as a part name. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The path from a folder (segments from the package root) to part `to`. */
export function relativeFromFolder(folder: readonly string[], to: string): string {
  const b = to.split("/");
  let i = 0;
  while (i < folder.length && i < b.length - 1 && folder[i] === b[i]) i++;
  return [...folder.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** Part `to` as a target relative to the folder of part `from`. */
export const relativeTarget = (from: string, to: string): string =>
  relativeFromFolder(from.split("/").slice(0, -1), to);
