import { describe, expect, it } from 'vitest';
import { TemplateError, extractVariables, renderTemplateText } from './template-text.js';

const syntaxError = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof TemplateError ? e.code : 'other';
  }
  return 'none';
};

describe('template text', () => {
  it('extracts snake_case variables once each, in order, with or without spaces', () => {
    expect(extractVariables('{{ b }} {{a_1}} {{ b }}\t{{  target_length\t}}')).toEqual([
      'b',
      'a_1',
      'target_length',
    ]);
    expect(extractVariables('no variables, { single } braces and {"json":[{"a":1}]} are fine')).toEqual([]);
  });

  it('rejects anything but {{ snake_case }}', () => {
    for (const bad of [
      '{{ Title }}',
      '{{ title.name }}',
      '{{ title | upper }}',
      '{{#each x}}',
      '{{ a__b }}',
      '{{ _a }}',
      '{{ a_ }}',
      '{{ 1a }}',
      '{{}}',
      '{{ a',
      'a }}',
      '{{{ a }}}',
      '{{ a\n}}',
      '{"a":{"b":1}}',
    ]) {
      expect(
        syntaxError(() => extractVariables(bad)),
        bad,
      ).toBe('syntax');
      expect(
        syntaxError(() => renderTemplateText(bad, { a: '1' })),
        bad,
      ).toBe('syntax');
    }
  });

  it('renders values verbatim and never re-parses them', () => {
    const values = { a: '{{ b }}', b: 'SECRET', c: '$& $1 }}' };
    expect(renderTemplateText('[{{ a }}] [{{c}}]', values)).toBe('[{{ b }}] [$& $1 }}]');
    expect(renderTemplateText('plain', {})).toBe('plain');
  });

  it('throws a typed error for a missing value, including inherited names', () => {
    let err: unknown;
    try {
      renderTemplateText('hi {{ name }}', {});
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TemplateError);
    expect(err).toMatchObject({ code: 'missing_value', variable: 'name', name: 'TemplateError' });
    expect(() => renderTemplateText('{{ constructor }}', {})).toThrow(TemplateError);
  });
});
