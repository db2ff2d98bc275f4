import type { TableGrid } from "../../../src/hosts/host";
import { TablesOnRequest } from "../../../src/hosts/xlsx/tables-on-request";

/** A bulk read's tables on the file host are made when asked for and never kept (issue 18: one grid at a time). */
function tables() {
  const made: string[] = [];
  const grid = (name: string): TableGrid | undefined => {
    made.push(name);
    return name === "Missing"
      ? undefined
      : { sheet: "S", name, headers: ["h"], rows: [["v"]], rowIndex: [0], bodyRows: 1 };
  };
  return { made, map: new TablesOnRequest(["IssueLog", "Missing"], grid) };
}

test("nothing is made until a table is asked for, and each request makes it anew", () => {
  const { made, map } = tables();
  expect(made).toEqual([]);
  expect(map.size).toBe(2);
  expect([...map.keys()]).toEqual(["IssueLog", "Missing"]);
  expect(made).toEqual([]);
  const first = map.get("IssueLog");
  const second = map.get("IssueLog");
  expect(first).toEqual(second);
  expect(first).not.toBe(second);
  expect(made).toEqual(["IssueLog", "IssueLog"]);
});

test("a requested table the workbook lacks is a key with no grid; a name not requested is no key", () => {
  const { made, map } = tables();
  expect(map.has("Missing")).toBe(true);
  expect(map.get("Missing")).toBeUndefined();
  expect(map.has("Other")).toBe(false);
  expect(map.get("Other")).toBeUndefined();
  expect(made).toEqual(["Missing"]);
});

test("iterating gives every requested name with its grid, in request order", () => {
  const { map } = tables();
  expect([...map].map(([name, grid]) => [name, grid?.name])).toEqual([
    ["IssueLog", "IssueLog"],
    ["Missing", undefined],
  ]);
  const seen: string[] = [];
  map.forEach((grid, name) => seen.push(`${name}:${String(grid?.rows.length)}`));
  expect(seen).toEqual(["IssueLog:1", "Missing:undefined"]);
  expect([...map.values()].map((g) => g?.headers)).toEqual([["h"], undefined]);
});
