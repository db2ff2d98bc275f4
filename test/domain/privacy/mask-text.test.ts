import fc from "fast-check";
import {
  findEmails,
  findNames,
  findNumbers,
  foldWidth,
  knownNamesPattern,
  maskText,
} from "../../../src/domain/privacy";

const known = knownNamesPattern(["赵六", "欧阳娜娜", "John Smith"]);

describe("maskText finds and masks personal data in every written form (DOMAIN §4.4)", () => {
  it.each([
    ["13812345678", "138****5678"],
    ["138.1234.5678", "138.****.5678"],
    ["138 - 1234 - 5678", "138 - **** - 5678"],
    ["１３８１２３４５６７８", "１３８****５６７８"],
    ["+86 138 1234 5678", "+86 138 **** 5678"],
    ["+86-13812345678", "+86-138****5678"],
    ["1381234 5678", "138**** 5678"],
    ["(010) 8888-6666", "(010) ****-6666"],
    ["（０１０）８８８８－６６６６", "（０１０）****－６６６６"],
    ["0755-8888 6666", "0755-**** 6666"],
    ["02188886666", "021****6666"],
    ["11010119900307123X", "110101********123X"],
    ["身份证号：110101199003071234。", "身份证号：110101********1234。"],
    ["zhang@x.com", "z***@x.com"],
    ["李四@公司.中国", "李***@公司.中国"],
    ["ｗａｎｇ＠ｘ．ｃｏｍ", "ｗ***@ｘ．ｃｏｍ"],
    ["王女士", "王**"],
    ["李先生来电", "李**来电"],
    ["张三师傅态度很差", "张***态度很差"],
    ["王小明经理", "王****"],
    ["欧阳娜娜女士", "欧*****"],
    ["赵工说", "赵*说"],
    ["小李说明天上门", "小*说明天上门"],
    ["老王的服务", "老*的服务"],
    ["联系人张三", "联系人张*"],
    ["处理人：王五，已回访", "处理人：王*，已回访"],
    ["客户张三反映", "客户张*反映"],
    ["赵六来过两次", "赵*来过两次"],
    ["Mr. Smith called twice", "Mr. S**** called twice"],
    ["call John Smith", "call J*** *****"],
    ["订单号20240115001已处理", "订单号*******5001已处理"],
    ["张三师傅态度很差，联系王女士13812345678", "张***态度很差，联系王**138****5678"],
  ])("%p → %p", (text, masked) => {
    expect(maskText(text, "all", known)).toBe(masked);
  });
});

describe("maskText leaves text that names no one as it is", () => {
  it.each([
    "2024-SVC-001",
    "IMP-202401-01",
    "2024-01-15 10:30",
    "2024/03/01",
    "空调 KFR-35GW/BP3 安装日期 2023-06-01 批次 B23",
    "等了3天才到，45秒没人接",
    "半小时才回复",
    "老顾客了，小范围试用",
    "安装师傅态度很好",
    "项目经理和高级工程师都来了",
    "高工资也留不住人",
    "客户高度评价",
    "客户方面反映流程繁琐",
    "评分 4.5 分",
    "版本 v1.2.3",
  ])("%p", (text) => {
    expect(maskText(text, "all", known)).toBe(text);
  });

  it("an id keeps its own digit runs but not a phone", () => {
    expect(maskText("C20240115001", "idLike")).toBe("C20240115001");
    expect(maskText("13812345678", "idLike")).toBe("138****5678");
    expect(maskText("FB-20240301-001", "idLike")).toBe("FB-20240301-001");
  });
});

/** Text made of planted personal values, ordinary words and random characters. */
const FRAGMENTS = [
  "13812345678",
  "138.1234.5678",
  "+86 139 8765 4321",
  "１３６１２３４５６７８",
  "(010) 8888-6666",
  "0755-8888 6666",
  "11010119900307123X",
  "zhang@x.com",
  "李四@公司.中国",
  "王女士",
  "张三师傅",
  "小李",
  "老王",
  "联系人赵六",
  "Mr. Smith",
  "态度很差",
  "，",
  " ",
  "2024-01-15",
  "等了3天",
  "订单20240115001",
];
const personalText = fc
  .array(
    fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 }), fc.string({ unit: "grapheme", maxLength: 3 })),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(""));

describe("properties", () => {
  it("masking is idempotent", () => {
    fc.assert(
      fc.property(personalText, (text) => {
        const once = maskText(text, "all", known);
        expect(maskText(once, "all", known)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("a masked text holds no detectable personal item", () => {
    fc.assert(
      fc.property(personalText, (text) => {
        const masked = maskText(text, "all", known);
        const folded = foldWidth(masked);
        expect(findNumbers(folded)).toEqual([]);
        expect(findEmails(folded)).toEqual([]);
        expect(findNames(masked, known)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("a mobile written in any grouping, separator and width never survives", () => {
    const separator = fc.constantFrom("", " ", "-", ".", " - ", "　", "－");
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.stringMatching(/^\d{9}$/),
        separator,
        separator,
        fc.boolean(),
        fc.constantFrom("", "电话", "请联系", "tel: "),
        (second, rest, s1, s2, wide, before) => {
          const digits = `1${second}${rest}`;
          let written = `${digits.slice(0, 3)}${s1}${digits.slice(3, 7)}${s2}${digits.slice(7)}`;
          if (wide) written = written.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
          const masked = foldWidth(maskText(`${before}${written}。`)).replace(/[^\d*]/g, "");
          expect(masked).toBe(`${digits.slice(0, 3)}****${digits.slice(7)}`);
        },
      ),
    );
  });
});
