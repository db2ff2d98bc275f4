/**
 * @jest-environment jsdom
 */
import { enUS } from "../../src/taskpane/locale/en-us";
import { zhCN } from "../../src/taskpane/locale/zh-cn";
import { LOCALES, catalogues, detectLocale, pickLocale } from "../../src/taskpane/locale";

describe("locale catalogues", () => {
  it("en-us and zh-cn define the same keys", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(enUS).sort());
  });

  it("have a non-empty string for every key, Chinese in zh-cn", () => {
    for (const catalogue of [enUS, zhCN]) {
      for (const value of Object.values(catalogue)) expect(value.trim()).not.toBe("");
    }
    for (const value of Object.values(zhCN)) expect(value).toMatch(/\p{Script=Han}/u);
  });

  it("fill the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = (Object.keys(enUS) as (keyof typeof enUS)[]).filter(
      (key) => placeholders(enUS[key]).join() !== placeholders(zhCN[key]).join(),
    );
    expect(differing).toEqual([]);
  });

  it("has a catalogue for every pane language", () => {
    expect(LOCALES.map((locale) => catalogues[locale])).toEqual([zhCN, enUS]);
  });
});

describe("pickLocale", () => {
  const expectations: readonly [readonly (string | undefined)[], string][] = [
    [["zh-CN"], "zh-CN"],
    [["zh-Hans-CN"], "zh-CN"],
    [["zh-TW"], "zh-CN"],
    [["zh"], "zh-CN"],
    [["en-US"], "en-US"],
    [["en-GB"], "en-US"],
    [["EN"], "en-US"],
    [[undefined, "en-US"], "en-US"],
    [["de-DE", "en-US", "zh-CN"], "en-US"],
    [["de-DE", "fr"], "zh-CN"],
    [[], "zh-CN"],
  ];
  it.each(expectations)("%j gives %s", (tags, expected) => {
    expect(pickLocale(tags)).toBe(expected);
  });
});

describe("detectLocale", () => {
  it("prefers Office's display language over the browser's", () => {
    expect(navigator.language).toBe("en-US");
    expect(detectLocale("zh-CN")).toBe("zh-CN");
  });

  it("falls back to the browser's languages without Office", () => {
    expect(detectLocale()).toBe("en-US");
  });
});
