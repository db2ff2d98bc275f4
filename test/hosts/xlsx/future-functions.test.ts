import { fromFileFormula, toFileFormula } from "../../../src/hosts/xlsx/future-functions";

describe("post-2007 functions carry _xlfn. in a file and not in the plan", () => {
  it.each([
    ["AGGREGATE(16,6,A1:A9/(B1:B9>0),0.5)", "_xlfn.AGGREGATE(16,6,A1:A9/(B1:B9>0),0.5)"],
    ['IFERROR(AGGREGATE(16,6,A1:A9,0.5),"")', 'IFERROR(_xlfn.AGGREGATE(16,6,A1:A9,0.5),"")'],
    ["aggregate(14,6,A1:A9,1)", "_xlfn.aggregate(14,6,A1:A9,1)"],
    // Text in a string literal and names that merely end in AGGREGATE stay as they are.
    ['IF(A1="AGGREGATE(",MYAGGREGATE(A1),"x""AGGREGATE(")', 'IF(A1="AGGREGATE(",MYAGGREGATE(A1),"x""AGGREGATE(")'],
    ["SUMPRODUCT((A1:A9>0)*B1:B9)", "SUMPRODUCT((A1:A9>0)*B1:B9)"],
  ])("%s ⇄ %s", (plan, file) => {
    expect(toFileFormula(plan)).toBe(file);
    expect(fromFileFormula(file)).toBe(plan);
  });

  it("a prefixed formula is not prefixed twice, and reading it back gives the plan's text", () => {
    const once = toFileFormula("AGGREGATE(16,6,A1:A3,0.5)+AGGREGATE(14,6,A1:A3,1)");
    expect(once).toBe("_xlfn.AGGREGATE(16,6,A1:A3,0.5)+_xlfn.AGGREGATE(14,6,A1:A3,1)");
    expect(toFileFormula(once)).toBe(once);
    expect(fromFileFormula(once)).toBe("AGGREGATE(16,6,A1:A3,0.5)+AGGREGATE(14,6,A1:A3,1)");
  });
});
