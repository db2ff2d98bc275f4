/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** taskpane.html's early check, run as the page runs it, in a webview with and without ES2022. */
const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";

function runCheck(): string {
  document.documentElement.removeAttribute("data-old-webview");
  document.body.innerHTML = '<div id="container"></div>';
  new Function(script)();
  return document.getElementById("container")?.textContent ?? "";
}

test("a webview without ES2022 gets a plain message in both languages, and the pane stays away", () => {
  const hasOwn = Object.hasOwn;
  try {
    delete (Object as { hasOwn?: unknown }).hasOwn;
    const text = runCheck();
    expect(text).toContain("浏览器组件过旧");
    expect(text).toContain("too old for Service Quality Desk");
    expect(document.documentElement.hasAttribute("data-old-webview")).toBe(true);
  } finally {
    Object.hasOwn = hasOwn;
  }
});

test("a current webview gets no message", () => {
  expect(script).toContain("static {");
  expect(runCheck()).toBe("");
  expect(document.documentElement.hasAttribute("data-old-webview")).toBe(false);
});
