import { type Rule } from '../rule.js';
import { en, near, signal, zh } from '../signal.js';

const DOXXING = signal(
  'doxxing',
  en(
    'dox+(?:ing|ed)?',
    "(?:find|figure|work) (?:out )?(?:where (?:she|he|they|my ex|(?:this|that) [\\w-]+(?: [\\w-]+)?) lives?|(?:his|her|their|someone'?s|my ex'?s|this \\w+'s) (?:home )?address)",
    '(?:write|post|put) up (?:his|her|their) (?:home )?address',
    '(?:publish|post|share|leak|expos|reveal)\\w* (?:the )?(?:home )?(?:address(?:es)?|phone numbers?|personal details)(?: and [^.]{0,30})? of (?:the|a|this|that)',
    '(?:track|hunt) (?:him|her|them|someone|my ex|this \\w+) down',
    "(?:publish(?:es|ed|ing)?|post(?:s|ed|ing)?|shar(?:e|es|ed|ing)|leak(?:s|ed|ing)?|expos(?:e|es|ed|ing)|reveal(?:s|ed|ing)?) (?:his|her|their|someone'?s|my [\\w-]+'?s|the [\\w-]+'?s|this [\\w-]+'?s) (?:home )?(?:address|phone|number|id|identity|location|personal (?:details|information|data)|real name|workplace)",
    'real (?:name|identity)[^.]{0,40}(?:anonymous|anon|pseudonymous) (?:account|user|poster|critic|blogger|writer|reviewer)',
    'identity of (?:the|an|this|that) (?:anonymous|anon|pseudonymous)',
    'home address of',
    "(?:compile|gather|collect|find|dig up|look up) (?:everything|all)[^.]{0,60}(?:home address|where (?:she|he|they) lives?|(?:kids|children)'?s? school|daily (?:route|routine)|running route)",
    "(?:put|hide|attach|install)(?:ing)? (?:a )?(?:gps )?tracker (?:on|in|to) (?:her|his|their|my [\\w-]+'?s) (?:car|bag|phone)",
    '(?:look|dig) up (?:everything|all (?:the )?info(?:rmation)?) (?:about|on) (?:him|her|them|this person|someone)',
    'de-?anonymi[sz]\\w* (?:him|her|them|the (?:user|account|author|poster)|someone)',
    'unmask (?:him|her|them|the (?:user|account|author|whistleblower|poster))',
  ),
  zh(
    '人肉(?:搜索|他|她|出)?',
    '开盒',
    '扒(?:出|一下)(?:他|她|这个人|对方)?的?(?:住址|地址|电话|身份|信息|家人|底)',
    '曝光(?:他|她|其|对方|这个人)的?(?:住址|地址|家庭住址|电话|手机号|身份证|个人信息|真实身份|家人|工作单位)',
    '公开(?:他|她|对方)的?(?:住址|电话|手机号|身份证|个人信息)',
    '查(?:到|出|询)?(?:他|她|某人|对方|前任|前女友|前男友)的?(?:住址|开房记录|户籍|行踪|手机号|身份证号|定位)',
    '开房记录',
    '(?:找出|查出|扒出)[^，。,.]{0,12}(?:背后的人|真实身份|是谁)',
    '查(?:到|出)?(?:他|她|对方)的?(?:工作单位|单位|家住|住址)',
    '家住(?:在)?哪(?:里|儿)?',
    '查(?:一下|询|到|出)?(?!自己)[^，。,.]{0,20}?(?:机主|户主|车主)(?:的)?(?:姓名|信息|身份|住址)',
    '(?:偷偷|悄悄)?(?:在|给)(?:她|他|对方)的?(?:车|包|手机)(?:上|里)?(?:装|放|安)(?:个)?(?:定位器|追踪器|gps)',
    '户籍信息',
    '行踪轨迹',
    '实时定位(?:他|她|对方)',
    '挂(?:出)?(?:他|她)的?(?:电话|住址|照片)',
    '(?:家庭住址|住址|地址|电话|手机号|身份证(?:号)?|个人信息|真实身份|(?:孩子|子女)(?:就读|上学)的学校)[^。.]{0,20}(?:曝光|公开|发到(?:网上|论坛|群里|微博)|挂出来|扒出来|公布)',
  ),
);

const DATA_TRADE_VERB = signal(
  'data-trade-verb',
  en(
    'sell(?:s|ing)?',
    'sold',
    'buy(?:s|ing)?',
    'scrap(?:e|es|ed|ing)',
    'dump(?:s|ed|ing)?',
    'harvest(?:s|ed|ing)?',
    'trad(?:e|es|ing)',
    'for sale',
  ),
  zh('出售', '贩卖', '买卖', '倒卖', '售卖', '收购', '爬取', '打包', '批量(?:获取|查询)'),
);

const PERSONAL_RECORDS = signal(
  'personal-records',
  en(
    'personal (?:data|information|details)',
    'customer (?:data|lists?|records|database|info)',
    'user (?:data|records|database|accounts|info)',
    'phone numbers',
    'mobile numbers',
    'emails?(?: addresses)?',
    '(?:email|e-mail|gmail|phone) (?:lists?|addresses|numbers)',
    'email (?:lists|addresses)',
    'contact (?:details|lists|info)',
    'id numbers',
    'social security numbers',
    'ssns',
    'medical records',
    'patient (?:data|records)',
  ),
  zh(
    '个人信息',
    '公民信息',
    '用户(?:数据|信息|资料)',
    '客户(?:资料|信息|数据)',
    '手机号(?:码)?',
    '身份证(?:号|信息|照片)',
    '快递(?:单号|信息)',
    '开房(?:记录|信息)',
    '户籍(?:信息)?',
    '征信(?:报告|信息)',
  ),
);

/** Calling on readers to go after a person; with personal data in the text, that is doxxing. */
export const EXPOSE_PERSON = signal(
  'expose-person',
  en(
    'expos(?:e|ing) (?:this|that|him|her|them)',
    'name and shame',
    'let everyone know (?:who|where)',
    '(?:go|everyone) (?:tell|find|visit|call) (?:him|her|them)',
    "(?:everyone|let's|y'all|you all) go (?:\\w+ ){0,2}(?:him|her|them)",
    'give (?:him|her|them) a piece of',
    'show up (?:at|there)',
  ),
  zh(
    '曝光(?:一下)?(?:这个|那个|此)?(?:人|渣男|渣女|骗子|小三|女的|男的|他|她|老赖)',
    '挂(?:出来|一下)',
    '大家(?:去)?(?:找|骂|打电话|上门)',
  ),
);

const FRAMINGS = ['awareness', 'news', 'training', 'defensive_security'] as const;

export const PERSONAL_DATA_RULES: Rule[] = [
  {
    id: 'personal-data.doxxing',
    category: 'personal_data',
    allOf: [DOXXING],
    defusedBy: [...FRAMINGS, 'fiction', 'counter_speech'],
    reason: {
      en: 'This seeks or exposes where a private person lives or who they are, which puts them at risk.',
      zh: '该内容意图查找或公开他人的住址、身份等隐私，会使其面临危险。',
    },
  },
  {
    id: 'personal-data.trade',
    category: 'personal_data',
    allOf: [
      signal('trade-personal-records', near(DATA_TRADE_VERB, PERSONAL_RECORDS, { gap: 40, either: true })),
    ],
    defusedBy: FRAMINGS,
    reason: {
      en: 'This is about trading or harvesting people’s personal data.',
      zh: '该内容涉及买卖或非法收集他人的个人信息。',
    },
  },
];
