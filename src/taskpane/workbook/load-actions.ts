import type { Segmenter } from "../../domain/keywords/segmenter";

/**
 * The workbook work of every panel, in its own chunk: it brings ExcelJS, the import readers and the domain rules,
 * which the pane needs only once a workbook is open (issue 5 item 6: the initial JavaScript stays small).
 */
export const loadWorkbookActions = () => import(/* webpackChunkName: "workbook" */ "./workbook-actions");

export type WorkbookActions = Awaited<ReturnType<typeof loadWorkbookActions>>;

/** jieba-wasm's web build (4 MB of wasm), fetched only when a report is generated. */
export async function loadBrowserSegmenter(lexicon: readonly string[]): Promise<Segmenter> {
  const jieba = await import(/* webpackChunkName: "jieba" */ "../../domain/keywords/jieba-browser");
  return jieba.loadJiebaSegmenterInBrowser(lexicon);
}
