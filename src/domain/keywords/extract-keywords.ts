/**
 * Problem keywords of one text (DOMAIN.md §6): segmented words without stop words, punctuation, numbers and
 * one-character words; domain-lexicon words are always kept.
 */
import { CHINESE_STOP_WORDS } from "./chinese-stop-words";
import { ENGLISH_STOP_WORDS } from "./english-stop-words";
import type { Segmenter } from "./segmenter";

/** Stop words as given (the Lists sheet's 停用词); compared after NFKC and lower-casing. */
export type StopWords = ReadonlySet<string> | readonly string[];

/** A text's distinct keywords in order of first appearance; caches each distinct text's answer. */
export type KeywordExtractor = (text: string) => readonly string[];

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
/** Inside a token without Chinese: words are runs of letters, digits and inner apostrophes or hyphens. */
const NON_WORD = /[^\p{L}\p{N}'’-]+/u;
const EDGE_MARKS = /^['’-]+|['’-]+$/gu;
/** A count with at most one unit character: 3天, 2次, 12h, 45秒. Numbers alone carry no letter and go anyway. */
const QUANTITY = /^[\p{N}.,:]+\p{L}?$/u;
/** A count in Chinese numerals: 三次, 两天, 一个多, 半小时, 好几天. */
const CHINESE_QUANTITY =
  /^[好几半一二两三四五六七八九十百千万]+(?:个|次|天|周|月|年|遍|趟|件|台|位|小时|分钟|星期)?多?$/u;

function normalizeWords(words: StopWords): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of words) {
    const n = w.normalize("NFKC").trim().toLowerCase();
    if (n !== "") out.add(n);
  }
  return out;
}

/** Splits a token with no Chinese character into words (`Wi-Fi,slow` → `wi-fi`, `slow`). */
function subTokens(token: string): string[] {
  if (HAN.test(token)) return [token];
  return token
    .split(NON_WORD)
    .map((t) => t.replace(EDGE_MARKS, ""))
    .filter((t) => t !== "");
}

function isKeyword(word: string, stop: ReadonlySet<string>, lexicon: ReadonlySet<string>): boolean {
  if (lexicon.has(word)) return !stop.has(word);
  if (stop.has(word) || ENGLISH_STOP_WORDS.has(word) || CHINESE_STOP_WORDS.has(word)) return false;
  if (!LETTER.test(word) || QUANTITY.test(word) || CHINESE_QUANTITY.test(word)) return false;
  return [...word].length > 1;
}

function keywordsWith(
  text: string,
  segmenter: Segmenter,
  stop: ReadonlySet<string>,
  lexicon: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  const normalized = text.normalize("NFKC");
  if (normalized.trim() === "") return out;
  for (const token of segmenter(normalized)) {
    for (const sub of subTokens(token.trim())) {
      const word = sub.toLowerCase();
      if (isKeyword(word, stop, lexicon)) out.push(word);
    }
  }
  return out;
}

/**
 * The keywords of `text` in order, repeats included (DOMAIN.md §6). The text is NFKC-normalised (full-width
 * letters and digits become ASCII) and segmented; a token without Chinese characters is split further at
 * punctuation and spaces, and every word is lower-cased. A word is dropped when it is a stop word (the given list
 * `ENGLISH_STOP_WORDS` or `CHINESE_STOP_WORDS`), has no letter (numbers, punctuation, spaces), is a count (`3天`,
 * `2次`, `三次`, `一个多`), or is one character long — except words of the segmenter's lexicon, which are kept unless they
 * are in the given stop words.
 */
export function extractKeywords(text: string, segmenter: Segmenter, stopWords: StopWords): string[] {
  return keywordsWith(text, segmenter, normalizeWords(stopWords), segmenter.lexicon ?? new Set());
}

/**
 * A keyword extractor for many texts (DOMAIN.md §6): the distinct keywords of each text, segmenting each distinct
 * text once (the answer is cached for the extractor's lifetime; keep one extractor per report, or longer).
 */
export function createKeywordExtractor(segmenter: Segmenter, stopWords: StopWords): KeywordExtractor {
  const stop = normalizeWords(stopWords);
  const lexicon = segmenter.lexicon ?? new Set<string>();
  const cache = new Map<string, readonly string[]>();
  return (text: string) => {
    let words = cache.get(text);
    if (words === undefined) {
      words = [...new Set(keywordsWith(text, segmenter, stop, lexicon))];
      cache.set(text, words);
    }
    return words;
  };
}
