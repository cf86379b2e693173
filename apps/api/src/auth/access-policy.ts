import { type Role } from '@draftbench/contracts';
import { BATCHES_ACCESS } from '../batches/batches.parts.js';
import { JUDGE_ACCESS } from '../judge/judge.parts.js';
import { TEMPLATES_ACCESS } from '../templates/templates.parts.js';

/**
 * Who may call each route — the one place access is declared. Keys are `METHOD /path` exactly as the
 * route is registered. `public` needs nobody; `signed-in` needs any user; a role list needs one of
 * those roles (admins pass everywhere). A route missing here is refused, and the app will not start
 * while any route lacks an entry (see route-policy.check.ts).
 */
export type Access = 'public' | 'signed-in' | readonly Role[];

export const ACCESS_POLICY: Record<string, Access> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /*': 'public', // the web app's index.html
  'GET /v1/openapi.json': 'public',

  'POST /v1/auth/login': 'public',
  'POST /v1/auth/logout': 'signed-in',
  'GET /v1/auth/session': 'signed-in',

  'POST /v1/users': ['admin'],
  'GET /v1/users': ['admin', 'lead'],
  'PATCH /v1/users/:id': ['admin'],

  'GET /v1/providers': ['lead', 'editor'],

  'POST /v1/briefs': ['lead'],
  'GET /v1/briefs': 'signed-in',
  'GET /v1/briefs/:id': 'signed-in',
  // Drafts show their origin and author: not for raters, who judge blind.
  'GET /v1/briefs/:id/drafts': ['lead', 'editor'],

  'POST /v1/jobs': ['lead'],
  'GET /v1/jobs': ['lead', 'editor'],
  'GET /v1/jobs/:id': ['lead', 'editor'],
  'GET /v1/jobs/:id/events': ['lead', 'editor'],
  'POST /v1/jobs/:id/cancel': ['lead'],

  // PGC: leads assign and review; the assigned editor drafts (checked per assignment in the service).
  'POST /v1/assignments': ['lead'],
  'GET /v1/assignments': ['lead', 'editor'],
  'GET /v1/assignments/:id': ['lead', 'editor'],
  'PUT /v1/assignments/:id/draft': ['editor'],
  'POST /v1/assignments/:id/submit': ['editor'],
  'POST /v1/assignments/:id/reviews': ['lead'],
  'PUT /v1/assignments/:id/minutes': ['lead', 'editor'],

  // UGC: contributors submit; leads moderate what the screen held.
  'POST /v1/briefs/:id/submissions': ['contributor'],
  'GET /v1/submissions/mine': ['contributor'],
  'GET /v1/moderation': ['lead'],
  'POST /v1/drafts/:id/moderation': ['lead'],

  // AI-assisted: editors edit AI drafts (only their own edits can be saved again).
  'GET /v1/drafts/:id': ['lead', 'editor'],
  'POST /v1/drafts/:id/assisted-edits': ['lead', 'editor'],
  'PUT /v1/drafts/:id/assisted-edit': ['lead', 'editor'],

  // Blind rating: tasks show texts only; the saved vote reveals the pair.
  'GET /v1/ratings/next': ['rater'],
  'POST /v1/ratings/assignments/:id/vote': ['rater'],
  'GET /v1/ratings/mine': ['rater'],
  'GET /v1/ratings/integrity': ['lead'],

  // Results only count blind votes; leads and editors read them (raters would learn origins).
  'GET /v1/leaderboard': ['lead', 'editor'],
  'GET /v1/economics': ['lead', 'editor'],

  // Training data: every AI text keeps its origin and provenance.
  'GET /v1/exports/ratings.csv': ['lead'],
  'GET /v1/exports/sft.jsonl': ['lead'],
  'GET /v1/exports/preferences.jsonl': ['lead'],

  ...TEMPLATES_ACCESS,
  ...BATCHES_ACCESS,
  ...JUDGE_ACCESS,
};

export function allows(access: Access, roles: readonly Role[]): boolean {
  if (access === 'public' || access === 'signed-in') return true;
  return roles.includes('admin') || access.some((role) => roles.includes(role));
}
