import { signal, en, zh } from './signal.js';

/**
 * Asking for harm to *work* on real people — convincing, undetectable, evading the police — is what separates
 * a phishing example in an awareness post from a phishing email. It cancels every framing.
 */
export const EFFICACY = signal(
  'efficacy',
  en(
    '(?:so|very|really|more) convincing',
    'convincing enough',
    'convincing (?:fake|email|message|text|letter|page|site|login|invoice|call|script)',
    'undetectable',
    'untraceable',
    "can(?:'t|not) be traced",
    'bypass(?:es|ing)? (?:the )?(?:spam|filters?|antivirus|anti-virus|detection|edr|defender|security|moderation)',
    'evad(?:e|es|ing) (?:detection|antivirus|filters|the police|police|customs|moderation)',
    'avoid(?:ing)? (?:detection|antivirus|the police|getting caught|being caught|being traced)',
    'without (?:getting|being) (?:caught|traced|detected)',
    'without (?:anyone|them|him|her|their parents|the police) (?:knowing|noticing|finding out)',
    'without (?:the )?(?:cameras?|cctv|witnesses|anyone) (?:seeing|noticing|catching)',
    'no witnesses',
    'no questions asked',
    'get away with',
    'looks? (?:real|legit(?:imate)?|official|authentic)',
    'real victims',
    'actually works?',
    'fully working',
    'working (?:code|exploit|payload|script|malware|version)',
    'high (?:open|click)[- ]rates?',
  ),
  zh(
    '逼真',
    '以假乱真',
    '像真的一样',
    '看起来(?:像)?(?:真的|官方|正规)',
    '不(?:会)?被(?:发现|识破|察觉|查到|追踪|抓)',
    '无法(?:追踪|追查|查到)',
    '绕过(?:杀毒|检测|过滤|风控|审核|拦截)',
    '免杀',
    '躲(?:过|避)(?:检测|警察|海关|安检|监管)',
    '真实可用',
    '能直接用',
    '成功率高',
    '让人(?:相信|上当)',
    '骗过',
    '神不知鬼不觉',
  ),
);

/** A request for concrete instructions: steps, recipes, quantities, code. */
export const INSTRUCTION_REQUEST = signal(
  'instruction-request',
  en(
    'step[- ]by[- ]step',
    'steps? (?:to|for)',
    'instructions?',
    'how (?:to|do i|can i|would i) (?:make|build|create|synthesi[sz]e|cook|produce|assemble|get|obtain|buy|write|code|mix|grow|extract)',
    'recipes?',
    'ingredients',
    'exact (?:amounts?|quantities|doses?|measurements|ratios?)',
    'quantities',
    'blueprints?',
    'schematics?',
    'tutorial',
    'guide to (?:making|building|cooking)',
    'detailed (?:method|process|guide|procedure)',
    '(?:source )?code',
    'in (?:python|c\\+\\+|c#|javascript|powershell|bash|rust|go)',
    'executable',
  ),
  zh(
    '步骤',
    '教程',
    '详细(?:方法|过程|流程|说明|做法)',
    '具体(?:方法|做法|操作|步骤|配方)',
    '配方',
    '配比',
    '比例',
    '用量',
    '原料(?:清单)?',
    '材料清单',
    '怎么(?:做|制作|合成|制造|弄到|买到|搞到)',
    '如何(?:制作|合成|制造|获得|买到|弄到)',
    '手把手',
    '源码',
    '源代码',
    '代码',
  ),
);

/** Text that *is* instructions: numbered steps, quantities, code. Only read at the output and UGC stages. */
export const INSTRUCTION_SHAPE = signal(
  'instruction-shape',
  String.raw`(?:^|\n)\s*(?:step\s*)?\d{1,2}\s*[.)、:]\s`,
  '第[一二三四五六七八九十\\d]+步',
  '首先.{0,80}然后',
  String.raw`\b\d+(?:\.\d+)?\s?(?:g|mg|kg|ml|grams?|milligrams?|ounces?|oz|°c|°f)\b`,
  String.raw`\d+(?:\.\d+)?\s?(?:克|毫克|千克|公斤|毫升)`,
  '```',
  String.raw`\bimport \w+|\bdef \w+\(|#include|\bfunction \w+\(|\bsubprocess\.|\bsocket\.`,
);
