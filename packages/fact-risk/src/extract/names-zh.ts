import { type NameClaim, type Span, overlaps } from '../claim.js';
import { ZH_SPEECH_VERBS } from './speech.js';

const COMPOUND_SURNAMES =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 南宫'.split(' ');
/** The most common single-character surnames (together well over 80% of people in China). */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
]);

/** Characters that end a name rather than belong to it: particles, prepositions, common verbs' first characters. */
const NOT_IN_NAME = new Set([
  ...'也还则曾亦在对向说表称的和与及是等就都又将已被把给让从于这那此其该各每今昨时上下中后前里认指透告坦了着过吗呢吧啊呀个年月日号点分秒元等并而但即至到以为所人们',
]);

const SPOKE = new RegExp(
  `^(?:也|还|则|曾|亦|更|又|同时|随后|此前|进一步)?(?:在[^，。“”\\n]{1,12}?[上时中])?(?:(?:对|向)(?:记者|媒体|本报))?(?:${ZH_SPEECH_VERBS})`,
  'u',
);

const TITLES =
  '教授|博士|先生|女士|小姐|老师|医生|师傅|经理|主任|院长|局长|部长|校长|书记|总(?=[，。、；：！？“”\\s]|说|表示|称|介绍|认为|坦言|透露|指出)';
const TITLE = new RegExp(`^(?:${TITLES})`, 'u');

const ROLES =
  '董事长|总裁|总经理|经理|首席执行官|首席技术官|首席科学家|首席经济学家|首席分析师|创始人|负责人|主任|院长|校长|局长|处长|部长|厅长|市长|省长|县长|区长|主席|秘书长|理事长|会长|行长|社长|总监|总编|主编|编辑|记者|教授|研究员|分析师|工程师|设计师|医生|医师|护士长|专家|博士|律师|发言人|代表|高管|老师|教练|队长|店长|厂长|主管|合伙人|董事|官员|CEO|CTO|CFO|COO|市民|用户|网友|居民|游客|村民|家长|学生|消费者|顾客|车主|作者|主播|博主|达人|创作者|演员|歌手|选手|运动员|冠军|民警|警官|馆长|站长|所长|台长|司长|组长|科长|团长|园长|讲师|教师|志愿者|创始人|大使|代言人';
const AFTER_ROLE = new RegExp(`(?:${ROLES})$`, 'u');
const ROLE_PREFIX = new RegExp(`^.*(?:${ROLES})`, 'u');
const SPOKE_OR_BREAK = new RegExp(`${ZH_SPEECH_VERBS}|[${[...NOT_IN_NAME].join('')}]`, 'u');
/** Characters after which a name may begin: prepositions and particles ("据王明介绍", "对李华说"). */
const BEFORE_NAME = new Set([
  ...'据对向由和与及的被让请是即从为给跟同经称说、，。：；！？“”‘’（）《》【】「」 \n\t',
]);

const HAN = /[\u4e00-\u9fff]/u;
const TRANSLITERATED = /[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8})+/gu;

/**
 * Chinese names of people: a common surname and one or two given characters, recognised only where the
 * text treats them as a person — before a speech verb (张伟表示, 李明也说), after a role (董事长王明), with a
 * title (王芳教授, 陈女士) — plus transliterated names joined by a middle dot (蒂姆·库克) and Latin-script
 * names before a Chinese speech or report verb (Counterpoint预计).
 */
export function extractChinesePeople(text: string): NameClaim[] {
  const claims: NameClaim[] = [...latinNamesBeforeChineseVerbs(text)];
  for (const match of text.matchAll(TRANSLITERATED)) {
    const [first = '', ...others] = match[0].split(/(?=[·•・])/u);
    const last = others.at(-1) ?? '';
    // The run may start after a role (首席执行官蒂姆·库克) and run on into a verb (库克表示).
    const lead = ROLE_PREFIX.exec(first)?.[0].length ?? 0;
    const tail = last.slice(1).search(SPOKE_OR_BREAK);
    const start = match.index + lead;
    const end = match.index + match[0].length - (tail >= 1 ? last.length - 1 - tail : 0);
    const name = text.slice(start, end);
    if (/^[·•・]|[·•・]$/u.test(name)) continue;
    claims.push({ kind: 'name', start, end, text: name, name });
  }
  for (let at = 0; at < text.length; at += 1) {
    const surname = surnameAt(text, at);
    if (!surname || !mayStartName(text, at)) continue;
    const claim = personAt(text, at, surname.length);
    if (claim && !COMMON_WORDS.has(claim.name) && !claims.some((other) => overlaps(other, claim))) {
      claims.push(claim);
      at = claim.end - 1;
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

const LATIN_SPEAKER = new RegExp(
  `(?<![A-Za-z])[A-Z][A-Za-z&.\\-]+(?: [A-Z][A-Za-z&.\\-]+)*(?=(?:也|还|则)?(?:${ZH_SPEECH_VERBS}|预计|预测|估计|数据显示|的数据|发布的|报告))`,
  'gu',
);

/** Latin-script names in Chinese text, where a Chinese speech or report verb follows: "Counterpoint预计". */
function latinNamesBeforeChineseVerbs(text: string): NameClaim[] {
  return [...text.matchAll(LATIN_SPEAKER)].map((match) => ({
    kind: 'name' as const,
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    name: match[0],
  }));
}

/**
 * Everyday words that start with a surname character and can stand before a verb or after a role word
 * (全程指导, 高管表示, 方面称): never names.
 */
const COMMON_WORDS = new Set(
  '全程 全部 全面 全新 全国 全球 全体 全员 高管 高层 高校 高端 高效 高达 方面 方便 方式 方法 方案 时间 时候 时代 同时 万一 马上 钱包 金额 石油 黄金 白天 任何 何时 如何 周末 周边 周年 江湖 关于 关注 成为 成功 成本 应该 应用 明年 明天 明显 华人 常常 温度 文章 文化 安全 安装 安心 古人 古代 史上 程序 于是 余下 和平 和谐 平台 平均 平时 连续 连锁 项目 路上 路线 路人 管理 游客 游戏 简单 费用 车主 车辆 师傅 包括 包装 宁可 尚未 单位 单独 毛利 邓小平'.split(
    ' ',
  ),
);

function surnameAt(text: string, at: number): string | undefined {
  const compound = COMPOUND_SURNAMES.find((surname) => text.startsWith(surname, at));
  if (compound) return compound;
  const ch = text[at] ?? '';
  return SURNAMES.has(ch) ? ch : undefined;
}

function mayStartName(text: string, at: number): boolean {
  const previous = text[at - 1];
  if (previous === undefined || !HAN.test(previous) || BEFORE_NAME.has(previous)) return true;
  return AFTER_ROLE.test(text.slice(Math.max(0, at - 6), at));
}

function personAt(text: string, at: number, surnameLength: number): NameClaim | undefined {
  const afterSurname = at + surnameLength;
  const claim = (end: number, nameEnd: number, extra: Partial<NameClaim> = {}): NameClaim => ({
    kind: 'name',
    start: at,
    end,
    text: text.slice(at, end),
    name: text.slice(at, nameEnd),
    ...extra,
  });
  // 王教授, 陈女士: a surname with a title stands for a person named in full elsewhere.
  const bareTitle = TITLE.exec(text.slice(afterSurname));
  if (bareTitle) return claim(afterSurname + bareTitle[0].length, afterSurname, { surnameOnly: true });
  const givenFits = (length: number) => {
    const given = text.slice(afterSurname, afterSurname + length);
    return given.length === length && [...given].every((ch) => HAN.test(ch) && !NOT_IN_NAME.has(ch));
  };
  const endsName = (at: number) => {
    const next = text[at] ?? '';
    return next === '' || !HAN.test(next) || NOT_IN_NAME.has(next);
  };
  for (const givenLength of [2, 1]) {
    if (!givenFits(givenLength)) continue;
    const end = afterSurname + givenLength;
    const rest = text.slice(end);
    const title = TITLE.exec(rest);
    if (title) return claim(end + title[0].length, end);
    if (SPOKE.test(rest)) return claim(end, end);
  }
  if (!AFTER_ROLE.test(text.slice(Math.max(0, at - 6), at))) return undefined;
  // After a role (董事长王明在…) the name ends where a particle or punctuation starts; when a verb follows
  // instead (李娜获得), two given characters are likelier than one, and the shorter reading stays possible.
  if (givenFits(1) && endsName(afterSurname + 1)) return claim(afterSurname + 1, afterSurname + 1);
  if (!givenFits(2)) return undefined;
  const end = afterSurname + 2;
  return endsName(end) ? claim(end, end) : claim(end, end, { alternatives: [text.slice(at, end - 1)] });
}

const ORG_SUFFIXES =
  '股份有限公司|有限责任公司|有限公司|集团|公司|大学|学院|研究院|研究所|研究中心|实验室|协会|学会|委员会|基金会|联合会|联盟|银行|医院|交易所|日报|晚报|时报|电视台|通讯社|新闻社|事务所|法院|检察院|人民政府|政府|工作室|证券|资本|控股|咨询|大赛|锦标赛|博览会|峰会|(?<![格布结当饭大开骗僵出变赌定时])局(?!长)|(?<![全内外局头底东西南北中上下前后背腹胸顶面])部(?![长门分])';
const ORG_SUFFIX_AT_END = new RegExp(`(?:${ORG_SUFFIXES})$`, 'u');
const ORG = new RegExp(`[\\u4e00-\\u9fffA-Za-z0-9]{2,16}?(?:${ORG_SUFFIXES})`, 'gu');
/** Words that make a phrase ending in 公司 or 大学 a description, not a name: 一家科技公司, 该集团. */
const GENERIC_PREFIX = new RegExp(
  '^(?:该|本|这家|那家|一家|两家|多家|几家|数家|各家|各大|其他|其|相关|有关|上述|当地|旗下|母|子|分|总|某)?(?:知名|全球|国内|国际|海外|头部|大型|中小|小型|领先|龙头|跨国|本土|独立|权威|专业|第三方|上市|外资|合资|国有|民营|私营|初创|创业|新兴|传统|同类|竞争|合作|主要|周边|附近|定点|三甲|公立|私立|顶尖|一流|多所|各级)*(?:科技|互联网|电商|物流|汽车|制造|零售|咨询|研究|投资|保险|快递|外卖|游戏|软件|硬件|芯片|医药|生物|能源|新能源|教育|培训|传媒|媒体|广告|营销|设计|建筑|地产|房地产|金融|证券|基金|服务|技术|数据|市场|调研|行业|综合|品牌|厂商|公安|派出|税务|工商|统计|气象|交通|交管|交警|消防|卫健|卫生|财政|民政|环保|城管|街道|居委|社区|财务|人事|行政|销售|研发|法务|采购|客服|运营|宣传|法|内|外|全|底|头|大|小|各|本|该|中|上|下)?$',
  'u',
);
/** Where an organisation's name cannot reach back past: particles, punctuation, digits and common verbs. */
const ORG_LEFT_STOP =
  /[的在和与及由据从向对是为被将把让给跟同等了都也还并而但即于至到以该本这那其各每此某，。、；：！？“”‘’（）《》【】「」\s\d]|通过|前往|来到|覆盖|联合|携手|包括|入驻|成立|收购|投资|合作|加入|走进|进入|访问|参观|选择|推出|发布|宣布|表示|认为|可以|需要|已经|正在|开始|以及|或者|还是|就是|今年|去年|明年|近日|日前|目前|此前|随后|同时|此外|另外|其中|最终|逾期/gu;

/** Chinese names of organisations ending in a type word (公司, 集团, 大学, 研究院, 局…) after a specific name. */
export function extractChineseOrganisations(text: string, skip: readonly Span[]): NameClaim[] {
  const claims: NameClaim[] = [];
  for (const match of text.matchAll(ORG)) {
    const end = match.index + match[0].length;
    const suffix = ORG_SUFFIX_AT_END.exec(match[0])?.[0] ?? '';
    let start = match.index;
    // The lazy match starts at the earliest position; walk right past particles and verbs.
    for (const stop of match[0].slice(0, -suffix.length).matchAll(ORG_LEFT_STOP)) {
      start = match.index + stop.index + stop[0].length;
    }
    // A date or figure already read ("2023年世界咖啡品鉴大赛") ends where the name may begin.
    for (const other of skip)
      if (other.start < end - suffix.length && other.end > start) start = Math.max(start, other.end);
    const prefix = text.slice(start, end - suffix.length);
    if ([...prefix].length < 2 || GENERIC_PREFIX.test(prefix)) continue;
    const span = { start, end };
    if (skip.some((other) => overlaps(other, span)) || claims.some((other) => overlaps(other, span)))
      continue;
    // Where a name starts is a guess in unspaced text: any shorter left end with a specific prefix may be it.
    const alternatives = [...prefix].slice(1, -1).map((_, i) => text.slice(start + i + 1, end));
    claims.push({
      kind: 'name',
      start,
      end,
      text: text.slice(start, end),
      name: text.slice(start, end),
      entity: 'organisation',
      ...(alternatives.length > 0 && { alternatives }),
    });
  }
  return claims;
}

const SOURCE =
  /(?:据|根据|来自|援引)([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9 &.-]{1,20}?)(?:的|发布的|公布的)?(?:数据|统计|报告|调查|调研|研究|显示|发布|消息|测算|预测|监测)/gu;
const GENERIC_SOURCE =
  /^(?:不完全|初步|最新|公开|官方|公司|媒体|业内|行业|市场|相关|有关|第三方|内部|机构|统计|调查|研究|了解|悉|报道|消息|估计|测算|介绍|该|本|其|我们|他们|平台|后台|国家|权威|多方|多家|网络|网上|用户|消费者)+$/u;

/** Organisations cited as a source without a type word: 据IDC数据显示, 根据艾瑞咨询的报告. */
export function extractCitedSources(text: string): NameClaim[] {
  return [
    ...named(text, SOURCE, GENERIC_SOURCE),
    ...named(text, PARTNER, GENERIC_ACTOR),
    ...named(text, ACTOR, GENERIC_ACTOR),
  ];
}

/** A partner in a deal: 与宁德时代开展合作, 携手华为签约. */
const PARTNER =
  /(?:与|和|同|跟|携手|联合)([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:开展|达成|进行|展开|签署|签订|建立|深化)?(?:战略)?(?:合作|签约)/gu;
/** An organisation acting at the start of a clause: 特斯拉中国位列第二, 小米回应称. */
const ACTOR = /(?<=^|[，。；：！？\n、])([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:宣布|官宣|位列|领跑|回应)/gu;
/** Subjects and partners that are descriptions or pronouns, not names. */
const GENERIC_ACTOR =
  /^(?:该|本|这|那|其|我|你|他|她|它|双方|各方|对方|多家|多方|有关|相关|官方|公司|企业|品牌|平台|团队|厂商|市场|行业|政府|部门|机构|专家|记者|用户|网友|消费者|业内|业界|媒体|研究|数据|今天|昨天|今年|去年|近日|日前|随后|同时|此外|另外|其中|最终|最后|目前|此前|高校|学校|医院|伙伴|合作伙伴)/u;

function named(text: string, pattern: RegExp, generic: RegExp): NameClaim[] {
  const claims: NameClaim[] = [];
  for (const match of text.matchAll(pattern)) {
    const name = (match[1] ?? '').trim();
    if (name === '' || generic.test(name)) continue;
    const start = match.index + match[0].indexOf(name);
    claims.push({ kind: 'name', start, end: start + name.length, text: name, name, entity: 'organisation' });
  }
  return claims;
}

/** Titles of reports, books, laws and programmes in 《》: an invented report title is an invented source. */
export function extractTitles(text: string): NameClaim[] {
  return [...text.matchAll(/《([^《》\n]{2,40})》/gu)].map((match) => ({
    kind: 'name' as const,
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    name: match[1] ?? '',
    entity: 'work' as const,
  }));
}
