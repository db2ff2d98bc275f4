import type { TableGrid } from "../host";

/**
 * A bulk read's tables made when asked for, each time, and not kept: the file host's grids of a large workbook are
 * hundreds of megabytes each, and a caller that turns one table into records before asking for the next holds one
 * grid at a time instead of all of them (issue 18).
 */
export class TablesOnRequest implements ReadonlyMap<string, TableGrid | undefined> {
  constructor(
    private readonly names: readonly string[],
    private readonly grid: (name: string) => TableGrid | undefined,
  ) {}

  get size(): number {
    return this.names.length;
  }

  has(name: string): boolean {
    return this.names.includes(name);
  }

  get(name: string): TableGrid | undefined {
    return this.has(name) ? this.grid(name) : undefined;
  }

  *entries(): MapIterator<[string, TableGrid | undefined]> {
    for (const name of this.names) yield [name, this.grid(name)];
  }

  keys(): MapIterator<string> {
    return this.names.values();
  }

  *values(): MapIterator<TableGrid | undefined> {
    for (const name of this.names) yield this.grid(name);
  }

  forEach(callback: (grid: TableGrid | undefined, name: string, map: this) => void): void {
    for (const [name, grid] of this.entries()) callback(grid, name, this);
  }

  [Symbol.iterator](): MapIterator<[string, TableGrid | undefined]> {
    return this.entries();
  }
}
