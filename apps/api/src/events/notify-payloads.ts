import { type JobSignal } from './job-signal.js';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const MAX_NOTIFY_BYTES = 7999;

/**
 * The NOTIFY payloads for signals published together, in their order: each a JSON array of consecutive
 * signals bound for one channel, as many as fit in PostgreSQL's limit. A signal alone always fits (a delta
 * is at most MAX_DELTA_CHARS characters).
 */
export function notifyPayloads(
  signals: readonly JobSignal[],
  channelOf: (signal: JobSignal) => string,
): { channel: string; payload: string }[] {
  const payloads: { channel: string; payload: string }[] = [];
  let channel = '';
  let parts: string[] = [];
  let bytes = 0;
  const close = () => {
    if (parts.length > 0) payloads.push({ channel, payload: `[${parts.join(',')}]` });
    parts = [];
    bytes = 2; // the brackets
  };
  for (const signal of signals) {
    const json = JSON.stringify(signal);
    const size = Buffer.byteLength(json) + (parts.length > 0 ? 1 : 0); // and its comma
    if (channelOf(signal) !== channel || bytes + size > MAX_NOTIFY_BYTES) {
      close();
      channel = channelOf(signal);
    }
    bytes += Buffer.byteLength(json) + (parts.length > 0 ? 1 : 0);
    parts.push(json);
  }
  close();
  return payloads;
}

/** A received payload's signals: an array (notifyPayloads), or one signal as a publisher before arrays sent. */
export function signalsOfPayload(payload: string): unknown[] {
  const parsed: unknown = JSON.parse(payload);
  return Array.isArray(parsed) ? parsed : [parsed];
}
