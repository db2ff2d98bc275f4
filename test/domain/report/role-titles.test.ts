import { parseDeptOwners } from "../../../src/domain/report/dept-owners";
import { roleTitles } from "../../../src/domain/report/private-report";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

describe("Settings' default owners that are role titles are not names (DOMAIN.md §4.4)", () => {
  it("the default deptOwners are all role titles", () => {
    const owners = parseDeptOwners(DEFAULT_SETTINGS.rules.deptOwners).values();
    expect([...roleTitles(owners)].sort()).toEqual(["产品经理", "客服主管", "技术主管", "物流主管"]);
  });

  it("a person's name or a phone typed into deptOwners is not a role title, so the report still masks it", () => {
    const owners = parseDeptOwners("客服部:王丽;技术部:Li Wei;产品部:产品经理;物流部:13812345678").values();
    expect([...roleTitles(owners)]).toEqual(["产品经理"]);
  });
});
