import { describe, expect, it } from 'vitest';
import { revealsOrigin } from './origin-leak.js';

describe('origin-revealing drafts', () => {
  it.each([
    'As an AI language model, I cannot taste tea, but this kettle…',
    "I'm an AI assistant and here is your copy.",
    'As a large language model I suggest…',
    '作为一个人工智能，我无法亲自试用这款水壶。',
    '作为AI语言模型，以下是文案：',
    '我是一个AI助手，为您撰写如下内容。',
  ])('flags %s', (text) => expect(revealsOrigin(text)).toBe(true));

  it.each([
    'The Aurora kettle boils a litre in three minutes.',
    'AI-powered temperature control keeps water at 80°C.',
    '这款水壶采用人工智能温控技术，三分钟烧开。',
    'Our model of kettle is the best in its class.',
  ])('does not flag %s', (text) => expect(revealsOrigin(text)).toBe(false));
});
