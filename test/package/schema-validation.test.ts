import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SML } from "./markup-compatibility";
import { SchemaValidation } from "./schema-validation";

/**
 * xmllint validates the check's files as a stream (`--stream`, bounded memory for a sheet of any size): on a known-bad
 * worksheet it reports the errors it reports when it loads the whole file, without the "element x:" its tree mode puts
 * before each.
 */
const BAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  `<worksheet xmlns="${SML}" xmlns:z="urn:z"><sheetData z:flag="1"><row r="1">` +
  '<c r="A1" t="zz"><v>1</v></c><c r="B1" s="x"/></row><bogus/></sheetData></worksheet>';

const expected = [
  `bad.xml:2: Schemas validity error : Element '{${SML}}sheetData', attribute '{urn:z}flag': The attribute '{urn:z}flag' is not allowed.`,
  `bad.xml:2: Schemas validity error : Element '{${SML}}c', attribute 't': [facet 'enumeration'] The value 'zz' is not an element of the set {'b', 'n', 'e', 's', 'str', 'inlineStr'}.`,
  `bad.xml:2: Schemas validity error : Element '{${SML}}c', attribute 's': 'x' is not a valid value of the atomic type 'xs:unsignedInt'.`,
  `bad.xml:2: Schemas validity error : Element '{${SML}}bogus': This element is not expected. Expected is ( {${SML}}row ).`,
];

test("a bad worksheet validated as a stream has the errors of a whole-file validation", () => {
  const validation = new SchemaValidation();
  try {
    const file = validation.part("bad.xml", "spreadsheetml");
    file.write(BAD);
    file.end();
    expect(validation.run()).toEqual(expected);
  } finally {
    validation.dispose();
  }
  const dir = mkdtempSync(join(tmpdir(), "sqd-xsd-"));
  try {
    writeFileSync(join(dir, "bad.xml"), BAD);
    const schema = resolve(__dirname, "../../schemas/ooxml/wrappers/spreadsheetml.xsd");
    const whole = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, "bad.xml"], {
      cwd: dir,
      encoding: "utf8",
    });
    const lines = whole.stderr.split("\n").filter((l) => l.startsWith("bad.xml:"));
    expect(lines.map((l) => l.replace(/^(bad\.xml:\d+: )element \w+: /, "$1"))).toEqual(expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
