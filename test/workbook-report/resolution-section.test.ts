import { resolutionSection } from "../../src/workbook/report/resolution-section";

/** The section's plan: one formula text with plain function names, whichever host writes it. */
const section = resolutionSection({
  firstRow: 40,
  window: { start: "$B$5", end: "$C$5" },
  col: (key) => `I[[#Data],[${key}]]`,
  figures: { byTeam: [{ team: "A组", completed: 1, meanHours: 2, medianHours: 2 }] },
  urgencyLabel: (u) => u,
  t: (e) => e.zh,
});
const formulas = section.rows.flatMap((row) =>
  row.flatMap((c) => (c !== null && typeof c === "object" ? [c.formula] : [])),
);

test("medians are AGGREGATE(16,6,…,0.5) by their plain name; the file host adds _xlfn.", () => {
  const medians = Object.entries(section.cells).filter(([path]) => path.endsWith(".medianHours"));
  expect(medians.map(([path]) => path).sort()).toEqual([
    "resolution.all.medianHours",
    "resolution.byTeam.0.medianHours",
    "resolution.byUrgency.一般.medianHours",
    "resolution.byUrgency.紧急.medianHours",
    "resolution.byUrgency.重大.medianHours",
    "resolution.normalWorking.medianHours",
  ]);
  expect(formulas.filter((f) => f.includes("AGGREGATE(16,6,"))).toHaveLength(6);
  expect(formulas.some((f) => f.includes("_xlfn."))).toBe(false);
});

test("the working time of 一般 reads the Settings holidays the 处理时限 formula uses", () => {
  const working = formulas.filter((f) => f.includes("NETWORKDAYS("));
  expect(working).toHaveLength(2); // mean and median
  for (const f of working) expect(f).toContain(",S_holidays)");
});

test("a team's figures take the team from its own cell (H), so the criterion is the shown text", () => {
  const teamRow = 40 + 3; // blank, title, header
  expect(section.rows[3]?.[7]).toBe("A组");
  expect(section.cells["resolution.byTeam.0.completed"]).toBe(`I${String(teamRow)}`);
  const count = section.rows[3]?.[8];
  expect(count !== null && typeof count === "object" && count.formula).toContain(`I[[#Data],[team]],"="&`);
  expect(count !== null && typeof count === "object" && count.formula).toContain(`$H$${String(teamRow)}`);
});
