import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import type { Lang } from "../../../src/domain/schema/types";
import type { Catalogue } from "../../../src/taskpane/locale";
import { catalogues } from "../../../src/taskpane/locale";

export const SCREENSHOTS = join(__dirname, "../../../artifacts/screenshots");

/** A catalogue string with its `{placeholders}` matching anything, as a whole-name pattern. */
export function pattern(template: string): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");
  return new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map(literal)
      .join(".+?")}$`,
  );
}

export type TabKey = "tabTodo" | "tabStart" | "tabImport" | "tabValidate" | "tabReport" | "tabSettings" | "tabShare";

/** Drives the pane through its catalogue's strings, so the same steps run in either language. */
export class PaneDriver {
  readonly t: Catalogue;
  /** Screenshots whose page was wider than the viewport: `name (scrollWidth px)`. */
  readonly overflowing: string[] = [];

  constructor(
    readonly page: Page,
    readonly lang: Lang,
    /** Screenshot names start with this (`zh-CN`, `en-US`, `dark`). */
    readonly prefix: string = lang,
  ) {
    this.t = catalogues[lang];
    mkdirSync(SCREENSHOTS, { recursive: true });
  }

  /** Waits until no operation shows its progress bar. */
  async idle(timeout = 120_000): Promise<void> {
    await this.page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), null, { timeout });
  }

  button(name: string | RegExp) {
    return this.page.getByRole("button", { name, exact: typeof name === "string" });
  }

  async tab(key: TabKey): Promise<void> {
    await this.page.getByRole("tab", { name: this.t[key], exact: true }).click();
    await this.idle();
  }

  /** The viewport (320×800) and the whole panel, under artifacts/screenshots/; notes a horizontal overflow. */
  async shot(name: string): Promise<void> {
    await this.idle();
    const width = await this.page.evaluate(() => document.documentElement.scrollWidth);
    if (width > (this.page.viewportSize()?.width ?? 320)) this.overflowing.push(`${name} (${String(width)} px)`);
    await this.page.screenshot({ path: join(SCREENSHOTS, `${this.prefix}-${name}.png`) });
    await this.page.screenshot({ path: join(SCREENSHOTS, `${this.prefix}-${name}-full.png`), fullPage: true });
  }

  async download(click: () => Promise<void>): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), click()]);
    return download;
  }

  async startDemo(): Promise<void> {
    await this.button(this.t.startDemo).click();
    await this.idle();
    await this.page.getByRole("list", { name: this.t.startStatusListLabel }).waitFor();
    await this.idle();
  }

  /** How many rows the tabs take (one when all six fit). */
  async tabRows(): Promise<number> {
    return this.page.evaluate(
      () => new Set([...document.querySelectorAll('[role="tab"]')].map((t) => (t as HTMLElement).offsetTop)).size,
    );
  }

  async importFile(file: string): Promise<void> {
    await this.tab("tabImport");
    await this.page.getByLabel(this.t.importChooseFile, { exact: true }).setInputFiles(file);
    await this.idle();
    await this.page.getByRole("table", { name: this.t.importMappingLabel }).waitFor();
  }

  async runImport(): Promise<void> {
    await this.button(pattern(this.t.importRun)).click();
    await this.idle();
    await this.page.getByRole("heading", { name: this.t.importResult }).waitFor();
    await this.idle();
  }

  async validate(): Promise<string> {
    await this.tab("tabValidate");
    await this.button(this.t.validateRun).click();
    await this.idle();
    const summary = this.page.getByText(
      new RegExp(`${pattern(this.t.validateFound).source}|${pattern(this.t.validateNone).source}`),
    );
    return summary.innerText();
  }

  /** Generates the month's report and returns the figure the overall-rate card shows. */
  async report(month: string): Promise<string> {
    await this.tab("tabReport");
    await this.page.getByLabel(this.t.reportMonth, { exact: true }).selectOption(month);
    await this.button(this.t.reportGenerate).click();
    await this.idle(180_000);
    await this.page.getByRole("heading", { name: pattern(this.t.reportSummary) }).waitFor();
    await this.idle();
    const card = await this.page.getByRole("group", { name: this.t.reportOverallRate }).innerText();
    return card.split("\n")[1] ?? "";
  }
}
