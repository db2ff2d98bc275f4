/**
 * The jieba segmenter in Node (DOMAIN.md §6): for the command line, tests and benchmarks. jieba-wasm's Node build
 * loads its wasm synchronously on `require`, so no `init()` is needed here; the task pane uses `jieba-browser.ts`.
 */
import * as jieba from "jieba-wasm/node";
import { jiebaSegmenter, type Segmenter } from "./segmenter";

/**
 * A jieba segmenter with the domain lexicon (the Lists sheet's 领域词库) added (DOMAIN.md §6). The first cut warms
 * up jieba's dictionary (about 0.3 s), so that the first report does not pay for it per text.
 */
export function loadJiebaSegmenter(lexicon: readonly string[]): Segmenter {
  const segmenter = jiebaSegmenter(jieba, lexicon);
  segmenter("预热");
  return segmenter;
}
