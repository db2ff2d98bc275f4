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

  test("plain ASCII is UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("id,name\n1,a\n")).encoding).toBe("utf-8");
  });
});
