import { Injectable } from '@nestjs/common';
import { type Language } from '@draftbench/contracts';

export interface ScreenResult {
  held: boolean;
  reasons: string[];
}

/**
 * The hook every UGC submission passes before it is published. This first screen holds what community
 * drafts most often smuggle in — links and contact details (spam, lead-poaching, doxxing); the full
 * bilingual safety gate plugs in here.
 */
@Injectable()
export class SubmissionScreen {
  private readonly rules: { reason: string; pattern: RegExp }[] = [
    { reason: 'contains a link', pattern: /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]{2,}/i },
    { reason: 'contains an email address', pattern: /[\w.+-]+@[\w-]+\.[\w.-]{2,}/ },
    {
      reason: 'contains a phone number',
      pattern:
        /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d{9}(?!\d)|(?<!\d)\+?\d{1,3}[-\s]?\(?\d{3}\)?[-\s]?\d{3}[-\s]?\d{4}(?!\d)/,
    },
    {
      reason: 'asks readers to contact the author privately',
      pattern: /加(?:我)?(?:微信|vx|VX|qq|QQ)|微信号|\b(?:dm me|whatsapp me)\b/i,
    },
  ];

  async screen(text: string, _language: Language): Promise<ScreenResult> {
    const reasons = this.rules.filter((rule) => rule.pattern.test(text)).map((rule) => rule.reason);
    return { held: reasons.length > 0, reasons };
  }
}
