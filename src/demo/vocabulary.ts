/** Word pools for realistic Chinese demo records: people, companies, products. Texts are in `phrases.ts`. */

/** Common surnames with their pinyin (for e-mail addresses), compound surnames last. */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ["王", "wang"], ["李", "li"], ["张", "zhang"], ["刘", "liu"], ["陈", "chen"], ["杨", "yang"], ["黄", "huang"],
  ["赵", "zhao"], ["吴", "wu"], ["周", "zhou"], ["徐", "xu"], ["孙", "sun"], ["马", "ma"], ["朱", "zhu"],
  ["胡", "hu"], ["郭", "guo"], ["何", "he"], ["林", "lin"], ["罗", "luo"], ["高", "gao"], ["郑", "zheng"],
  ["梁", "liang"], ["谢", "xie"], ["宋", "song"], ["唐", "tang"], ["许", "xu"], ["韩", "han"], ["冯", "feng"],
  ["邓", "deng"], ["曹", "cao"], ["彭", "peng"], ["曾", "zeng"], ["田", "tian"], ["董", "dong"], ["潘", "pan"],
  ["袁", "yuan"], ["蔡", "cai"], ["蒋", "jiang"], ["余", "yu"], ["杜", "du"], ["叶", "ye"], ["程", "cheng"],
  ["魏", "wei"], ["苏", "su"], ["吕", "lv"], ["丁", "ding"], ["沈", "shen"], ["姚", "yao"], ["卢", "lu"],
  ["姜", "jiang"], ["崔", "cui"], ["钟", "zhong"], ["谭", "tan"], ["陆", "lu"], ["汪", "wang"], ["范", "fan"],
  ["金", "jin"], ["石", "shi"], ["廖", "liao"], ["贾", "jia"], ["夏", "xia"], ["韦", "wei"], ["方", "fang"],
  ["白", "bai"], ["邹", "zou"], ["孟", "meng"], ["熊", "xiong"], ["秦", "qin"], ["邱", "qiu"], ["江", "jiang"],
  ["欧阳", "ouyang"], ["司马", "sima"], ["上官", "shangguan"], ["诸葛", "zhuge"],
];

export const GIVEN_NAMES: readonly string[] = [
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
  "霞", "平", "刚", "桂英", "华", "建华", "文", "俊", "鹏", "宇", "浩", "婷", "雪", "欣怡", "子轩", "梓涵",
  "一诺", "浩然", "思远", "雨桐", "佳琪", "博文", "志强", "海燕", "晓东", "春梅", "国庆", "丹", "琳", "凯",
  "新民", "玉兰", "建国", "红梅", "立新", "诗涵", "俊杰", "晨", "斌", "亮", "慧", "颖",
];

export const CITIES: readonly string[] = [
  "杭州", "上海", "苏州", "南京", "深圳", "广州", "成都", "武汉", "宁波", "合肥", "青岛", "西安", "长沙", "郑州",
  "厦门", "无锡", "佛山", "东莞", "天津", "重庆",
];

export const BRAND_WORDS: readonly string[] = [
  "恒信", "华泰", "瑞丰", "鼎盛", "宏达", "金源", "博远", "盛世", "启航", "新辰", "天成", "永安", "佳禾", "中和",
  "德润", "汇通", "锦程", "优品", "安居", "明远",
];

export const INDUSTRIES: readonly string[] = [
  "机电设备", "物业管理", "餐饮管理", "科技", "酒店管理", "商贸", "教育咨询", "建筑装饰", "医疗器械", "物流",
  "连锁超市", "健身服务",
];

export const COMPANY_SUFFIXES: readonly string[] = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"];

/** How an enterprise customer's contact person is addressed. */
export const CONTACT_TITLES: readonly string[] = ["经理", "主管", "总", "工", "女士", "先生"];

export const MAIL_DOMAINS: readonly string[] = ["qq.com", "163.com", "126.com", "foxmail.com", "sina.com", "outlook.com"];

/** Second digits of mainland mobile numbers (1[3-9]xxxxxxxxx). */
export const MOBILE_SECOND_DIGITS = "3456789";

export interface ProductLine {
  readonly name: string;
  readonly models: readonly string[];
  /** Faults customers describe for this product. */
  readonly symptoms: readonly string[];
  /** Mostly bought by companies. */
  readonly business?: boolean;
}

export const PRODUCT_LINES: readonly ProductLine[] = [
  {
    name: "变频空调",
    models: ["KFR-35GW/BP3", "KFR-72LW/A1"],
    symptoms: ["不制冷", "外机噪音大", "室内机漏水", "显示E4故障码", "遥控器失灵"],
  },
  {
    name: "滚筒洗衣机",
    models: ["XQG100-B14", "XQG80-D12"],
    symptoms: ["脱水时剧烈抖动", "不进水", "门锁打不开", "排水慢", "显示E21故障码"],
  },
  {
    name: "燃气热水器",
    models: ["JSQ25-16T3", "JSQ30-E5"],
    symptoms: ["点火失败", "水温忽冷忽热", "开机有异味", "显示E1故障码"],
  },
  { name: "净水器", models: ["RO-600G", "RO-1000X"], symptoms: ["滤芯提示灯常亮", "出水量小", "接头渗水"] },
  { name: "扫地机器人", models: ["RV-S8", "RV-T10 Pro"], symptoms: ["无法回充", "边刷不转", "APP离线", "建图混乱"] },
  { name: "智能门锁", models: ["SL-P20", "SL-X9"], symptoms: ["指纹识别失败", "电量低频繁报警", "面板不亮"] },
  { name: "吸油烟机", models: ["CXW-260-T7"], symptoms: ["吸力不足", "运行异响", "按键失灵"] },
  { name: "对开门冰箱", models: ["BCD-520WK", "BCD-610WP"], symptoms: ["冷藏室结霜", "不制冷", "门封不严"] },
  { name: "洗碗机", models: ["WQP12-V5"], symptoms: ["洗不干净", "不排水", "烘干效果差"] },
  {
    name: "商用展示柜",
    models: ["LSC-1200", "LSC-1800D"],
    symptoms: ["温度降不下来", "压缩机频繁启停", "玻璃门起雾"],
    business: true,
  },
  { name: "商用净水机", models: ["CW-3000"], symptoms: ["出水量不足", "TDS值偏高", "增压泵异响"], business: true },
];
