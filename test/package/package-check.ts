import { processMarkupCompatibility } from "./markup-compatibility";
import { loadPackage } from "./package-model";
import {
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
import { PART_SCHEMAS, validateParts } from "./schema-validation";
import { serializeXml } from "./xml-tree";

export interface PackageCheck {
  /** xmllint's errors against the ECMA-376 transitional schemas, after Markup Compatibility processing. */
  readonly schemaErrors: readonly string[];
  /** Package rules no schema expresses. */
  readonly violations: readonly string[];
}

/**
 * Checks an .xlsx the way a strict consumer would: every XML part against the ECMA-376 transitional schemas after
 * Markup Compatibility processing, then the package rules (relationships, content types, tables, overlaps, names,
 * styles, chart references, views).
 */
export async function checkPackage(data: Uint8Array): Promise<PackageCheck> {
  const model = await loadPackage(data);
  const schemaErrors: string[] = [];
  const violations: string[] = [];
  const toValidate: { path: string; xml: string; wrapper: string }[] = [];
  for (const [path, root] of model.xml) {
    const type =
      path === "[Content_Types].xml" ? "application/vnd.openxmlformats-package.content-types" : model.contentType(path);
    const schema = type ? PART_SCHEMAS[type] : undefined;
    if (!schema) {
      violations.push(`${path}: no schema known for content type ${type}`);
      continue;
    }
    if (root.local !== schema.root)
      violations.push(`${path}: root <${root.local}>, expected <${schema.root}> for ${type}`);
    const processed = processMarkupCompatibility(root, path);
    schemaErrors.push(...processed.problems);
    toValidate.push({ path, xml: serializeXml(processed.root), wrapper: schema.wrapper });
  }
  schemaErrors.push(...validateParts(toValidate));
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
  return { schemaErrors, violations };
}
