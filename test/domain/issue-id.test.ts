import fc from "fast-check";
import { SettingsError } from "../../src/domain/errors";
import { assignIssueIds, formatIssueId, parseIssueId } from "../../src/domain/issue-id";
import type { CellValue } from "../../src/domain/schema/types";

// 2023-12-31 = 45291, 2024-01-01 = 45292, 2024-01-09 = 45300, 2025-01-01 = 45658.

describe("formatIssueId and parseIssueId (DOMAIN §1.1)", () => {
  it.each([
    [2024, "SVC", 1, "2024-SVC-001"],
    [2024, "SVC", 42, "2024-SVC-042"],
    [2024, "SVC", 999, "2024-SVC-999"],
    [2024, "SVC", 1234, "2024-SVC-1234"],
    [2025, "ENG", 7, "2025-ENG-007"],
  ])("formatIssueId(%p, %p, %p) = %p", (year, code, seq, id) => {
    expect(formatIssueId(year, code, seq)).toBe(id);
  });

  it.each([
    ["2024-SVC-007", { year: 2024, deptCode: "SVC", seq: 7 }],
    ["2024-SVC-1234", { year: 2024, deptCode: "SVC", seq: 1234 }],
    ["2024-SVC-A-012", { year: 2024, deptCode: "SVC-A", seq: 12 }],
    [" 2024-SVC-003 ", { year: 2024, deptCode: "SVC", seq: 3 }],
    ["2024-SVC-12", undefined],
    ["24-SVC-001", undefined],
    ["2024--001", undefined],
    ["问题1", undefined],
  ])("parseIssueId(%p)", (id, parts) => {
    expect(parseIssueId(id)).toEqual(parts);
  });
});

describe("assignIssueIds", () => {
  it("keeps existing ids, reports duplicates, numbers blank ones per year after the highest", () => {
    const rows: { id?: CellValue; receivedAt?: CellValue }[] = [
      { id: "2024-SVC-003", receivedAt: 45292 },
      { receivedAt: 45300 }, // 2024: after 003 → 004
      { id: "2024-SVC-003" }, // duplicate of row 0
      { receivedAt: 45658.5 }, // 2025: first → 001
      {}, // no receivedAt: stays blank
      { id: "2023-SVC-010", receivedAt: 45291 },
      { receivedAt: 45291.9 }, // 2023: after 010 → 011
      { id: "  ", receivedAt: 45293 }, // white space is blank: 2024 → 005
      { id: "2024-ENG-050", receivedAt: 45293 }, // another code: does not move SVC's sequence
      { id: 12345 }, // a number typed as id: kept as its text
      { receivedAt: "2024-01-01" }, // receivedAt typed as text: stays blank
    ];
    expect(assignIssueIds(rows, "SVC")).toEqual({
      ids: [
        "2024-SVC-003",
        "2024-SVC-004",
        "2024-SVC-003",
        "2025-SVC-001",
        undefined,
        "2023-SVC-010",
        "2023-SVC-011",
        "2024-SVC-005",
        "2024-ENG-050",
        "12345",
        undefined,
      ],
      problems: [{ index: 2, id: "2024-SVC-003", reason: "duplicate" }],
    });
  });

  it("compares ids trimmed and case-insensitively, like Excel COUNTIF", () => {
    const rows = [{ id: "2024-SVC-001" }, { id: "2024-svc-001 " }, { id: "2024-SVC-001" }, { receivedAt: 45292 }];
    const result = assignIssueIds(rows, "svc");
    expect(result.problems).toEqual([
      { index: 1, id: "2024-svc-001 ", reason: "duplicate" },
      { index: 2, id: "2024-SVC-001", reason: "duplicate" },
    ]);
    expect(result.ids[3]).toBe("2024-svc-002");
  });

  it("counts on past existing ids that come later in the table", () => {
    const rows = [{ receivedAt: 45292 }, { id: "2024-SVC-0099", receivedAt: 45292 }];
    expect(assignIssueIds(rows, "SVC").ids).toEqual(["2024-SVC-100", "2024-SVC-0099"]);
  });

  it.each(["", "  ", "S V C"])("rejects the department code %p", (code) => {
    expect(() => assignIssueIds([{ receivedAt: 45292 }], code)).toThrow(SettingsError);
  });
});

describe("assignIssueIds properties", () => {
  const existing = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 2023, max: 2025 }),
        fc.constantFrom("SVC", "svc", "ENG"),
        fc.integer({ min: 1, max: 30 }),
      )
      .map(([y, c, n]) => formatIssueId(y, c, n)),
    fc.string({ minLength: 1, maxLength: 6 }),
    fc.integer({ min: 1, max: 50 }),
  );
  const row = fc.record(
    {
      id: fc.option(existing, { nil: undefined }),
      receivedAt: fc.option(fc.integer({ min: 44927, max: 46022 }), { nil: undefined }), // 2023-01-01 … 2025-12-31
    },
    { requiredKeys: [] },
  );

  it("never changes an existing id, and every generated id is new and unique", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const { ids, problems } = assignIssueIds(rows, "SVC");
        const key = (id: string) => id.trim().toUpperCase();
        const existingKeys = new Set<string>();
        rows.forEach((r, i) => {
          const given = r.id === undefined ? "" : String(r.id);
          if (given.trim() !== "") {
            expect(ids[i]).toBe(given);
            existingKeys.add(key(given));
          }
        });
        const generated = ids.filter((id, i) => {
          const given = rows[i]?.id;
          return id !== undefined && (given === undefined || String(given).trim() === "");
        });
        const generatedKeys = generated.map((id) => key(id ?? ""));
        expect(new Set(generatedKeys).size).toBe(generated.length);
        for (const k of generatedKeys) expect(existingKeys.has(k)).toBe(false);
        for (const p of problems) expect(p.reason).toBe("duplicate");
      }),
    );
  });
});
