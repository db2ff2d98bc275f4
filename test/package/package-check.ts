import { MarkupCompatibilityFilter } from "./markup-compatibility";
import { loadPackage } from "./package-model";
import {
  cellRules,
  cellsLookedUp,
  chartRules,
  contentTypeRules,
  nameRules,
  overlapRules,
  relationshipRules,
  styleRules,
  tableRules,
  textLengthRules,
  viewRules,
} from "./package-rules";
import { PART_SCHEMAS, SchemaValidation } from "./schema-validation";
import { teeSink, xmlWriter, type XmlSink } from "./xml-tree";

export interface PackageCheck {
  /** xmllint's errors against the ECMA-376 transitional schemas, after Markup Compatibility processing. */
  readonly schemaErrors: readonly string[];
  /** Package rules no schema expresses. */
  readonly violations: readonly string[];
}

/** A sink that notes the part's root element when it opens. */
const rootOf = (found: (local: string) => void): XmlSink => {
  let seen = false;
  return {
    open: (start) => {
      if (!seen) found(start.local);
      seen = true;
    },
    text: () => undefined,
    close: () => undefined,
  };
};

/**
 * Checks an .xlsx the way a strict consumer would: every XML part against the ECMA-376 transitional schemas after
 * Markup Compatibility processing, then the package rules (relationships, content types, tables, overlaps, names,
 * styles, chart references, views, cells).
 * Every part is read as a stream, whatever its size: its events go through Markup Compatibility processing into the
 * file xmllint validates, and a worksheet's rows are judged one at a time; the model keeps each worksheet without its
 * rows, and of its cells only those the rules look up by address.
 */
export async function checkPackage(data: Uint8Array): Promise<PackageCheck> {
  const schemaErrors: string[] = [];
  const violations: string[] = [];
  const validation = new SchemaValidation();
  try {
    const model = await loadPackage(data, {
      part(path, type) {
        const schema = type ? PART_SCHEMAS[type] : undefined;
        if (!schema) {
          violations.push(`${path}: no schema known for content type ${type}`);
          return undefined;
        }
        const file = validation.part(path, schema.wrapper);
        const filter = new MarkupCompatibilityFilter(path, xmlWriter(file.write));
        const root = rootOf((local) => {
          if (local !== schema.root) violations.push(`${path}: root <${local}>, expected <${schema.root}> for ${type}`);
        });
        return {
          sink: teeSink(root, filter),
          end() {
            file.end();
            schemaErrors.push(...filter.problems);
          },
        };
      },
      rows(partial) {
        const judge = cellRules(partial);
        return { keep: cellsLookedUp(partial), row: (sheet, row) => violations.push(...judge(sheet, row)) };
      },
    });
    schemaErrors.push(...validation.run());
    violations.push(
      ...contentTypeRules(model),
      ...relationshipRules(model),
      ...tableRules(model),
      ...overlapRules(model),
      ...nameRules(model),
      ...styleRules(model),
      ...chartRules(model),
      ...viewRules(model),
      ...textLengthRules(model),
    );
  } finally {
    validation.dispose();
  }
  return { schemaErrors, violations };
}
