import { type Rule } from '../rule.js';
import { FRAUD_RULES } from './fraud.js';
import { HATE_RULES } from './hate.js';
import { ILLEGAL_GOODS_RULES } from './illegal-goods.js';
import { MALWARE_RULES } from './malware.js';
import { MINORS_RULES } from './minors.js';
import { PERSONAL_DATA_RULES } from './personal-data.js';
import { SELF_HARM_RULES } from './self-harm.js';
import { VIOLENCE_RULES } from './violence.js';

export { EXPOSE_PERSON } from './personal-data.js';

export const RULES: readonly Rule[] = [
  ...FRAUD_RULES,
  ...MALWARE_RULES,
  ...VIOLENCE_RULES,
  ...HATE_RULES,
  ...MINORS_RULES,
  ...SELF_HARM_RULES,
  ...ILLEGAL_GOODS_RULES,
  ...PERSONAL_DATA_RULES,
];
