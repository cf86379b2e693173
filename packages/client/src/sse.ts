import { createParser, type EventSourceMessage } from 'eventsource-parser';

/**
 * Reads a `text/event-stream` body as messages until the server closes it. Built on fetch rather than
 * the browser's EventSource so it runs in Node too and can send an Authorization header.
 * Aborting the request's signal rejects the iteration with the signal's reason.
 */
export async function* readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<EventSourceMessage> {
  const reader = body.getReader();
  // `stream: true` keeps a multi-byte character split across chunks intact until its last byte arrives.
  const decoder = new TextDecoder();
  const pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => pending.push(message) });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      yield* pending.splice(0);
    }
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    // Closes the connection when the consumer stops early; a no-op on a finished stream.
    await reader.cancel().catch(() => undefined);
  }
}
