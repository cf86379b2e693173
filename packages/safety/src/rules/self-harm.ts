import { type Rule } from '../rule.js';
import { en, near, signal, zh } from '../signal.js';

const SELF_HARM = signal(
  'self-harm',
  en(
    'suicid\\w*',
    'kill(?:ing)? (?:myself|yourself|himself|herself|themselves|oneself)',
    "end(?:ing)? (?:my|your|his|her|their|one's) (?:own )?life",
    'take (?:my|your|his|her|their) (?:own )?life',
    'self[- ]harm\\w*',
    'self[- ]injur\\w*',
    'cut(?:ting)? (?:myself|yourself|my wrists?|your wrists?)',
    'slit (?:my|your) wrists?',
    'hang(?:ed|ing|s)? (?:myself|yourself|himself|herself|themselves)',
    'which (?:bridge|building|roof|cliff|floor)[^.?]{0,40}(?:high|tall) enough',
    'cutting (?:is|as|helps|can help)',
    'unalive',
    'bleed(?:ing)? out',
    'cut (?:deep|deeper) enough',
    'overdos\\w*',
    'stop eating (?:for|until)',
    'starv(?:e|ing) (?:myself|yourself|themselves|herself|himself)',
    "make sure (?:i|she|he|they) (?:don't|won't|never) wake up",
    "(?:don't|won't|never) wake up (?:again|tomorrow|ever)",
    'pro[- ]?ana',
    'pro[- ]?mia',
    'thinspo\\w*',
    'purg(?:e|ing) after',
    'want to die',
    'wanna die',
    "(?:don't|do not) want to (?:live|be alive)",
    'jump(?:ing)? (?:off|from) (?:a |the )?(?:bridge|building|roof)',
  ),
  zh(
    '自杀',
    '轻生',
    '自残',
    '自伤',
    '割腕',
    '上吊',
    '跳楼',
    '跳河',
    '服毒',
    '吞药',
    '吃安眠药',
    '烧炭',
    '不想活',
    '活不下去',
    '结束(?:自己的)?生命',
    '寻死',
    '(?<!笑)想死(?!你|我了)',
    '(?:安静|安详|无痛)地?死去',
    '(?:在)?(?:手臂|手腕|胳膊|大腿)上(?:划|割|刻)',
    '划(?:手臂|手腕|胳膊)',
    '死得(?:快|不痛苦)',
    '(?:吃|喝|吞)[^，。,.]{0,8}(?:死去|死掉|会死|能死|致死)',
    '求死',
    '厌食',
    '绝食',
    '几天不吃(?:东西|饭)',
    '催吐',
  ),
);

const METHOD = signal(
  'method',
  en(
    'how (?:to|do i|can i|should i|would i|could i)',
    'how (?:long|deep|much|many)',
    'best (?:way|method)',
    'easiest (?:way|method)',
    'quickest',
    'fastest',
    'most (?:effective|reliable|lethal)',
    'methods?',
    'ways to',
    'instructions',
    'step[- ]by[- ]step',
    'tips (?:for|on|to)',
    'hide (?:the |my )?(?:cuts|scars|marks)',
  ),
  zh(
    '怎么',
    '怎样',
    '如何',
    '方法',
    '办法',
    '最快',
    '最好的?方式',
    '教程',
    '步骤',
    '技巧',
    '藏(?:住)?伤疤',
    '遮住伤口',
    '不留(?:疤|痕迹)',
    '需要(?:准备)?什么',
    '(?:要|该)准备什么',
    '用什么',
  ),
);

const LETHAL_DETAIL = signal(
  'lethal-detail',
  en(
    'lethal (?:dose|amount)',
    'fatal dose',
    'how many (?:pills|tablets)',
    'which (?:[\\w-]+ ){0,2}(?:pills|drugs|medications?|tablets) (?:to|would|will|can|should)',
    'painless(?:ly)?',
    '(?:high|tall) enough to (?:be sure|die|kill|not survive)',
    'least painful',
    'without (?:anyone|my parents|people|my family) (?:knowing|noticing)',
  ),
  zh(
    '致死(?:剂)?量',
    '多少片',
    '吃多少[^，。,.]{0,4}(?:会死|能死|致死)',
    '无痛',
    '不痛苦',
    '不被(?:家人|爸妈|父母|别人)?发现',
  ),
);

const ENCOURAGE = signal(
  'encourage',
  en(
    'encourag\\w*',
    'glorif\\w*',
    'romantici[sz]\\w*',
    'promot\\w*',
    'go (?:ahead and )?(?:kill|end|do it)',
    'challenge',
    'blue whale',
    'beautiful way to (?:die|go)',
    'the only way out',
    'just do it(?: already)?',
    '(?:healthy|good|great|valid) way to (?:cope|release|deal|feel)',
    'release the pain',
  ),
  zh('鼓励', '美化', '浪漫化', '宣扬', '解脱', '唯一的出路', '挑战', '蓝鲸', '一了百了'),
);

/** Telling someone to die, with or without naming the act. */
const TELLING_TO_DIE = signal(
  'telling-to-die',
  en(
    '(?:world|everyone|they|we) (?:would be|is|are) better (?:off )?without (?:you|them|him|her)',
    '(?:you|they|he|she) should (?:just )?(?:end it|end (?:your|their|his|her) life|kill (?:yourself|themselves|himself|herself)|die)',
    'nobody would miss (?:you|them|him|her)',
    'everyone would be better off',
    'kys',
  ),
  zh(
    '你(?:应该|就|还是)?去死',
    '去死吧',
    '世界(?:上)?没有你(?:会)?更好',
    '不如(?:早点|早些|趁早)?(?:死了|去死|解脱|了结)',
    '没人会在乎你',
  ),
);

/** The writer means it for themselves. */
const SELF_INTENT = signal(
  'self-intent',
  en(
    'make sure it works',
    'i want to (?:try|do it|go through with it)',
    'for myself',
    'for my own use',
    "so i (?:don't|won't|never) wake up",
    'to end it',
  ),
  zh('我想试试', '想试一下', '不想醒来', '一睡不醒', '结束这一切', '(?:我)?自己用'),
);

const FIRST_PERSON_CRISIS = signal(
  'first-person-crisis',
  en(
    "i(?:'m| am)? (?:want|wanna|going|gonna|plan|need) to (?:die|kill myself|end (?:it all|my life))",
    "i (?:can't|cannot) go on",
    "i don't want to (?:live|be here) anymore",
    'thinking (?:about|of) (?:killing myself|suicide|ending it)',
    '(?:wrote|written|writing) (?:my )?(?:suicide note|goodbye letters?)',
  ),
  zh(
    '我(?:想|要|准备|打算)(?:去)?(?:死|自杀|轻生|结束(?:自己的)?生命|跳楼|割腕)',
    '我不想活了',
    '我活不下去了',
    '(?:已经)?写好(?:了)?遗书',
  ),
);

const SUPPORT_LINE = {
  en: 'If you or someone you know is struggling, please reach out to a local crisis line or someone you trust.',
  zh: '如果你或身边的人正处于困境，请联系当地心理援助热线或信任的人。',
};

export const SELF_HARM_RULES: Rule[] = [
  {
    id: 'self-harm.method',
    category: 'self_harm',
    allOf: [signal('self-harm-method', near(SELF_HARM, METHOD, { gap: 40, either: true }))],
    defusedBy: ['support', 'news', 'training', 'awareness', 'fiction'],
    operational: true,
    reason: {
      en: `This asks for ways to self-harm. ${SUPPORT_LINE.en}`,
      zh: `该内容询问自我伤害的方法。${SUPPORT_LINE.zh}`,
    },
  },
  {
    id: 'self-harm.lethal-detail',
    category: 'self_harm',
    allOf: [SELF_HARM, LETHAL_DETAIL],
    defusedBy: [],
    reason: {
      en: `This asks for lethal details of self-harm. ${SUPPORT_LINE.en}`,
      zh: `该内容询问自我伤害的致命细节。${SUPPORT_LINE.zh}`,
    },
  },
  {
    id: 'self-harm.encouragement',
    category: 'self_harm',
    allOf: [signal('self-harm-encouraged', near(ENCOURAGE, SELF_HARM, { gap: 40, either: true }))],
    defusedBy: ['support', 'news', 'counter_speech', 'awareness', 'training'],
    reason: {
      en: `This encourages or glamorises self-harm or suicide. ${SUPPORT_LINE.en}`,
      zh: `该内容鼓励或美化自伤、自杀。${SUPPORT_LINE.zh}`,
    },
  },
  {
    id: 'self-harm.telling-to-die',
    category: 'self_harm',
    allOf: [TELLING_TO_DIE],
    defusedBy: ['support', 'news', 'counter_speech', 'awareness', 'training'],
    reason: {
      en: `This tells someone to die or to harm themselves. ${SUPPORT_LINE.en}`,
      zh: `该内容教唆他人去死或自我伤害。${SUPPORT_LINE.zh}`,
    },
  },
  {
    id: 'self-harm.lethal-intent',
    category: 'self_harm',
    allOf: [LETHAL_DETAIL, SELF_INTENT],
    defusedBy: [],
    reason: {
      en: `This asks for lethal details for the writer's own use. ${SUPPORT_LINE.en}`,
      zh: `该内容为自己询问致命剂量或方式。${SUPPORT_LINE.zh}`,
    },
  },
  {
    id: 'self-harm.crisis',
    category: 'self_harm',
    allOf: [FIRST_PERSON_CRISIS],
    defusedBy: ['fiction'],
    // A person may be at risk: a human should see this, not just a refusal.
    decision: 'flag',
    reason: {
      en: `The writer may be at risk of self-harm. ${SUPPORT_LINE.en}`,
      zh: `作者可能有自我伤害的风险。${SUPPORT_LINE.zh}`,
    },
  },
];
