/**
 * English stop words for problem keywords (DOMAIN.md §6: "English text is supported too"): function words and the
 * everyday verbs of a complaint that say nothing about the problem. Lower case; the Lists sheet's 停用词 adds more.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below " +
    "between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each " +
    "even ever every few for from further get gets got had hadn't has hasn't have haven't having he her here hers " +
    "herself him himself his how i i'm i've if in into is isn't it it's its itself just let's me more most much " +
    "my myself no nor not now of off on once only or other our ours ourselves out over own please same she should " +
    "shouldn't so some still such than that that's the their theirs them themselves then there these they they're " +
    "this those through to too under until up us very was wasn't we we're were weren't what when where which while " +
    "who whom why will with won't would wouldn't yet you you're your yours yourself yourselves " +
    "really said say says told tell thing things one two three get got us via ok okay"
  ).split(" "),
);
