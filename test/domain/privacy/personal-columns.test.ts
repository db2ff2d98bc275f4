import {
  createPrivacyFilter,
  fieldTreatment,
  knownNames,
  personalKindOfHeader,
  sniffPersonalColumn,
} from "../../../src/domain/privacy";
import { FEEDBACK, FOLLOWUPS, IMPROVEMENTS, ISSUES } from "../../../src/domain/schema";

describe("personal columns by header (issue 12)", () => {
  it.each([
    ["姓名", "name"],
    ["客户姓名", "name"],
    ["名字", "name"],
    ["联系人", "name"],
    ["电话", "contact"],
    ["手机号", "contact"],
    ["联系方式", "contact"],
    ["邮箱", "contact"],
    ["身份证号", "contact"],
    ["Name", "name"],
    ["Customer Name", "name"],
    ["phone", "contact"],
    ["E-mail", "contact"],
    ["产品名称", undefined],
    ["Product name", undefined],
    ["备注", undefined],
    ["", undefined],
  ])("%p → %p", (header, kind) => {
    expect(personalKindOfHeader(header)).toBe(kind);
  });
});

describe("personal fields of the record tables", () => {
  const treatment = (spec: typeof ISSUES, key: string) => {
    const field = spec.fields.find((f) => f.key === key);
    if (!field) throw new Error(`${spec.key} has no field ${key}`);
    return fieldTreatment(field);
  };
  it.each([
    [ISSUES, "customerName", "name"],
    [ISSUES, "contact", "contact"],
    [ISSUES, "handler", "name"],
    [ISSUES, "reviewer", "name"],
    [FOLLOWUPS, "caller", "name"],
    [FEEDBACK, "owner", "name"],
    [IMPROVEMENTS, "owner", "name"],
    [ISSUES, "customerId", "idLike"],
    [FEEDBACK, "staffId", "idLike"],
    [ISSUES, "id", "idLike"],
    [ISSUES, "team", "text"],
    [ISSUES, "description", "text"],
    [ISSUES, "receivedAt", "keep"],
  ] as const)("%#: %s.%s is masked as %s", (spec, key, expected) => {
    expect(treatment(spec, key)).toBe(expected);
  });
});

describe("sniffPersonalColumn", () => {
  it.each([
    [["张伟", "王芳", "李娜", "刘洋"], "name"],
    [["张伟", "王芳", "李娜", undefined, ""], "name"],
    [["13812345678", "139 8765 4321", "a@b.com"], "contact"],
    [["在线客服部", "售后支持组", "电话客服部"], undefined],
    [["安装", "维修", "保养", "其他"], undefined],
    [["张伟", "张伟", "张伟"], undefined],
    [["张伟", "王芳"], undefined],
    [["空调", "KFR-35GW", "洗衣机"], undefined],
  ])("%p → %p", (values, kind) => {
    expect(sniffPersonalColumn(values)).toBe(kind);
  });
});

describe("the privacy filter", () => {
  const rows = [{ customerName: "周杰", contact: "吴敏 13812345678", handler: "李*" }];
  const names = knownNames(rows, { customerName: "name", contact: "contact", handler: "name" });

  it("knows the names of the personal columns, not masked ones", () => {
    expect([...names].sort()).toEqual(["吴敏", "周杰", "李*"].sort());
    const privacy = createPrivacyFilter(names);
    expect(privacy.text("周杰说吴敏也来了")).toBe("周*说吴*也来了");
  });

  it("masks a cell as its column says; a phone stored as a number becomes masked text", () => {
    const privacy = createPrivacyFilter(names);
    expect(privacy.cell("周杰", "name")).toBe("周*");
    expect(privacy.cell("周杰 13812345678", "contact")).toBe("周* 138****5678");
    expect(privacy.cell(13812345678, "idLike")).toBe("138****5678");
    expect(privacy.cell("C20240115001", "idLike")).toBe("C20240115001");
    expect(privacy.cell(4, "text")).toBe(4);
    expect(privacy.cell(45321.5, "keep")).toBe(45321.5);
    expect(privacy.cell(undefined, "name")).toBeUndefined();
  });

  it.each([
    ["周杰", true],
    ["王女士", true],
    ["张*", true],
    ["13812345678", true],
    ["2024", true],
    ["态度差", false],
    ["响应慢", false],
    ["slow", false],
  ])("isPersonalWord(%p) is %p", (word, personal) => {
    expect(createPrivacyFilter(names).isPersonalWord(word)).toBe(personal);
  });
});
