/**
 * The template syntax: `{{ variable_name }}` and nothing else — no logic, no loops, no filters, no escapes.
 * A name is snake_case (`[a-z][a-z0-9]*(_[a-z0-9]+)*`); spaces or tabs around it are optional. Any other
 * `{{` or `}}` in a template is a syntax error, so a typo never silently renders as literal text.
 *
 * Rendering is a single pass: a value is inserted exactly as given and never parsed again, so a value that
 * contains `{{ x }}` (e.g. user text inside the brief data) stays literal and cannot pull in other values.
 */

export type TemplateErrorCode =
  /** The template text is malformed (a stray or unclosed `{{`/`}}`, a name that is not snake_case). */
  | 'syntax'
  /** Rendering was asked for a variable that has no value. */
  | 'missing_value'
  /** The template fails `checkTemplate` (unknown variables, no brief data, brief data in the system text). */
  | 'invalid_template'
  /** The template is for another content type or language than the brief. */
  | 'mismatch';

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    readonly code: TemplateErrorCode,
    message: string,
    /** The variable concerned, for `missing_value`. */
    readonly variable?: string,
  ) {
    super(message);
  }
}

type Token = { kind: 'text'; value: string } | { kind: 'var'; name: string };

const PLACEHOLDER = /\{\{[ \t]*([a-z][a-z0-9]*(?:_[a-z0-9]+)*)[ \t]*\}\}/y;

function snippet(text: string, at: number): string {
  return JSON.stringify(text.slice(at, at + 30));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    const close = text.indexOf('}}', i);
    if (close !== -1 && (open === -1 || close < open)) {
      throw new TemplateError(
        'syntax',
        `Stray "}}" at offset ${close}: ${snippet(text, Math.max(0, close - 10))}`,
      );
    }
    if (open === -1) {
      tokens.push({ kind: 'text', value: text.slice(i) });
      break;
    }
    if (open > i) tokens.push({ kind: 'text', value: text.slice(i, open) });
    PLACEHOLDER.lastIndex = open;
    const m = PLACEHOLDER.exec(text);
    if (!m?.[1]) {
      throw new TemplateError(
        'syntax',
        `Malformed placeholder at offset ${open}: ${snippet(text, open)}; write {{ snake_case_name }}`,
      );
    }
    tokens.push({ kind: 'var', name: m[1] });
    i = open + m[0].length;
  }
  return tokens;
}

/** The variable names a template uses, each once, in order of first use. Throws `TemplateError('syntax')`. */
export function extractVariables(text: string): string[] {
  const names = new Set<string>();
  for (const t of tokenize(text)) if (t.kind === 'var') names.add(t.name);
  return [...names];
}

/**
 * Replaces every `{{ name }}` with `values[name]`, inserted verbatim. Throws `TemplateError('syntax')` for a
 * malformed template and `TemplateError('missing_value')` for a variable without a value.
 */
export function renderTemplateText(text: string, values: Readonly<Record<string, string>>): string {
  let out = '';
  for (const t of tokenize(text)) {
    if (t.kind === 'text') {
      out += t.value;
      continue;
    }
    const value = Object.hasOwn(values, t.name) ? values[t.name] : undefined;
    if (typeof value !== 'string') {
      throw new TemplateError('missing_value', `No value for template variable "${t.name}"`, t.name);
    }
    out += value;
  }
  return out;
}
