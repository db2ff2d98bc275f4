/**
 * Masking personal data inside any text (DOMAIN.md §4.4, source 004 §4): e-mails keep the first character of the
 * local part (zhang@x.com → z***@x.com), personal numbers keep what `number-kinds.ts` says (138****5678,
 * 010-****6666, 110101********123X, *******5001), names keep their first character (王女士 → 王**).
 */
import { findEmails } from "./email-finder";
import { findKnownNames, findNames, type KnownNames } from "./name-finder";
import { findNumbers } from "./number-masks";
import { foldWidth } from "./width";

/**
 * What a text is searched for: everything (free text); an id's personal items (phones, resident IDs, e-mails and
 * known names, not other digit runs); numbers only (an e-mail's domain).
 */
export type TextScope = "all" | "idLike" | "numbers";

function maskEmails(text: string, scope: TextScope): string {
  if (scope === "numbers") return text;
  let out = text;
  for (const e of findEmails(foldWidth(text)).reverse()) {
    const domain = maskNumbers(out.slice(e.at + 1, e.end), "numbers");
    out = `${out.slice(0, e.start + 1)}***@${domain}${out.slice(e.end)}`;
  }
  return out;
}

function starAt(text: string, indices: Iterable<number>): string {
  const chars = text.split("");
  for (const i of indices) if (i < chars.length && !/\s/u.test(chars[i] ?? "")) chars[i] = "*";
  return chars.join("");
}

function maskNumbers(text: string, scope: TextScope): string {
  const found = findNumbers(foldWidth(text)).filter((n) => scope !== "idLike" || n.kind !== "digitRun");
  return starAt(
    text,
    found.flatMap((n) => n.masked),
  );
}

function maskNames(text: string, scope: TextScope, known: KnownNames | undefined): string {
  if (scope === "numbers") return text;
  const spans = scope === "all" ? findNames(text, known) : findKnownNames(text, known);
  const indices: number[] = [];
  for (const s of spans) {
    // The first character of a name stays; a character is one code point (a surname outside the BMP too).
    const first = String.fromCodePoint(text.codePointAt(s.start) ?? 0).length;
    for (let i = s.start + first; i < s.end; i++) indices.push(i);
  }
  return starAt(text, indices);
}

/** One round of masking: e-mails, then numbers, then names. */
function maskOnce(text: string, scope: TextScope, known: KnownNames | undefined): string {
  return maskNames(maskNumbers(maskEmails(text, scope), scope), scope, known);
}

/**
 * `text` with its personal data masked (DOMAIN.md §4.4), within `scope` (see `TextScope`; `idLike` is for a
 * customer or staff id, already desensitized, whose other digit runs stay). Masking is repeated until nothing more is found, so masking a masked text changes nothing.
 */
export function maskText(text: string, scope: TextScope = "all", known?: KnownNames): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const next = maskOnce(current, scope, known);
    if (next === current) return next;
    current = next;
  }
  return current;
}
