import fc from "fast-check";
import { maskField, maskName } from "../../src/domain/masking";
import { maskText } from "../../src/domain/privacy";
import type { CellValue } from "../../src/domain/schema/types";

describe("maskName (DOMAIN §4.4)", () => {
  it.each([
    ["张三", "张*"],
    ["欧阳娜娜", "欧***"],
    ["张", "张"],
    [" 李四 ", "李*"],
    ["John Smith", "J*** *****"],
    ["", ""],
  ])("%p → %p", (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe("numbers (maskText)", () => {
  it.each([
    ["13812345678", "138****5678"],
    ["19900001111", "199****1111"],
    ["138-1234-5678", "138-****-5678"],
    ["138 1234 5678", "138 **** 5678"],
    ["010-88886666", "010-****6666"], // 8-digit run keeps the last 4
    ["1234567", "***4567"],
    ["123456", "123456"], // shorter than 7: kept
    ["12812345678", "*******5678"], // 12… is no mobile: another 11-digit run
    ["8613812345678", "86138****5678"], // a mobile with its country code
  ])("%p → %p", (text, masked) => {
    expect(maskText(text, "numbers")).toBe(masked);
  });
});

describe("e-mails (maskText)", () => {
  it.each([
    ["zhang@x.com", "z***@x.com"],
    ["a.b@example.com.cn", "a***@example.com.cn"],
    ["13812345678@163.com", "1***@163.com"],
    ["a@13812345678.cn", "a***@138****5678.cn"],
    ["not an e-mail", "not an e-mail"],
  ])("%p → %p", (text, masked) => {
    expect(maskText(text)).toBe(masked);
  });
});

describe("free text (maskText)", () => {
  it.each([
    ["请联系13812345678或zhang@x.com", "请联系138****5678或z***@x.com"],
    ["电话 138 1234 5678，谢谢", "电话 138 **** 5678，谢谢"],
    ["座机010-88886666转123", "座机010-****6666转123"],
    ["订单号20240115001已处理", "订单号*******5001已处理"],
    ["2024-01-15 客户来电，等了3天", "2024-01-15 客户来电，等了3天"],
    ["wang.li@corp.cn 13912345678", "w***@corp.cn 139****5678"],
    ["130-0000 0000x", "130-**** 0000x"],
    ["", ""],
  ])("%p → %p", (text, masked) => {
    expect(maskText(text)).toBe(masked);
  });
});

describe("maskField", () => {
  it.each<[CellValue, "name" | "contact", string | undefined]>([
    ["张三", "name", "张*"],
    ["北京某某科技有限公司", "name", "北*********"],
    [undefined, "name", undefined],
    [undefined, "contact", undefined],
    [13812345678, "contact", "138****5678"],
    ["张三 13812345678", "contact", "张* 138****5678"],
    ["王先生/wang@x.com", "contact", "王**/w***@x.com"],
    ["李四", "contact", "李*"],
    ["Tom 010-88886666", "contact", "T** 010-****6666"],
  ])("%p as %p → %p", (value, kind, masked) => {
    expect(maskField(value, kind)).toBe(masked);
  });
});

describe("masking properties", () => {
  const mobile = fc
    .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
    .map(([second, rest]) => `1${String(second)}${String(rest).padStart(9, "0")}`);
  const spaced = mobile.map((m) => `${m.slice(0, 3)}-${m.slice(3, 7)} ${m.slice(7)}`);
  const email = fc.tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), mobile).map(([local, m]) => `${local}${m}@qq.com`);
  const piece = fc.oneof(
    mobile,
    spaced,
    email,
    fc.string({ maxLength: 8 }),
    fc.stringMatching(/^\d{1,14}$/),
    fc.constantFrom("张三", "电话", "，", " ", "-"),
  );
  const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(""));
  const MOBILE = /1[3-9]\d{9}/;

  it("never leaves an 11-digit mobile, written together or 3-4-4", () => {
    fc.assert(
      fc.property(text, (t) => {
        const masked = maskText(t);
        expect(masked).not.toMatch(MOBILE);
        expect(masked).not.toMatch(/(?<!\d)1[3-9]\d[- ]\d{4}[- ]\d{4}(?!\d)/);
        expect(maskField(t, "contact")).not.toMatch(MOBILE);
      }),
    );
  });

  it("keeps the length of the text outside e-mails", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(mobile, spaced, fc.stringMatching(/^[^@]{0,8}$/)), { maxLength: 8 }), (parts) => {
        const t = parts.join("");
        expect(maskText(t, "numbers")).toHaveLength(t.length);
      }),
    );
  });
});
