/**
 * @jest-environment jsdom
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ManifestInfo } from "office-addin-manifest";
import { builtDist } from "../support/built-dist";
import {
  DEV_URL,
  MANIFEST_PATH,
  NS,
  REPO_ROOT,
  pngSize,
  readManifest,
  readManifestInfo,
  validateWithXsd,
} from "./manifest-files";

/** The production URL the rewrite is checked with. */
const ADDIN_URL = "https://quality.example.com/desk/";

// webpack.config.js is CommonJS without types; the test checks the rewrite it applies to manifest.xml.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require(path.join(REPO_ROOT, "webpack.config.js")) as {
  productionManifest: (content: string, addinUrl: string) => string;
};

const manifest = readManifest();
let outDir = "";
let builtFor = DEV_URL;
let info: ManifestInfo;

beforeAll(() => {
  const dist = builtDist();
  outDir = dist.dir;
  builtFor = dist.stamp.addinUrl ?? DEV_URL;
  info = readManifestInfo();
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
    ["iconUrl", 32],
    ["highResolutionIconUrl", 64],
  ] as const)("serves the %s at %i px", (name, size) => {
    expect(info[name]).toMatch(/^https:\/\/localhost:3000\//);
    expect(pngSize(builtFile(info[name] ?? ""))).toEqual({ width: size, height: size });
  });

  it("serves the task pane page the manifest opens", () => {
    const source = info.defaultSettings?.sourceLocation ?? "";
    expect(source).toBe(`${DEV_URL}taskpane.html`);
    expect(existsSync(builtFile(source))).toBe(true);
  });

  it("copies the manifest valid, its URLs under the URL it was built for", () => {
    const built = path.join(outDir, "manifest.xml");
    expect(validateWithXsd(built).valid).toBe(true);
    const all = urls(readManifest(built));
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter((url) => !url.startsWith(builtFor) && url !== new URL(builtFor).origin)).toEqual([]);
  });

  it("moves every development URL under ADDIN_URL in a production manifest, which stays valid", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sqd-manifest-"));
    try {
      const rewritten = path.join(dir, "manifest.xml");
      writeFileSync(rewritten, productionManifest(readFileSync(MANIFEST_PATH, "utf8"), ADDIN_URL));
      expect(readFileSync(rewritten, "utf8")).not.toContain("localhost");
      const all = urls(readManifest(rewritten));
      expect(all.length).toBe(urls(manifest).length);
      expect(all.filter((url) => !url.startsWith(ADDIN_URL) && url !== "https://quality.example.com")).toEqual([]);
      const rewrittenInfo = readManifestInfo(rewritten);
      expect(rewrittenInfo.appDomains).toEqual(["https://quality.example.com"]);
      expect(rewrittenInfo.iconUrl).toBe(`${ADDIN_URL}assets/icon-32.png`);
      expect(validateWithXsd(rewritten)).toEqual({ valid: true, output: `${rewritten} validates` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses an ADDIN_URL that is not https", () => {
    expect(() => productionManifest("<x/>", "http://quality.example.com/")).toThrow(/must be an https URL/);
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
