import type { FakeBehaviour, RecordedRequest } from './openai-fake-server.js';

/** The two draft texts of a judge prompt, in the order shown (A first); null for any other request. */
export function shownDrafts(request: RecordedRequest): { a: string; b: string } | null {
  const messages = request.body?.messages;
  if (!Array.isArray(messages)) return null;
  const user = (messages as { role?: string; content?: unknown }[]).find((m) => m.role === 'user')?.content;
  if (typeof user !== 'string') return null;
  const match = /<drafts>\n([\s\S]*)\n<\/drafts>/.exec(user);
  if (!match?.[1]) return null;
  const drafts = JSON.parse(match[1]) as { A: { text: string }; B: { text: string } };
  return { a: drafts.A.text, b: drafts.B.text };
}

/**
 * A fake AI judge: answers every judge prompt with the text `decide` returns for the drafts as shown,
 * streamed in two chunks, whatever order the calls arrive in.
 */
export function fakeJudge(decide: (shown: { a: string; b: string }) => string): FakeBehaviour {
  return {
    kind: 'reply',
    with: (request) => {
      const shown = shownDrafts(request);
      if (!shown) return { kind: 'error', status: 400, body: { error: { message: 'not a judge prompt' } } };
      const answer = decide(shown);
      const half = Math.ceil(answer.length / 2);
      return { kind: 'stream', deltas: [answer.slice(0, half), answer.slice(half)] };
    },
  };
}
