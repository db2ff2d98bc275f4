import type { Lang } from "../../src/domain/schema/types";
import { DEFAULT_SETTINGS, SETTING_SPECS } from "../../src/domain/settings";
import { SETTINGS_HEADERS, settingsOps } from "../../src/workbook/layout-settings";
import { settingsStateOf } from "../../src/workbook/settings-state";
import { displayWidth } from "../../src/workbook/text-width";

/** The test's own count: a Han character or a full-width form shows two digits wide, anything else one. */
const shown = (text: string) => [...text].reduce((w, ch) => w + (/[\p{Script=Han}\uff00-\uff60]/u.test(ch) ? 2 : 1), 0);

function widthsOf(lang: Lang): readonly (number | undefined)[] {
  const ops = settingsOps("设置", settingsStateOf(DEFAULT_SETTINGS), lang);
  const op = ops.find((o) => o.kind === "columnWidths");
  if (op?.kind !== "columnWidths") throw new Error("no column widths");
  return op.widths;
}

describe("Settings sheet presentation", () => {
  it.each(["zh-CN", "en-US"] as const)(
    "%s: every key and label fits its column, in the workbook's language",
    (lang) => {
      const [keyWidth = 0, labelWidth = 0, valueWidth = 0] = widthsOf(lang);
      for (const spec of SETTING_SPECS) {
        expect([spec.key, keyWidth >= shown(spec.key)]).toEqual([spec.key, true]);
        const text = lang === "zh-CN" ? spec.zh : spec.en;
        expect([text, labelWidth >= shown(text)]).toEqual([text, true]);
      }
      expect(keyWidth).toBeGreaterThanOrEqual(
        shown(lang === "zh-CN" ? SETTINGS_HEADERS.key.zh : SETTINGS_HEADERS.key.en),
      );
      // "2024-04-01 00:00" (yyyy-mm-dd hh:mm) is 16 digits wide; Excel shows ### in a narrower column.
      expect(valueWidth).toBeGreaterThanOrEqual(17);
    },
  );

  it("writes the labels in the workbook's language", () => {
    const labels = (lang: Lang) =>
      settingsOps("设置", settingsStateOf(DEFAULT_SETTINGS), lang).flatMap((o) =>
        o.kind === "cells" && o.origin === "A1" ? o.rows.map((row) => row[1]) : [],
      );
    expect(labels("zh-CN")).toContain("超时判断截止时间(留空=当前)");
    expect(labels("en-US")).toContain("Overdue as of (blank = now)");
    expect(labels("en-US")).not.toContain("超时判断截止时间(留空=当前)");
  });
});

describe("displayWidth", () => {
  it.each([
    ["abc", 3],
    ["超时判断截止时间(留空=当前)", 27], // 10 Han × 2 + "(", "=", ")" … worked: 超时判断截止时间 16, (留空=当前) 11
    ["ＡＢ", 4],
    ["", 0],
  ])("%s → %d", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
