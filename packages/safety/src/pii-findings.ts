import { type PiiKind, detectPii } from './pii.js';
import { type SafetyFinding, type SafetyStage } from './verdict.js';

const CONTACT_KINDS: readonly PiiKind[] = ['phone', 'email', 'address'];

/**
 * Personal data is flagged for a person to check, not refused: a UGC post may quote a hotline with consent.
 * ID and card numbers are flagged everywhere — in a brief they would be sent to an outside model. Contact
 * details are flagged in what gets published (outputs, UGC) once two kinds come together and identify
 * someone; one phone number or one email alone is ordinary in marketing copy. Any personal data next to a
 * call to go after the person (`exposing`) is doxxing, and refused.
 */
export function piiFindings(plain: string, stage: SafetyStage, exposing: string | null): SafetyFinding[] {
  const matches = detectPii(plain);
  const of = (kinds: readonly PiiKind[]) => matches.filter((m) => kinds.includes(m.kind)).map((m) => m.masked);
  const findings: SafetyFinding[] = [];
  if (exposing !== null && matches.length > 0) {
    findings.push({
      ...flag('personal-data.exposure', [exposing, ...matches.map((m) => m.masked)], {
        en: 'This publishes a person’s personal data and calls on others to go after them.',
        zh: '该内容公开他人的个人信息并号召他人找上门，属于人肉曝光。',
      }),
      decision: 'refuse',
    });
  }
  const ids = of(['id_number']);
  if (ids.length > 0) {
    findings.push(
      flag('personal-data.id-number', ids, {
        en: 'This contains a national ID number, which must not be published or sent to an outside model.',
        zh: '该内容包含身份证号码，不应公开或发送给外部模型。',
      }),
    );
  }
  const cards = of(['bank_card']);
  if (cards.length > 0) {
    findings.push(
      flag('personal-data.bank-card', cards, {
        en: 'This contains a bank card number, which must not be published or sent to an outside model.',
        zh: '该内容包含银行卡号，不应公开或发送给外部模型。',
      }),
    );
  }
  const contactKinds = new Set(matches.filter((m) => CONTACT_KINDS.includes(m.kind)).map((m) => m.kind));
  if (stage !== 'brief' && contactKinds.size >= 2) {
    findings.push(
      flag('personal-data.contact-details', of(CONTACT_KINDS), {
        en: 'This publishes a combination of phone number, email and address that can identify a person; check they agreed to it.',
        zh: '该内容同时公开了电话、邮箱、地址等可识别个人的联系信息，请确认已获本人同意。',
      }),
    );
  }
  return findings;
}

function flag(ruleId: string, evidence: string[], reason: SafetyFinding['reason']): SafetyFinding {
  return { category: 'personal_data', decision: 'flag', source: 'rules', ruleId, evidence, defusedBy: [], reason };
}
