/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { MANIFEST_PATH, NS, REPO_ROOT, readManifest, readManifestInfo, validateWithXsd } from "./manifest-files";

const manifest = readManifest();
const info = readManifestInfo();

/** Which resource collection a resid must resolve in, by the referring element. */
const COLLECTION_OF: Readonly<Record<string, string>> = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

const HAN = /\p{Script=Han}/u;

function resources(): Map<string, { collection: string; element: Element }> {
  const found = new Map<string, { collection: string; element: Element }>();
  for (const collection of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const list of Array.from(manifest.getElementsByTagNameNS(NS.bt, collection))) {
      for (const element of Array.from(list.children)) {
        const id = element.getAttribute("id") ?? "";
        if (found.has(id)) throw new Error(`resource id ${id} is defined twice`);
        found.set(id, { collection, element });
      }
    }
  }
  return found;
}

function references(): Element[] {
  return Array.from(manifest.getElementsByTagName("*")).filter((element) => element.hasAttribute("resid"));
}

function enUsOverride(element: Element): string | undefined {
  const override = Array.from(element.children).find(
    (child) => child.localName === "Override" && child.getAttribute("Locale") === "en-US",
  );
  return override?.getAttribute("Value") ?? undefined;
}

describe("manifest.xml", () => {
  it("validates against the Office add-in manifest XSD (v1.1)", () => {
    const { valid, output } = validateWithXsd(MANIFEST_PATH);
    expect(output).toContain("validates");
    expect(valid).toBe(true);
  });

  it("is a zh-CN task-pane add-in for Excel with ExcelApi 1.8 and ReadWriteDocument", () => {
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.defaultLocale).toBe("zh-CN");
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.hosts).toEqual(["Workbook"]);
    const set = manifest.getElementsByTagNameNS(NS.app, "Set")[0];
    expect([set?.getAttribute("Name"), set?.getAttribute("MinVersion")]).toEqual(["ExcelApi", "1.8"]);
  });

  it.each([
    ["DisplayName", "displayName"],
    ["Description", "description"],
  ] as const)("%s has a Chinese default and an English en-US override", (name, key) => {
    expect(info[key]).toMatch(HAN);
    const element = manifest.getElementsByTagNameNS(NS.app, name)[0];
    const english = element && enUsOverride(element);
    expect(english).toBeTruthy();
    expect(english).not.toMatch(HAN);
  });

  it("resolves every resid in the matching resource collection", () => {
    const defined = resources();
    const refs = references();
    expect(refs.length).toBeGreaterThan(0);
    const problems = refs.flatMap((ref) => {
      const resid = ref.getAttribute("resid") ?? "";
      const resource = defined.get(resid);
      const expected = COLLECTION_OF[ref.localName];
      if (!resource) return [`${ref.localName} resid="${resid}" is not defined`];
      if (resource.collection !== expected) {
        return [`${ref.localName} resid="${resid}" is in ${resource.collection}, expected ${expected}`];
      }
      return [];
    });
    expect(problems).toEqual([]);
  });

  it("gives every resource a zh-CN default and an en-US override, and uses each one", () => {
    const used = new Set(references().map((ref) => ref.getAttribute("resid")));
    const problems = Array.from(resources()).flatMap(([id, { collection, element }]) => {
      const fallback = element.getAttribute("DefaultValue") ?? "";
      const english = enUsOverride(element);
      const isText = collection === "ShortStrings" || collection === "LongStrings";
      return [
        ...(used.has(id) ? [] : [`${id} is never referenced`]),
        ...(english ? [] : [`${id} has no en-US override`]),
        ...(isText && !HAN.test(fallback) ? [`${id} default "${fallback}" is not Chinese`] : []),
        ...(isText && english && HAN.test(english) ? [`${id} en-US override "${english}" is Chinese`] : []),
      ];
    });
    expect(problems).toEqual([]);
  });

  it("puts two buttons on the Home tab: ShowTaskpane ButtonId1 and ExecuteFunction generateReport", () => {
    const tab = manifest.getElementsByTagNameNS(NS.overrides, "OfficeTab")[0];
    expect(tab?.getAttribute("id")).toBe("TabHome");
    const actions = Array.from(manifest.getElementsByTagNameNS(NS.overrides, "Action")).map((action) =>
      action.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"),
    );
    expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction"]);
    expect(manifest.getElementsByTagNameNS(NS.overrides, "TaskpaneId")[0]?.textContent).toBe("ButtonId1");
  });

  it("names only functions that the function file associates", () => {
    const commands = readFileSync(path.join(REPO_ROOT, "src/commands/commands.ts"), "utf8");
    const names = Array.from(manifest.getElementsByTagNameNS(NS.overrides, "FunctionName")).map(
      (element) => element.textContent?.trim() ?? "",
    );
    expect(names).toEqual(["generateReport"]);
    for (const name of names) {
      expect(commands).toMatch(new RegExp(`Office\\.actions\\.associate\\(\\s*["']${name}["']\\s*,\\s*${name}\\s*\\)`));
    }
  });
});
