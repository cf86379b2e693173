import { type Rule } from '../rule.js';
import { en, near, signal, zh } from '../signal.js';

const MINOR = signal(
  'minor',
  en(
    'child',
    'children',
    'kids?',
    'minors?',
    'underage',
    'under-age',
    'pre-?teens?',
    'tweens?',
    'teens?',
    'teenagers?',
    'teenage',
    'adolescents?',
    'schoolgirls?',
    'schoolboys?',
    '(?:little|young) (?:girls?|boys?)',
    '(?:[1-9]|1[0-7])[- ](?:year|yr)s?[- ]old',
    'aged (?:[1-9]|1[0-7])',
    '(?:middle|elementary|primary|junior high) school(?:ers?| students?| girls?| boys?)?',
    'high school (?:girls?|boys?|students?)',
    'loli\\w*',
    'shota\\w*',
    'jailbait',
  ),
  zh(
    '儿童',
    '孩子',
    '小孩',
    '幼女',
    '幼童',
    '女童',
    '男童',
    '未成年(?:人|少女|少男)?',
    '(?:小学|初中|中学|高中)(?:女生|男生|生|女孩|男孩|学生)',
    '萝莉',
    '正太',
    '(?<![\\d十百])[1-9]岁',
    '(?<!\\d)1[0-7]岁',
    '(?<![一二三四五六七八九])十[一二三四五六七]?岁',
    '(?<![十百])[一二三四五六七八九]岁',
    '小女孩',
    '小男孩',
    '少女(?![心感风装])',
    '女学生',
  ),
);

const SEXUAL = signal(
  'sexual',
  en(
    'sex',
    'sexual(?:ly)?',
    'sexy',
    'erotic\\w*',
    'porn\\w*',
    'nudes?',
    'naked',
    'nudity',
    'lewd',
    'nsfw',
    'xxx',
    'seduc\\w*',
    'arous\\w*',
    'orgasm\\w*',
    'fetish\\w*',
    'undress\\w*',
    'strip(?:ping|tease)',
    '(?:have|having|had) sex',
    'sleep(?:ing)? with',
    'molest\\w*',
    'fondl\\w*',
    'csam',
    'lingerie',
    '(?:used|worn) (?:underwear|panties|knickers)',
    'sext(?:s|ing)?',
    'dirty (?:talk|pictures|photos|pics)',
  ),
  zh(
    '性(?:爱|交|行为|关系|感|暗示|幻想|侵|虐|骚扰)',
    '色情',
    '黄色',
    '淫秽',
    '情色',
    '裸(?:体|照|露|聊|身)',
    '脱光',
    '脱衣',
    '不雅',
    '露骨',
    '做爱',
    '床戏',
    '开房',
    '猥亵',
    '调教',
    '诱惑',
    '私密照',
    '援交',
    '约炮',
    '恋童',
    '发生(?:了)?(?:性)?关系',
    '上床',
  ),
);

const EXPLICIT = signal(
  'explicit',
  en(
    'sexually explicit',
    'explicit (?:scenes?|stor(?:y|ies)|content|details|descriptions?|images?|photos?)',
    'steamy',
    'erotic (?:stor(?:y|ies)|scenes?|fiction|roleplay)',
    'nsfw',
    "describe (?:her|his|the (?:child|girl|boy)'?s) body",
    'in (?:vivid|graphic|explicit) detail',
    'role-?play',
    'be (?:very |fully )?explicit',
    'make it explicit',
  ),
  zh(
    '露骨',
    '详细描写',
    '细节描写',
    '细节(?:要)?(?:多|丰富|具体)',
    '要细节',
    '黄文',
    '肉文',
    'h文',
    '描写.{0,6}(?:身体|身材|胸)',
    '角色扮演',
  ),
);

const GROOMING = signal(
  'grooming',
  en(
    'groom(?:ing)? (?:a |the )?(?:child|kid|minor|girl|boy|student|teen)',
    'get (?:a |the )?(?:child|kid|minor|girl|boy|teen|student) to (?:send|share|take off|meet)',
    '(?:meet|meeting) (?:a |the )?(?:child|kid|minor|girl|boy|teen) (?:alone|secretly|in private|without (?:her|his) parents)',
    'keep (?:it|this|our \\w+) (?:a )?secret from (?:your|her|his) parents',
    'befriend (?:a |the )?(?:child|kid|minor|girl|boy)',
  ),
  zh(
    '诱骗(?:儿童|未成年|孩子|小孩|女孩|男孩|学生)',
    '骗(?:小孩|孩子|未成年人?|女孩|男孩|小学生|初中生)[^，。,.]{0,8}(?:照片|见面|开房|裸|发)',
    '(?:和|跟|与)未成年人?[^，。,.]{0,6}(?:见面|约会|开房|发生关系)',
    '不要告诉(?:你)?(?:爸爸妈妈|爸妈|父母|家长|老师)',
  ),
);

/** What an adult grooming a child asks for: secrecy from parents, meeting alone, pictures. */
const SECRECY = signal(
  'secrecy',
  en(
    'without telling (?:their|your|her|his) parents',
    "(?:don't|do not|never) tell (?:your|their|her|his) (?:parents|mom|mum|dad|teacher)",
    'keep (?:it|this|our \\w+) (?:a )?secret',
    'meet (?:you|me|up) (?:in person|alone|offline|secretly|in private)',
    'agree to meet',
    'without (?:her|his|their) (?:mom|mum|dad|parents?|mother|father) (?:finding out|knowing|noticing)',
    'send (?:me )?(?:private|intimate|nude|sexy|secret) (?:photos|pictures|pics|selfies)',
    'send (?:me )?(?:pictures|photos|pics|selfies) of (?:herself|himself|themselves|yourself)',
  ),
  zh(
    '不要告诉(?:你)?(?:爸爸妈妈|爸妈|父母|家长|老师)',
    '(?:单独|私下|偷偷|线下)见面',
    '发(?:张|些)?(?:照片|自拍)给我',
    '瞒着(?:父母|爸妈|家长)',
  ),
);

const MINOR_SEXUAL = signal('minor-sexual', near(MINOR, SEXUAL, { gap: 40, either: true }));

const REASON = {
  en: 'Sexual content involving minors is never allowed.',
  zh: '任何涉及未成年人的性内容都不被允许。',
};

export const MINORS_RULES: Rule[] = [
  {
    id: 'minors.sexual',
    category: 'sexual_minors',
    allOf: [MINOR_SEXUAL],
    // Fiction is deliberately absent: no framing makes sexualised minors acceptable.
    defusedBy: ['child_protection', 'news', 'training'],
    reason: REASON,
  },
  {
    id: 'minors.explicit',
    category: 'sexual_minors',
    allOf: [MINOR_SEXUAL, EXPLICIT],
    defusedBy: [],
    reason: REASON,
  },
  {
    id: 'minors.grooming',
    category: 'sexual_minors',
    allOf: [GROOMING],
    defusedBy: ['child_protection', 'news', 'awareness', 'training'],
    reason: {
      en: 'This describes approaching a child for sexual purposes (grooming).',
      zh: '该内容涉及以性为目的接近、诱骗儿童。',
    },
  },
  {
    id: 'minors.secret-contact',
    category: 'sexual_minors',
    allOf: [signal('minor-secrecy', near(MINOR, SECRECY, { gap: 80, either: true }))],
    defusedBy: ['child_protection', 'news', 'awareness', 'training'],
    reason: {
      en: 'This describes approaching a child for sexual purposes (grooming).',
      zh: '该内容涉及以性为目的接近、诱骗儿童。',
    },
  },
];
