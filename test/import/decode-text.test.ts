import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText } from "../../src/import/decode-text";
import { encodeGb18030 } from "./gb18030-encoder";

const TEXT = "客户编号,服务日期\nC001,2024年3月5日\n";
const utf8 = new TextEncoder().encode(TEXT);

describe("decodeText detects the encoding of a CSV file", () => {
  test.each<[string, Uint8Array, string]>([
    ["UTF-8", utf8, "utf-8"],
    ["UTF-8 with a byte-order mark", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), "utf-8-bom"],
    ["GB18030 (Chinese Excel's default CSV)", encodeGb18030(TEXT), "gb18030"],
    [
      "UTF-16LE with a mark (Excel's Unicode text)",
      Uint8Array.from([0xff, 0xfe, ...Buffer.from(TEXT, "utf16le")]),
      "utf-16le",
    ],
  ])("%s", (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding });
  });

  test("a GBK file written by Python's gb18030 codec", () => {
    const bytes = readFileSync(join(__dirname, "../fixtures/import/gbk-issues.csv"));
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("gb18030");
    expect(decoded.text.split("\r\n")[0]).toBe(
      "工单号,受理时间,渠道,问题类别,紧急程度,客户名称,联系电话,问题描述,一次性解决,处理人",
    );
  });

  test("UTF-16 without a mark, little- and big-endian", () => {
    const le = Buffer.from(TEXT, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeText(be)).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  test("a UTF-8 file with a few bad bytes stays UTF-8 and names them with their lines", () => {
    const lines = [
      "客户编号,服务日期,备注",
      "C001,2024年3月5日,上门服务",
      "C002,2024年3月6日,电话回访",
      "C003,2024年3月7日,已解决",
    ];
    const good = new TextEncoder().encode(lines.join("\n"));
    const at = (text: string) => Buffer.from(good).indexOf(Buffer.from(text));
    const bytes = Uint8Array.from(good);
    // each replaced lead byte leaves itself and its character's two continuation bytes unreadable: 3 bad bytes each
    bytes[at("上门")] = 0xff; // line 2
    bytes[at("已解决")] = 0xb2; // line 4
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.badBytes).toEqual({ count: 6, lines: [2, 4] });
    expect(decoded.text.split("\n")[2]).toBe(lines[2]);
  });

  test("plain ASCII is UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("id,name\n1,a\n")).encoding).toBe("utf-8");
  });
});
