import { Injectable } from '@nestjs/common';
import { type SafetyCheck } from '@draftbench/contracts';
import { needsReview, SafetyGate } from '../safety/safety-gate.js';

export interface ScreenResult {
  held: boolean;
  /** What the link and contact rules found. */
  reasons: string[];
  /** The safety gate's check when it holds the draft (flagged, refused, moderation unavailable); else null. */
  safety: SafetyCheck | null;
}

/**
 * The hook every UGC submission passes before it is published: rules for what community drafts most often
 * smuggle in — links and contact details (spam, lead-poaching) — then the safety gate. Either can hold it.
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

  constructor(private readonly gate: SafetyGate) {}

  async screen(text: string): Promise<ScreenResult> {
    const reasons = this.rules.filter((rule) => rule.pattern.test(text)).map((rule) => rule.reason);
    const check = await this.gate.check(text, 'ugc');
    const safety = needsReview(check) ? check : null;
    return { held: reasons.length > 0 || safety !== null, reasons, safety };
  }
}
