import { encryptWorkbook } from "../../src/hosts/xlsx/workbook-encryption";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { catalogues } from "../../src/taskpane/locale";
import { errorText } from "../../src/taskpane/locale/error-text";
import { readSourceGrid } from "../../src/import/read-source";
import { openXlsx } from "../../src/taskpane/workbook/workbook-actions";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";

test("browser mode refuses an encrypted workbook with a message that says why and what to do", async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  const encrypted = encryptWorkbook(await host.toBuffer(), "pw");
  const error: unknown = await openXlsx("加密.xlsx", encrypted).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(errorText(catalogues["zh-CN"], error)).toEqual({
    title: "此工作簿已用密码加密，浏览器中无法解密",
    next: catalogues["zh-CN"].errorWorkbookEncryptedNext,
    detail: expect.stringMatching(/^加密\.xlsx is encrypted, and this app cannot decrypt workbooks here/),
  });
  expect(errorText(catalogues["en-US"], error).title).toBe(
    "This workbook is encrypted with a password, which the browser cannot decrypt",
  );
});

test("the import panel's reader refuses an encrypted source with the same explanation", async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  const bytes = encryptWorkbook(await host.toBuffer(), "pw");
  await expect(readSourceGrid({ fileName: "问卷.xlsx", kind: "xlsx", bytes })).rejects.toMatchObject({
    code: "workbook-encrypted",
    reason: "unsupported",
  });
});
