/**
 * The word tables behind finding Chinese names in free text (DOMAIN.md §4.4, source 004 §4 "不得泄露客户姓名"): how
 * people write a person in service feedback — 王女士, 李先生, 张三师傅, 小李, 老王, 联系人张三. A surname alone
 * says nothing; a surname with a title, a familiar prefix or a context word before it does.
 */

/** Split a space-separated list into a set. */
const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter((w) => w !== ""));

/**
 * Single-character surnames that start a name before a title (王女士) or after a context word (联系人王五): the
 * common surnames, without the characters that are far more often a function word (和, 都, 来, 由, 那, 於, 但…).
 */
export const SURNAMES = words(`
  王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁
  潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱
  江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安
  齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕
  季 裴 霍 涂 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 牟 艾 尤 穆 卓 吉 缪 简 车
  项 连 麦 褚 娄 窦 戚 岑 景 宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 佟 臧 闵 苟 邬 边 卞 姬 栾 隋 刁 荣 巫 寇 桑 郎
  甄 仲 虞 敖 巩 佘 池 邝 谈 匡 鞠 惠 荆 冀 郁 胥 储 栗 燕 楚 鄢 谌 奚 皮 粟 冼 蔺 阚 屠 禹 祖 卿 狄 晋 芮 阙 邸
  辜 裘 亓 邰 赫 杭 逯 茹 诸 慕 嵇 湛 戎 茅 揭 尉 檀 昝 衡 闭`);

/** Two-character surnames (欧阳娜娜 → 欧***). */
export const COMPOUND_SURNAMES = words(
  "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 独孤 南宫",
);

/** The surnames that people put after 小 or 老 (小李, 老王): the most common ones. */
export const FAMILIAR_SURNAMES = words(`
  王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁
  潘 蒋 蔡 杜 叶 苏 魏 吕 丁 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 廖 贾 夏 邹 孟 熊 秦 邱 薛 闫 段 雷 侯 史 陶 贺`);

/**
 * What follows 小 or 老 and a surname character when no one is named (小马达, 老黄历, 小范围, 老顾客 has no
 * familiar surname): the familiar pattern never matches where the surname and the next character form one of
 * these words.
 */
export const FAMILIAR_EXCEPTIONS = words(`
  马达 马上 马虎 马路 高兴 高端 高档 高温 黄金 黄色 黄历 黄车 周末 周期 周到 周边 周年 孙子 孙女 王子 王国 李子
  林子 段子 熊猫 雷达 陶瓷 史料 贺卡 许多 范围 陈旧 陈列 谢谢 谢绝 夏天 钟表 钟点 丁点 姜汤 杨柳 曾经 郑重 唐突
  宋体 田地 田园 杜绝 胡同 叶子 陆续 苏醒 董事 刘海 肖像 徐徐 何时 何必 何况 韩国 罗列 梁子 卢比 侯爵 秦朝 唐朝
  宋朝 魏国 朱红 沈默 潘多 吴语`);

/** Titles written right after a surname or a full name: 王女士, 李先生, 张三师傅, 赵工. */
export const TITLES: readonly string[] = [
  ...words(`女士 先生 小姐 师傅 工程师 经理 主管 老师 阿姨 大姐 大哥 大爷 医生 律师 同学 主任 科长 部长 处长 组长
  总监 老板 助理 专员 技师 护士 总 工`),
].sort((a, b) => b.length - a.length);

/** Words after which the next surname and one or two characters are a person: 联系人张三, 处理人：王五. */
export const NAME_CONTEXT_BEFORE: readonly string[] = [
  ...words(`联系人 姓名 名字 名叫 叫做 处理人 负责人 责任人 审核人 审批人 回访人员 回访人 经办人 工程师 技术员 维修员
  维修工 客服专员 客服 对接人 收件人 报修人 签收人 客户 用户 致电 找`),
].sort((a, b) => b.length - a.length);

/**
 * Characters that end a name found after a context word: function words and the verbs that follow a person
 * (张三说, 王五反映, 李四已经), so 客户张三反映 masks 张三 and leaves 反映.
 */
export const NOT_IN_GIVEN_NAME = words(`
  的 了 和 与 跟 给 是 在 把 被 对 向 说 很 也 都 就 反 表 称 来 去 打 要 问 到 已 再 又 还 不 没 投 抱 等 希 认 觉
  让 请 帮 着 过 及 或 讲 回 态 处 服 上 门 修 联 电 致 催 今 昨 于 为 以 将 会 能 可 该 从 自 这 那 哪 有`);

/** English titles before a family name: Mr. Smith, Ms Li. */
export const ENGLISH_TITLES = words("Mr Mrs Ms Miss Dr Mx");
