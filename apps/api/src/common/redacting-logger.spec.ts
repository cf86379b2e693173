import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRedactor, REDACTED } from './redact.js';
import { RedactingLogger } from './redacting-logger.js';

const SECRET = 'configured-secret-value';
const redact = createRedactor([SECRET]);

describe('RedactingLogger', () => {
  let written: string;
  beforeEach(() => {
    written = '';
    const capture = (chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  });
  afterEach(() => vi.restoreAllMocks());

  it('redacts text lines and stack traces', () => {
    const logger = new RedactingLogger(redact, { logLevels: ['error', 'log'], colors: false });
    logger.log(`connected with ${SECRET}`, 'Test');
    const error = new Error(`could not reach postgres://app:${SECRET}@db/app`);
    logger.error(error.message, error.stack, 'Test');
    expect(written).toContain(`connected with ${REDACTED}`);
    expect(written).toContain('at '); // the stack was printed…
    expect(written).not.toContain(SECRET); // …without the secret
  });

  it('redacts every string of a JSON log line, objects and errors included', () => {
    const logger = new RedactingLogger(redact, { logLevels: ['log', 'error'], json: true });
    logger.log({ request: { headers: { authorization: `Bearer ${SECRET}` } } });
    logger.error(new Error(`key ${SECRET}`));
    const lines = written.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(written).toContain(REDACTED);
    expect(written).not.toContain(SECRET);
  });
});
