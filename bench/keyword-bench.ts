/**
 * Keyword quality (issue 15 item 5): the TOP 5 problem keywords of a labelled set of negative feedback texts
 * (test/fixtures/keywords/labelled-feedback.txt, each text with the problem phrases a person would name) against
 * those labels. Precision = share of the TOP 5 keywords that are a labelled phrase of the set; recall = share of the
 * 5 most frequent labelled phrases (ties by phrase) found in the TOP 5.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createKeywordExtractor } from "../src/domain/keywords/extract-keywords";
import { loadJiebaSegmenter } from "../src/domain/keywords/jieba-node";
import { compareText, topKeywordsWith } from "../src/domain/keywords/top-keywords";
import { listSpec } from "../src/domain/schema/lists";

export interface KeywordQuality {
  readonly texts: number;
  readonly top5: readonly string[];
  readonly labelledTop5: readonly string[];
  readonly precision: number;
  readonly recall: number;
}

export function labelledFeedback(): { text: string; labels: string[] }[] {
  const file = join(__dirname, "..", "test", "fixtures", "keywords", "labelled-feedback.txt");
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => {
      const [text = "", labels = ""] = line.split("\t");
      return { text, labels: labels.split(",").filter((l) => l !== "") };
    });
}

/** TOP 5 of the set with the default Lists (领域词库, 停用词), scored against the labels. */
export function keywordQuality(): KeywordQuality {
  const set = labelledFeedback();
  const extractor = createKeywordExtractor(
    loadJiebaSegmenter(listSpec("lexicon").values),
    listSpec("stopWords").values,
  );
  const top5 = topKeywordsWith(
    set.map((s) => s.text),
    5,
    extractor,
  ).map((k) => k.keyword);
  const labelCounts = new Map<string, number>();
  for (const s of set) for (const l of new Set(s.labels)) labelCounts.set(l, (labelCounts.get(l) ?? 0) + 1);
  const labelledTop5 = [...labelCounts]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, 5)
    .map(([l]) => l);
  return {
    texts: set.length,
    top5,
    labelledTop5,
    precision: top5.filter((k) => labelCounts.has(k)).length / top5.length,
    recall: labelledTop5.filter((l) => top5.includes(l)).length / labelledTop5.length,
  };
}

export function benchKeywords(): { keywords: KeywordQuality } {
  return { keywords: keywordQuality() };
}
