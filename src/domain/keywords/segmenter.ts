/**
 * Word segmentation for problem keywords (DOMAIN.md §6). A `Segmenter` cuts a text into words; the keyword rules
 * (stop words, punctuation, one-character words) are applied afterwards by `extractKeywords`.
 */

/**
 * Cuts a text into words. `lexicon` (the domain lexicon of DOMAIN.md §6, as given to the loader) names the words
 * that are always keywords, even when they are one character long.
 */
export interface Segmenter {
  (text: string): string[];
  readonly lexicon?: ReadonlySet<string>;
}

/** The two functions of jieba-wasm that the segmenter uses; the same in its Node and web builds. */
export interface JiebaApi {
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

/**
 * Day counts that jieba would otherwise glue to the next character: `3天才到` is cut `3 / 天才 / 到` (天才 =
 * "genius") unless `3天` is a word (ARCHITECTURE.md). Adding `0天` … `99天` keeps `3天 / 才 / 到`.
 */
const DAY_COUNT_WORDS: readonly string[] = Array.from({ length: 100 }, (_, n) => `${String(n)}天`);

/** Lexicon entries as the keyword rules compare them: NFKC, lower case, trimmed; blanks dropped. */
export function normalizeLexicon(lexicon: readonly string[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const word of lexicon) {
    const w = word.normalize("NFKC").trim().toLowerCase();
    if (w !== "") words.add(w);
  }
  return words;
}

/**
 * A segmenter over a loaded jieba-wasm module (DOMAIN.md §6): adds every lexicon word with `add_word` (so service
 * phrases such as 态度差 or 未提前告知 stay whole) and the day counts `0天`…`99天`, then cuts with HMM on.
 * Entries containing whitespace are kept in `lexicon` but not added to jieba, which splits on whitespace anyway.
 * jieba-wasm keeps one dictionary per loaded module: words added here stay for every later segmenter.
 */
export function jiebaSegmenter(api: JiebaApi, lexicon: readonly string[]): Segmenter {
  const words = normalizeLexicon(lexicon);
  for (const word of DAY_COUNT_WORDS) api.add_word(word);
  for (const word of words) if (!/\s/u.test(word)) api.add_word(word);
  return Object.assign((text: string) => api.cut(text, true), { lexicon: words });
}
