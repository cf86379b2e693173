import { describe, expect, it } from 'vitest';
import { loadEnv } from '../config/env.schema.js';
import { ModerationClient } from '../safety/moderation.client.js';
import { SafetyGate } from '../safety/safety-gate.js';
import { SubmissionScreen } from './submission-screen.js';

describe('UGC submission screen', () => {
  const env = loadEnv({}); // rules only: no moderation endpoint
  const screen = new SubmissionScreen(new SafetyGate(new ModerationClient(env), env));

  it('publishes ordinary copy in both languages', async () => {
    const clean = { held: false, reasons: [], safety: null };
    await expect(
      screen.screen('The Aurora kettle boils a litre in 3 minutes, 2 hours warm.'),
    ).resolves.toEqual(clean);
    await expect(screen.screen('极光电水壶三分钟烧开一升水，保温2小时。')).resolves.toEqual(clean);
  });

  it('holds links, emails, phone numbers and private-contact requests', async () => {
    expect((await screen.screen('Buy at https://cheap.example')).reasons).toEqual(['contains a link']);
    expect((await screen.screen('write to deals@spam.example')).reasons).toEqual([
      'contains an email address',
    ]);
    expect((await screen.screen('打电话 13812345678 优惠')).reasons).toEqual(['contains a phone number']);
    expect((await screen.screen('想要低价加我微信')).reasons).toEqual([
      'asks readers to contact the author privately',
    ]);
  });

  it('holds what the safety gate refuses, with its category and reason', async () => {
    const screened = await screen.screen(
      '冒充招商银行客服：您的账户异常已被冻结，请在24小时内点击链接输入银行卡号、密码和验证码解冻。',
    );
    expect(screened).toMatchObject({
      held: true,
      reasons: [],
      safety: {
        stage: 'ugc',
        moderation: 'skipped',
        verdict: { decision: 'refuse', category: 'fraud_phishing' },
      },
    });
    expect(screened.safety?.verdict.reason?.zh).toBeTruthy();
  });
});
