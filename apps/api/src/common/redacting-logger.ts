import { ConsoleLogger, type ConsoleLoggerOptions, type LogLevel } from '@nestjs/common';
import { format } from 'node:util';
import { currentLogFields } from './log-context.js';
import { type Redact } from './redact.js';

interface JsonLogOptions {
  context: string;
  logLevel: LogLevel;
  writeStreamType?: 'stdout' | 'stderr';
  errorStack?: unknown;
}
interface JsonLogObject {
  level: LogLevel;
  pid: number;
  timestamp: number;
  message: unknown;
  context?: string;
  stack?: unknown;
  requestId?: string;
  jobId?: string;
}

/**
 * Nest's console logger with every line passed through `redact` just before it is written: text lines,
 * stack traces, and — with `json: true` (LOG_FORMAT=json) — every string inside the JSON log object.
 * Lines written on behalf of a request or a queue job carry its ids (log-context.ts): as fields in
 * JSON, as `[requestId=…]` after the context in text.
 */
export class RedactingLogger extends ConsoleLogger {
  constructor(
    private readonly redact: Redact,
    options: ConsoleLoggerOptions,
  ) {
    super(options);
  }

  protected override formatMessage(
    logLevel: LogLevel,
    message: unknown,
    pidMessage: string,
    formattedLogLevel: string,
    contextMessage: string,
    timestampDiff: string,
  ): string {
    const fields = Object.entries(currentLogFields() ?? {});
    const ids = fields.length ? `${fields.map(([k, v]) => `[${k}=${v}]`).join(' ')} ` : '';
    return this.redact(
      super.formatMessage(
        logLevel,
        message,
        pidMessage,
        formattedLogLevel,
        contextMessage + ids,
        timestampDiff,
      ),
    );
  }

  protected override printStackTrace(stack: string): void {
    super.printStackTrace(stack && this.redact(stack));
  }

  protected override getJsonLogObject(message: unknown, options: JsonLogOptions): JsonLogObject {
    return redactStrings(
      { ...super.getJsonLogObject(message, options), ...currentLogFields() },
      this.redact,
      new WeakSet(),
    ) as JsonLogObject;
  }
}

/** Replaces console.log/info/warn/error/debug with versions that redact what they print. */
export function redactConsole(redact: Redact): void {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const write = console[method].bind(console);
    console[method] = (...args: unknown[]) => write(redact(format(...args)));
  }
}

function redactStrings(value: unknown, redact: Redact, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) return redact(value.stack ?? value.message);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]'; // the original would carry its secrets into the copy
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact, seen));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactStrings(v, redact, seen)]));
}
