import { type NameClaim, overlaps } from '../claim.js';
import { ZH_SPEECH_VERBS } from './speech.js';
import { allMatches } from '../text/all-matches.js';

const COMPOUND_SURNAMES =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 南宫'.split(' ');
/** Common single-character surnames. */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
]);

/** Characters that end a name rather than belong to it: particles, prepositions, common verbs' first characters. */
const NOT_IN_NAME = new Set([
  ...'也还则曾亦在对向说表称的和与及是等就都又将已被把给让从于这那此其该各每今昨时上下中后前里认指透告坦了着过吗呢吧啊呀个年月日号点分秒元并而但即至到以为所人们',
]);

const SPOKE = new RegExp(
  `^(?:也|还|则|曾|亦|更|又|同时|随后|此前|进一步)?(?:在[^，。“”\\n]{1,12}?[上时中])?(?:(?:对|向)(?:记者|媒体|本报))?(?:${ZH_SPEECH_VERBS})`,
  'u',
);

const TITLES =
  '教授|博士|先生|女士|小姐|老师|医生|师傅|经理|主任|院长|局长|部长|校长|书记|总(?=[，。、；：！？“”\\s]|说|表示|称|介绍|认为|坦言|透露|指出)';
const TITLE = new RegExp(`^(?:${TITLES})`, 'u');

const ROLES =
  '董事长|总裁|总经理|经理|首席执行官|首席技术官|首席科学家|首席经济学家|首席分析师|创始人|负责人|主任|院长|校长|局长|处长|部长|厅长|市长|省长|县长|区长|主席|秘书长|理事长|会长|行长|社长|总监|总编|主编|编辑|记者|教授|研究员|分析师|工程师|设计师|医生|医师|护士长|专家|博士|律师|发言人|代表|高管|老师|教练|队长|店长|厂长|主管|合伙人|董事|官员|CEO|CTO|CFO|COO|市民|用户|网友|居民|游客|村民|家长|学生|消费者|顾客|车主|作者|主播|博主|达人|创作者|演员|歌手|选手|运动员|冠军|民警|警官|馆长|站长|所长|台长|司长|组长|科长|团长|园长|讲师|教师|志愿者|大使|代言人';
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
  for (const match of allMatches(text, TRANSLITERATED)) {
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
  return allMatches(text, LATIN_SPEAKER).map((match) => ({
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
  '全程 全部 全面 全新 全国 全球 全体 全员 高管 高层 高校 高端 高效 高达 方面 方便 方式 方法 方案 时间 时候 时代 同时 万一 马上 钱包 金额 石油 黄金 白天 任何 何时 如何 周末 周边 周年 江湖 关于 关注 成为 成功 成本 应该 应用 明年 明天 明显 华人 常常 温度 文章 文化 安全 安装 安心 古人 古代 史上 程序 于是 余下 和平 和谐 平台 平均 平时 连续 连锁 项目 路上 路线 路人 管理 游客 游戏 简单 费用 车主 车辆 师傅 包括 包装 宁可 尚未 单位 单独 毛利'.split(
    ' ',
  ),
);

/** First characters of the compound surnames: most positions can skip comparing against every one. */
const COMPOUND_FIRST = new Set(COMPOUND_SURNAMES.map((surname) => surname[0]));
/** Every surname starts at or above this code unit: Latin text, digits and punctuation are passed over at once. */
const LOWEST_SURNAME_START = Math.min(
  ...[...SURNAMES, ...COMPOUND_FIRST].map((ch) => (ch ?? '').charCodeAt(0)),
);

function surnameAt(text: string, at: number): string | undefined {
  if (text.charCodeAt(at) < LOWEST_SURNAME_START) return undefined;
  const ch = text[at] ?? '';
  if (COMPOUND_FIRST.has(ch)) {
    const compound = COMPOUND_SURNAMES.find((surname) => text.startsWith(surname, at));
    if (compound) return compound;
  }
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
