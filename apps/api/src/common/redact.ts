import { API_KEY_PREFIX, SESSION_COOKIE, WEBHOOK_SECRET_PREFIX } from '@draftbench/contracts';

/** Masks every secret in a piece of text that is about to be written to a log. */
export type Redact = (text: string) => string;

export const REDACTED = '[REDACTED]';

/** Env vars whose whole value is a secret, by the usual naming: OPENAI_API_KEY, ADMIN_PASSWORD… */
const SECRET_ENV_NAME = /(?:^|_)(?:KEY|SECRET|PASSWORD|PASSWD|TOKEN)$/;
/** Shorter values would mask ordinary words; every real secret is longer. */
const MIN_SECRET_LENGTH = 6;

/** Names whose value is a secret in key=value or JSON form. */
const KEY_NAMES =
  'password|passwd|secret|api[_-]?key|access[_-]?token|refresh[_-]?token|csrf[_-]?token|authorization|cookie';

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Secrets by shape: whatever their value, these never reach a log. Order matters (URL before key=value). */
const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // Draftbench API keys: keep the public id (it is shown in the UI and in errors) and mask the secret.
  [new RegExp(`(${escape(API_KEY_PREFIX)}[a-z0-9]{8})_[A-Za-z0-9_-]+`, 'g'), `$1_${REDACTED}`],
  [new RegExp(`${escape(WEBHOOK_SECRET_PREFIX)}[A-Za-z0-9_-]+`, 'g'), `${WEBHOOK_SECRET_PREFIX}${REDACTED}`],
  // Provider keys (OpenAI-style sk-…, sk-proj-…), not the "sk-" inside a longer word such as "task-".
  [/(?<![\w-])sk-[A-Za-z0-9_-]{8,}/g, `sk-${REDACTED}`],
  [/\b(Bearer|Basic)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`],
  // Credentials in URLs: postgres://user:pass@host, redis://:pass@host.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*):[^@\s]*@/gi, `$1:${REDACTED}@`],
  [new RegExp(`(${escape(SESSION_COOKIE)}=)[^;\\s"',]+`, 'g'), `$1${REDACTED}`],
  // key=value and "key": "value" pairs, as in a logged header, query string or JSON body.
  [
    new RegExp(
      `((?<![A-Za-z])(?:${KEY_NAMES})["']?\\s*[:=]\\s*["']?)(?!${escape(REDACTED)}|(?:Bearer|Basic)\\s)[^\\s"'&,;}]+`,
      'gi',
    ),
    `$1${REDACTED}`,
  ],
];

/**
 * The values of configured secrets: every env var named like a secret, and the password inside every
 * URL-valued one (DATABASE_URL, REDIS_URL, each of REDIS_CLUSTER_NODES…), as written in the URL and
 * percent-decoded.
 */
export function secretValuesOf(env: Readonly<Record<string, unknown>>): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (typeof value === 'string' && SECRET_ENV_NAME.test(name)) values.add(value);
    // A list arrives comma-separated from the environment, or as an array once parsed.
    const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
    for (const part of parts) {
      const password = typeof part === 'string' ? urlPassword(part.trim()) : undefined;
      if (password) values.add(password).add(safeDecode(password));
    }
  }
  return [...values].filter((value) => value.length >= MIN_SECRET_LENGTH);
}

/** A redactor for the shapes above and these exact values (longest first, so no part of one is left). */
export function createRedactor(secretValues: readonly string[] = []): Redact {
  const values = [...new Set(secretValues)]
    .filter((value) => value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  const exact = values.length ? new RegExp(values.map(escape).join('|'), 'g') : undefined;
  return (text) => {
    let out = exact ? text.replace(exact, REDACTED) : text;
    for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
    return out;
  };
}

function urlPassword(value: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  try {
    return new URL(value).password || undefined;
  } catch {
    return undefined;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
