/**
 * The 待办 panel and the sheet viewer end to end in real Chromium (issue 16, acceptance), and axe-core on every
 * panel in light and dark: the production build in dist/ served on 127.0.0.1, the pane in browser mode at 320 px
 * on the demo workbook. Screenshots go to artifacts/screenshots/ (todo-*).
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { PaneDriver, pattern, type TabKey } from "./support/pane-driver";
import { paneSession } from "./support/pane-session";

jest.setTimeout(600_000);

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const PANELS: readonly TabKey[] = [
  "tabTodo",
  "tabStart",
  "tabImport",
  "tabValidate",
  "tabReport",
  "tabSettings",
  "tabShare",
];

const session = paneSession();

interface AxeViolation {
  id: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * axe-core's default rules (WCAG 2.x A/AA and best practices) on the whole page: `rule @ selector: html` per failing
 * node. Tabster's focus sentinels (`data-tabster-dummy`, the aria-hidden <i> elements Fluent UI puts around focus
 * groups to redirect Tab) are left out: they hand focus on at once and are never read.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  // Colours are judged once transitions end (a button leaving its disabled look fades for a few ms).
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run({ exclude: [["[data-tabster-dummy]"]] })).violations;
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} @ ${n.target.join(" ")}: ${n.html.slice(0, 120)}`));
}

/** Visible controls smaller than 32 × 32 px: `tag "name" w×h`. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, [role="tab"], select, input:not([type="file"]), textarea, a[href]',
    );
    return [...controls].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest("[hidden]")) return [];
      // An input inside a Fluent field wrapper: the wrapper is the target.
      const target = el.tagName === "INPUT" && el.parentElement ? el.parentElement.getBoundingClientRect() : box;
      if (target.height >= 31.5 && target.width >= 31.5) return [];
      const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30);
      return [`${el.tagName.toLowerCase()} "${name}" ${Math.round(target.width)}×${Math.round(target.height)}`];
    });
  });
}

describe.each([
  ["zh-CN", "light"],
  ["en-US", "light"],
  ["zh-CN", "dark"],
  ["en-US", "dark"],
] as const)("%s %s", (lang, scheme) => {
  let pane: PaneDriver;
  const violations: Record<string, string[]> = {};

  beforeAll(async () => {
    pane = new PaneDriver(await session.open(lang, scheme), lang, `todo-${lang}-${scheme}`);
    await pane.startDemo();
  });

  test("the 待办 panel lists the demo's due items, grouped and counted, without overflow at 320 px", async () => {
    await pane.tab("tabTodo");
    const summary = pane.page.getByText(pattern(pane.t.todoSummary));
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(lang === "zh-CN" ? /^共 \d+ 项，超时 \d+ 项$/ : /^\d+ items, \d+ late$/);
    expect(await pane.page.getByRole("list").count()).toBeGreaterThan(3);
    await pane.shot("todo");
    expect(pane.overflowing).toEqual([]);
    expect(await pane.tabRows()).toBe(1);
  });

  test("clicking an item opens its row in the sheet viewer, and Back returns to it", async () => {
    const item = pane.page.getByRole("listitem").getByRole("button").first();
    const name = await item.evaluate((el) => el.textContent ?? "");
    const zh = /^(\S+) .*：查看 (.+) 第 (\d+) 行$/.exec(name);
    const en = /^(\S+) .*: show row (\d+) of (.+)$/.exec(name);
    const [id, sheet, row] = zh ? [zh[1], zh[2], zh[3]] : [en?.[1], en?.[3], en?.[2]];
    expect([id, sheet, row].every((part) => part !== undefined)).toBe(true);
    await item.click();
    await pane.idle();
    const grid = pane.page.getByRole("table", { name: new RegExp(`^${sheet ?? ""}[，,]`) });
    await grid.waitFor();
    const current = grid.locator('[aria-current="true"]');
    expect(await current.getByRole("rowheader").innerText()).toBe(row);
    expect(await current.innerText()).toContain(id);
    // Focus follows the row's first drawing (an effect after paint): wait for it, then check it is that row.
    await pane.page
      .waitForFunction(() => document.activeElement?.getAttribute("aria-current") === "true", null, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    expect(await current.evaluate((el) => el === document.activeElement)).toBe(true);
    await pane.shot("viewer");
    violations.viewer = await axeViolations(pane.page);
    await pane.button(pane.t.viewerClose).click();
    expect(await pane.page.evaluate(() => document.activeElement?.textContent)).toBe(name);
  });

  test.each(PANELS)("axe-core finds no violation on %s, and every target is at least 32 px", async (tab) => {
    await pane.tab(tab);
    if (tab === "tabSettings") await pane.button(pane.t.settingsRules).click();
    await pane.idle();
    violations[tab] = await axeViolations(pane.page);
    expect(violations[tab]).toEqual([]);
    expect(await smallTargets(pane.page)).toEqual([]);
  });

  test("axe-core found no violation in the sheet viewer", () => {
    expect(violations.viewer).toEqual([]);
  });
});

test("no page threw while the panes ran", () => {
  expect(session.pageErrors).toEqual([]);
});
