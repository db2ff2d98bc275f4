/**
 * @jest-environment jsdom
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEV_URL, NS, REPO_ROOT, pngSize, readManifest, validateWithXsd } from "./manifest-files";

/** The production URL the build is given, to check the manifest rewrite as well. */
const ADDIN_URL = "https://quality.example.com/desk/";
const BUILD_TIMEOUT_MS = 180_000;

const manifest = readManifest();
let outDir = "";

beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), "sqd-build-"));
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO_ROOT] });
  const result = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", outDir], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, ADDIN_URL },
    maxBuffer: 64 * 1024 * 1024,
    timeout: BUILD_TIMEOUT_MS - 5_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `webpack --mode production failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`,
    );
  }
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Every URL-valued attribute and text node of a manifest, namespace declarations aside. */
function urls(doc: Document): string[] {
  const elements = Array.from(doc.getElementsByTagName("*"));
  return elements.flatMap((element) => [
    ...Array.from(element.attributes)
      .filter((attribute) => attribute.name !== "xmlns" && attribute.prefix !== "xmlns")
      .map((attribute) => attribute.value)
      .filter((value) => /^https?:\/\//.test(value)),
    ...(element.children.length === 0 && /^https?:\/\//.test(element.textContent?.trim() ?? "")
      ? [element.textContent?.trim() ?? ""]
      : []),
  ]);
}

/** The built file a development URL names, with its query and fragment dropped. */
function builtFile(url: string): string {
  return path.join(outDir, decodeURIComponent(new URL(url).pathname));
}

function imageUrl(resid: string): string {
  const image = Array.from(manifest.getElementsByTagNameNS(NS.bt, "Image")).find(
    (element) => element.getAttribute("id") === resid,
  );
  return image?.getAttribute("DefaultValue") ?? "";
}

describe("the production build", () => {
  it("produces every file the manifest points at", () => {
    const local = urls(manifest).filter((url) => url.startsWith(DEV_URL));
    expect(local.length).toBeGreaterThan(5);
    expect(local.filter((url) => !existsSync(builtFile(url)))).toEqual([]);
  });

  it("serves ribbon images at the size each one declares", () => {
    const refs = Array.from(manifest.getElementsByTagNameNS(NS.bt, "Image")).filter((image) =>
      image.hasAttribute("size"),
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const size = Number(ref.getAttribute("size"));
      expect(pngSize(builtFile(imageUrl(ref.getAttribute("resid") ?? "")))).toEqual({ width: size, height: size });
    }
  });

  it.each([
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ])("serves the %s at %i px", (name, size) => {
    const url = manifest.getElementsByTagNameNS(NS.app, name)[0]?.getAttribute("DefaultValue") ?? "";
    expect(pngSize(builtFile(url))).toEqual({ width: size, height: size });
  });

  it("rewrites the manifest's development URLs to ADDIN_URL and keeps it valid", () => {
    const built = path.join(outDir, "manifest.xml");
    const text = readFileSync(built, "utf8");
    expect(text).not.toContain("localhost");
    const all = urls(readManifest(built));
    expect(all.filter((url) => !url.startsWith(ADDIN_URL) && url !== new URL(ADDIN_URL).origin)).toEqual([]);
    expect(validateWithXsd(built).valid).toBe(true);
  });

  it("loads Office.js async in the task pane, so the pane renders without the CDN", () => {
    const html = new DOMParser().parseFromString(
      readFileSync(builtFile(`${DEV_URL}taskpane.html`), "utf8"),
      "text/html",
    );
    const scripts = Array.from(html.querySelectorAll("script[src]"));
    const office = scripts.find((script) => script.getAttribute("src")?.endsWith("/office.js"));
    expect(office?.getAttribute("src")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(office?.hasAttribute("async")).toBe(true);
    expect(scripts.some((script) => /^taskpane\.[0-9a-f]+\.js$/.test(script.getAttribute("src") ?? ""))).toBe(true);
  });

  it("loads Office.js first in the function file, before the commands bundle", () => {
    const html = new DOMParser().parseFromString(
      readFileSync(builtFile(`${DEV_URL}commands.html`), "utf8"),
      "text/html",
    );
    const scripts = Array.from(html.querySelectorAll("script[src]"));
    expect(scripts[0]?.getAttribute("src")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts[0]?.hasAttribute("async")).toBe(false);
    const sources = scripts.map((script) => script.getAttribute("src") ?? "");
    expect(sources.some((src) => /^commands\.[0-9a-f]+\.js$/.test(src))).toBe(true);
    expect(sources.some((src) => src.startsWith("taskpane."))).toBe(false);
  });
});

describe("assets/", () => {
  it.each(["icon", "report"].flatMap((name) => [16, 32, 64, 80].map((size) => [name, size] as const)))(
    "%s-%i.png has that pixel size",
    (name, size) => {
      expect(pngSize(path.join(REPO_ROOT, "assets", `${name}-${size}.png`))).toEqual({ width: size, height: size });
    },
  );
});
