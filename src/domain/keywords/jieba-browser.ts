/**
 * The jieba segmenter in the browser (DOMAIN.md §6, ARCHITECTURE.md): jieba-wasm's web build needs `await init()`,
 * which fetches its 4 MB wasm. Import this module lazily (`await import(...)`) when a report is generated, so the
 * task pane starts without it.
 */
import init, { add_word, cut, type InitInput } from "jieba-wasm/web";
import { jiebaSegmenter, type Segmenter } from "./segmenter";

let ready: Promise<unknown> | undefined;

/**
 * Initialises jieba-wasm once (later calls reuse it) and returns a segmenter with the domain lexicon added.
 * `wasm` overrides where the wasm comes from; by default the bundler's URL of `jieba_rs_wasm_bg.wasm`.
 * @throws whatever `init` throws when the wasm cannot be fetched or compiled (the next call retries).
 */
export async function loadJiebaSegmenterInBrowser(lexicon: readonly string[], wasm?: InitInput): Promise<Segmenter> {
  ready ??= init(wasm === undefined ? undefined : { module_or_path: wasm });
  try {
    await ready;
  } catch (error) {
    ready = undefined;
    throw error;
  }
  return jiebaSegmenter({ add_word, cut }, lexicon);
}
