import { describe, expect, it } from 'vitest';
import { SubmissionScreen } from './submission-screen.js';

describe('UGC submission screen', () => {
  const screen = new SubmissionScreen();

  it('publishes ordinary copy in both languages', async () => {
    await expect(
      screen.screen('The Aurora kettle boils a litre in 3 minutes, 2 hours warm.', 'en'),
    ).resolves.toEqual({ held: false, reasons: [] });
    await expect(screen.screen('极光电水壶三分钟烧开一升水，保温2小时。', 'zh')).resolves.toEqual({
      held: false,
      reasons: [],
    });
  });

  it('holds links, emails, phone numbers and private-contact requests', async () => {
    expect((await screen.screen('Buy at https://cheap.example', 'en')).reasons).toEqual(['contains a link']);
    expect((await screen.screen('write to deals@spam.example', 'en')).reasons).toEqual([
      'contains an email address',
    ]);
    expect((await screen.screen('打电话 13812345678 优惠', 'zh')).reasons).toEqual([
      'contains a phone number',
    ]);
    expect((await screen.screen('想要低价加我微信', 'zh')).reasons).toEqual([
      'asks readers to contact the author privately',
    ]);
  });
});
