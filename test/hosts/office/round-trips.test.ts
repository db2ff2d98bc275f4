import { benchOfficeHost } from "../../../bench/office-bench";
import { PAYLOAD_LIMIT } from "./excel-stand-in";

/** ISSUE 6's targets, as counts on the stand-in: set-up ≤ 3 syncs, N rows ≤ 6 + ⌈N / blockRows⌉, requests < 5 MB. */
test("set-up, import and report stay within the round-trip and request-size targets", async () => {
  const { office } = await benchOfficeHost({ sizes: [1000, 10_000] });
  expect(office.blockRows).toBe(5000);
  expect(office.setup.syncs).toBeLessThanOrEqual(3);
  expect(office.setup.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
  for (const n of [1000, 10_000]) {
    const limit = 6 + Math.ceil(n / office.blockRows);
    for (const workload of [office.import, office.report]) {
      const f = workload[String(n)];
      expect([n, f?.syncs !== undefined && f.syncs <= limit]).toEqual([n, true]);
      expect(f?.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    }
  }
}, 120_000);

test("a smaller block size gives proportionally more round trips, still within the target", async () => {
  const { office } = await benchOfficeHost({ sizes: [10_000], blockRows: 1000 });
  expect(office.import["10000"]?.syncs).toBeLessThanOrEqual(6 + 10);
  expect(office.import["10000"]?.syncs).toBeGreaterThanOrEqual(10);
  expect(office.report["10000"]?.syncs).toBeLessThanOrEqual(6 + 10);
}, 120_000);
