import type { PromptTemplate } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { groupTemplates, knownVariables, splitBriefData, toTemplateSelector, variablesIn } from './model';

const version = (over: Partial<PromptTemplate>): PromptTemplate => ({
  id: '00000000-0000-4000-8000-000000000000',
  key: 'marketing_copy.aida',
  contentType: 'marketing_copy',
  framework: 'AIDA',
  language: 'en',
  version: 1,
  system: 'Write about {{ target_length }} {{length_unit}}.',
  user: '{{ brief_data }}',
  description: '',
  labels: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

describe('templates model', () => {
  it('groups versions by key and language, newest first, with where each label points', () => {
    const groups = groupTemplates([
      version({ version: 1, labels: ['production'] }),
      version({ version: 2, labels: ['staging'] }),
      version({ language: 'zh', version: 1, labels: ['production', 'staging'] }),
    ]);
    expect(groups.map((g) => `${g.key}:${g.language}`)).toEqual([
      'marketing_copy.aida:en',
      'marketing_copy.aida:zh',
    ]);
    expect(groups[0]?.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(groups[0]?.labels).toEqual({ production: 1, staging: 2 });
  });

  it('finds the variables of a text, once each', () => {
    expect(variablesIn('{{ a_b }} {{a_b}} {{c}} { d }')).toEqual(['a_b', 'c']);
    expect(knownVariables([version({})])).toEqual(['brief_data', 'length_unit', 'target_length']);
  });

  it('turns a form choice into the job’s template selector', () => {
    expect(toTemplateSelector('')).toBeUndefined();
    expect(toTemplateSelector('label:staging')).toEqual({ label: 'staging' });
    expect(toTemplateSelector('version:3')).toEqual({ version: 3 });
  });

  it('sets the delimited brief data apart, not a mention of the tags', () => {
    expect(splitBriefData('Data is between <brief> and </brief>.')).toEqual([
      { text: 'Data is between <brief> and </brief>.', data: false },
    ]);
    expect(splitBriefData('Go.\n<brief>{"a":1}</brief>\nEnd')).toEqual([
      { text: 'Go.\n', data: false },
      { text: '<brief>{"a":1}</brief>', data: true },
      { text: '\nEnd', data: false },
    ]);
  });
});
