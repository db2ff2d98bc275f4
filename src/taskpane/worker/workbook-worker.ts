/**
 * The entry of browser mode's workbook worker (start-worker.ts starts it): the pane's file-path work runs here, off
 * the pane's thread, with jieba-wasm's web build for the report's keywords.
 */
import { loadJiebaSegmenterInBrowser } from "../../domain/keywords/jieba-browser";
import type { MessagePort, WorkerRequest, WorkerResponse } from "./protocol";
import { serveWorkbooks } from "./serve-workbooks";

serveWorkbooks(self as unknown as MessagePort<WorkerRequest, WorkerResponse>, (lexicon) =>
  loadJiebaSegmenterInBrowser(lexicon),
);
