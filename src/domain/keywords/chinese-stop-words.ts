/**
 * Chinese function and filler words that never name a problem (DOMAIN.md §6): connectives, pronouns, hedges and
 * the openers and closers of spoken feedback (说实话, 总的来说, 希望改进), and words that name who or where but no
 * problem (师傅, 客服, 客户, 电话). Applied besides the Lists sheet's 停用词,
 * whose default list is short; a word the user puts in the domain lexicon is kept even when it is listed here.
 */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "但是 可是 不过 而且 并且 然后 因为 所以 如果 虽然 还是 就是 也是 都是 不是 只是 已经 一直 一下 一点 一些 " +
    "有点 有些 真的 确实 其实 实在 总的来说 说实话 我想 希望 麻烦 谢谢 感谢 您好 你好 我们 你们 他们 她们 它们 " +
    "自己 这个 那个 这样 那样 这么 那么 怎么 什么 为什么 哪里 时候 现在 今天 昨天 之后 以后 之前 以前 可以 可能 " +
    "应该 需要 只能 还有 没有 问题 改进 反映 转告 尽快 请 一样 之类 还要 而已 的话 " +
    // Words that name no problem on their own (issue 15): who or which channel, and verbs of asking for service.
    // 流程 alone is dropped; the lexicon keeps 流程繁琐 whole.
    "讲解 报修 说话 及时 一堆 小时 总是 增加 加强 流程 师傅 客服 客户 电话 上门"
  ).split(" "),
);
