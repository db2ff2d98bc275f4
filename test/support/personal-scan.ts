import type { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";

/**
 * A text as the scan compares it: NFKC (full-width digits and ＠ become ASCII) without the spaces, hyphens, dots,
 * brackets and plus signs people put inside phone numbers, so `138 - 1234 - 5678` is found as `13812345678`.
 */
export function scanForm(text: string): string {
  return text.normalize("NFKC").replace(/[\s\-.()（）+·]/gu, "");
}

/** Every secret found in `text`: the whole secret, compared in `scanForm`. */
export function secretsIn(text: string, secrets: readonly string[]): string[] {
  const t = scanForm(text);
  return secrets.filter((s) => t.includes(scanForm(s)));
}

/** `Sheet!R1C1: secret` for every secret in any cell (text or number) of the given sheets (all when omitted). */
export async function secretCells(host: XlsxHost, secrets: readonly string[], sheets?: readonly string[]) {
  const found: string[] = [];
  for (const sheet of sheets ?? (await host.sheetNames())) {
    const grid = (await host.readSheet(sheet)) ?? [];
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === undefined) return;
        for (const s of secretsIn(String(v), secrets)) found.push(`${sheet}!R${r + 1}C${c + 1}: ${s} in ${String(v)}`);
      }),
    );
  }
  return found;
}
