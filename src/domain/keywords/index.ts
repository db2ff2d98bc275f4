/**
 * Problem keywords (DOMAIN.md §6). The jieba loaders are not listed here, so that importing this index pulls in
 * neither jieba build: import `./jieba-node` (Node) or lazily `./jieba-browser` (task pane) by path.
 */
export { ENGLISH_STOP_WORDS } from "./english-stop-words";
export { createKeywordExtractor, extractKeywords } from "./extract-keywords";
export type { KeywordExtractor, StopWords } from "./extract-keywords";
export { jiebaSegmenter, normalizeLexicon } from "./segmenter";
export type { JiebaApi, Segmenter } from "./segmenter";
export { compareText, countKeywords, rankKeywords, topKeywords, topKeywordsWith } from "./top-keywords";
export type { KeywordCount } from "./top-keywords";
