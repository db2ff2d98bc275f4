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
  }
}

declare module "exceljs/lib/xlsx/xform/sheet/data-validations-xform" {
  export default class DataValidationsXform {
    parseClose(name: string): boolean;
  }
}
