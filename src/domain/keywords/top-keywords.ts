/**
 * Keyword frequencies (DOMAIN.md §6): counted per record, so a word said twice in one text counts once.
 */
import { createKeywordExtractor, type KeywordExtractor, type StopWords } from "./extract-keywords";
import type { Segmenter } from "./segmenter";

export interface KeywordCount {
  readonly keyword: string;
  /** The number of texts that contain the keyword. */
  readonly count: number;
}

/** Code-point order, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** For each keyword, the number of texts containing it (DOMAIN.md §6). Blank texts count for nothing. */
export function countKeywords(texts: Iterable<string>, extractor: KeywordExtractor): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of extractor(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The `n` most frequent keywords: count descending, ties by keyword in code-point order (deterministic). */
export function rankKeywords(counts: ReadonlyMap<string, number>, n: number): KeywordCount[] {
  return [...counts]
    .map(([keyword, count]) => ({ keyword, count }))
    .sort((a, b) => b.count - a.count || compareText(a.keyword, b.keyword))
    .slice(0, Math.max(0, n));
}

/** `rankKeywords(countKeywords(texts, extractor), n)`: the TOP n with a shared extractor (and its cache). */
export function topKeywordsWith(texts: Iterable<string>, n: number, extractor: KeywordExtractor): KeywordCount[] {
  return rankKeywords(countKeywords(texts, extractor), n);
}

/**
 * The `n` most frequent problem keywords of `texts` (DOMAIN.md §6), counted per text, ties broken by keyword;
 * each distinct text is segmented once.
 */
export function topKeywords(
  texts: readonly string[],
  n: number,
  segmenter: Segmenter,
  stopWords: StopWords,
): KeywordCount[] {
  return topKeywordsWith(texts, n, createKeywordExtractor(segmenter, stopWords));
}
