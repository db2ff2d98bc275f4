import type { ReadRequest, TableGrid, WorkbookHost, WorkbookRead } from "../../src/hosts/host";
import type { CellValue } from "../../src/domain/schema/types";
import type { WorkbookPlan } from "../../src/workbook/plan-types";

/**
 * A host that reads through another host and records the plans it is given instead of applying them: the floor
 * writer writes the cells of those plans, so it writes exactly what the product writes.
 */
export class RecordingHost implements WorkbookHost {
  readonly plans: WorkbookPlan[] = [];

  constructor(private readonly inner: WorkbookHost) {}

  sheetNames(): Promise<readonly string[]> {
    return this.inner.sheetNames();
  }

  readTable(name: string): Promise<TableGrid | undefined> {
    return this.inner.readTable(name);
  }

  readSheet(name: string): Promise<readonly (readonly CellValue[])[] | undefined> {
    return this.inner.readSheet(name);
  }

  read(request: ReadRequest): Promise<WorkbookRead> {
    return this.inner.read(request);
  }

  async apply(plan: WorkbookPlan): Promise<void> {
    this.plans.push(plan);
  }

  async activate(): Promise<void> {}
}
