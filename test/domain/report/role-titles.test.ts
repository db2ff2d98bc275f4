import { createPrivacyFilter } from "../../../src/domain/privacy/privacy-filter";
import { parseDeptOwners } from "../../../src/domain/report/dept-owners";
import { roleTitles } from "../../../src/domain/report/private-report";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

describe("Settings' default owners that are role titles are not names (DOMAIN.md §4.4)", () => {
  it("the default deptOwners are all role titles", () => {
    const owners = parseDeptOwners(DEFAULT_SETTINGS.rules.deptOwners).values();
    expect([...roleTitles(owners, createPrivacyFilter())].sort()).toEqual([
      "产品经理",
      "客服主管",
      "技术主管",
      "物流主管",
    ]);
  });

  it("a person's name typed into deptOwners is not a role title, so the report still masks it", () => {
    const owners = parseDeptOwners("客服部:王丽;技术部:Li Wei;产品部:产品经理;物流部:赵六").values();
    // 王丽 and Li Wei look like names; 赵六 is a name the workbook's personal columns know.
    expect([...roleTitles(owners, createPrivacyFilter(["赵六"]))]).toEqual(["产品经理"]);
  });
});
