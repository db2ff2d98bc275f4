import type { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** Every cell of every sheet that shows an 11-digit mobile number or one of the given full names. */
export async function personalDataCells(host: XlsxHost, names: ReadonlySet<string>): Promise<string[]> {
  const found: string[] = [];
  for (const sheet of await host.sheetNames()) {
    const grid = (await host.readSheet(sheet)) ?? [];
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string") return;
        const name = [...names].find((n) => n.length > 1 && v.includes(n));
        if (MOBILE.test(v) || name) found.push(`${sheet}!R${r + 1}C${c + 1}: ${v}`);
      }),
    );
  }
  return found;
}
