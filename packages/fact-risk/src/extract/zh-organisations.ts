import { type NameClaim, type Span, overlaps } from '../claim.js';
import { allMatches } from '../text/all-matches.js';

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
  for (const match of allMatches(text, ORG)) {
    const end = match.index + match[0].length;
    const suffix = ORG_SUFFIX_AT_END.exec(match[0])?.[0] ?? '';
    let start = match.index;
    // The lazy match starts at the earliest position; walk right past particles and verbs.
    for (const stop of allMatches(match[0].slice(0, -suffix.length), ORG_LEFT_STOP)) {
      start = match.index + stop.index + stop[0].length;
    }
    // A date or figure already read ("2023年世界咖啡品鉴大赛") ends where the name may begin.
    for (const other of skip) {
      if (other.start < end - suffix.length && other.end > start) start = Math.max(start, other.end);
    }
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
  for (const match of allMatches(text, pattern)) {
    const name = (match[1] ?? '').trim();
    if (name === '' || generic.test(name)) continue;
    const start = match.index + match[0].indexOf(name);
    claims.push({ kind: 'name', start, end: start + name.length, text: name, name, entity: 'organisation' });
  }
  return claims;
}

/** Titles of reports, books, laws and programmes in 《》: an invented report title is an invented source. */
export function extractTitles(text: string): NameClaim[] {
  return allMatches(text, /《([^《》\n]{2,40})》/gu).map((match) => ({
    kind: 'name' as const,
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    name: match[1] ?? '',
    entity: 'work' as const,
  }));
}
