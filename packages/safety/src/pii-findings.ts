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
  const masked = (kinds: readonly PiiKind[]) =>
    matches.filter((m) => kinds.includes(m.kind)).map((m) => m.masked);
  const contactKinds = new Set(matches.filter((m) => CONTACT_KINDS.includes(m.kind)).map((m) => m.kind));
  const findings: SafetyFinding[] = [];
  if (exposing !== null && matches.length > 0) {
    findings.push(
      finding('personal-data.exposure', 'refuse', [exposing, ...matches.map((m) => m.masked)], {
        en: 'This publishes a person’s personal data and calls on others to go after them.',
        zh: '该内容公开他人的个人信息并号召他人找上门，属于人肉曝光。',
      }),
    );
  }
  if (contactKinds.size >= 2 && stage !== 'brief') {
    findings.push(
      finding('personal-data.contact-details', 'flag', masked(CONTACT_KINDS), {
        en: 'This publishes a combination of phone number, email and address that can identify a person; check they agreed to it.',
        zh: '该内容同时公开了电话、邮箱、地址等可识别个人的联系信息，请确认已获本人同意。',
      }),
    );
  }
  const ids = masked(['id_number']);
  if (ids.length > 0) {
    findings.push(
      finding('personal-data.id-number', 'flag', ids, {
        en: 'This contains a national ID number, which must not be published or sent to an outside model.',
        zh: '该内容包含身份证号码，不应公开或发送给外部模型。',
      }),
    );
  }
  const cards = masked(['bank_card']);
  if (cards.length > 0) {
    findings.push(
      finding('personal-data.bank-card', 'flag', cards, {
        en: 'This contains a bank card number, which must not be published or sent to an outside model.',
        zh: '该内容包含银行卡号，不应公开或发送给外部模型。',
      }),
    );
  }
  return findings;
}

function finding(
  ruleId: string,
  decision: 'flag' | 'refuse',
  evidence: string[],
  reason: SafetyFinding['reason'],
): SafetyFinding {
  return { category: 'personal_data', decision, source: 'rules', ruleId, evidence, defusedBy: [], reason };
}
