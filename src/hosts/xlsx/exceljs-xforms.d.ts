/** ExcelJS 4.4 modules the streamed package writer uses, which its typings leave out. */
declare module "exceljs/lib/xlsx/xform/sheet/row-xform" {
  export default class RowXform {
    prepare(model: object, options: object): void;
    render(xmlStream: object, model: object, options?: object): void;
  }
}

declare module "exceljs/lib/utils/xml-stream" {
  export default class XmlStream {
    get xml(): string;
    writeXml(xml: string): void;
  }
}

declare module "exceljs/lib/xlsx/xform/sheet/data-validations-xform" {
  export default class DataValidationsXform {
    parseClose(name: string): boolean;
  }
}

declare module "exceljs/lib/utils/utils" {
  /** ExcelJS's XML text escaper (drops the characters XML 1.0 cannot hold). */
  export function xmlEncode(text: string): string;
}

declare module "exceljs/lib/utils/col-cache" {
  const colCache: { n2l(n: number): string };
  export default colCache;
}

declare module "exceljs/lib/xlsx/xform/sheet/worksheet-xform" {
  export default class WorksheetXform {
    reconcile(model: object, options: object): void;
  }
}

declare module "exceljs/lib/xlsx/xform/strings/shared-string-xform" {
  export default class SharedStringXform {
    render(xmlStream: object, model: unknown): void;
  }
}

declare module "exceljs/lib/xlsx/xform/strings/shared-strings-xform" {
  export default class SharedStringsXform {
    add(value: unknown): number;
    addText(value: string): number;
    readonly values: unknown[];
    readonly count: number;
    get xml(): string;
  }
}
