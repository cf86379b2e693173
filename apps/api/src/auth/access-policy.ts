import { grantsScope, type Role, type Scope } from '@draftbench/contracts';
import { API_KEYS_ACCESS } from '../api-keys/api-keys.parts.js';
import { BATCHES_ACCESS } from '../batches/batches.parts.js';
import { JUDGE_ACCESS } from '../judge/judge.parts.js';
import { SAFETY_ACCESS } from '../safety/safety.parts.js';
import { TEMPLATES_ACCESS } from '../templates/templates.parts.js';
import { WEBHOOKS_ACCESS } from '../webhooks/webhooks.parts.js';
import { PUBLIC, rule, sessionOnly, type Access, type RouteRule } from './route-rule.js';

/**
 * Every route's rule — the one place access is declared. Keys are `METHOD /path` exactly as the route is
 * registered. Admins pass every role check, and the `admin` scope every scope check. A route missing here
 * is refused, and the app will not start while any route lacks an entry (see route-policy.check.ts).
 */
export const ACCESS_POLICY: Record<string, RouteRule> = {
  'GET /healthz': PUBLIC,
  'GET /readyz': PUBLIC,
  'GET /metrics': PUBLIC, // scraped on the internal network (see the operation's description)
  'GET /*': PUBLIC, // the web app's index.html

  'GET /v1/openapi.json': PUBLIC,

  'POST /v1/auth/login': PUBLIC,
  // The session and its CSRF token are a browser's; a key has neither.
  'POST /v1/auth/logout': sessionOnly('signed-in'),
  'GET /v1/auth/session': sessionOnly('signed-in'),

  // Scopes: `admin` where no narrower scope fits (people's work: users, PGC, UGC, AI-assisted, rating).
  'POST /v1/users': rule(['admin'], 'admin'),
  'GET /v1/users': rule(['admin', 'lead'], 'admin'),
  'PATCH /v1/users/:id': rule(['admin'], 'admin'),

  'GET /v1/providers': rule(['lead', 'editor'], 'jobs:read'),

  'POST /v1/briefs': rule(['lead'], 'briefs:write'),
  'GET /v1/briefs': rule('signed-in'),
  'GET /v1/briefs/:id': rule('signed-in'),
  // Drafts show their origin and author: not for raters, who judge blind.
  'GET /v1/briefs/:id/drafts': rule(['lead', 'editor'], 'jobs:read'),

  'POST /v1/jobs': rule(['lead'], 'jobs:write'),
  'GET /v1/jobs': rule(['lead', 'editor'], 'jobs:read'),
  'GET /v1/jobs/:id': rule(['lead', 'editor'], 'jobs:read'),
  'GET /v1/jobs/:id/events': rule(['lead', 'editor'], 'jobs:read'),
  'POST /v1/jobs/:id/cancel': rule(['lead'], 'jobs:write'),

  // PGC: leads assign and review; the assigned editor drafts (checked per assignment in the service).
  'POST /v1/assignments': rule(['lead'], 'admin'),
  'GET /v1/assignments': rule(['lead', 'editor'], 'admin'),
  'GET /v1/assignments/:id': rule(['lead', 'editor'], 'admin'),
  'PUT /v1/assignments/:id/draft': rule(['editor'], 'admin'),
  'POST /v1/assignments/:id/submit': rule(['editor'], 'admin'),
  'POST /v1/assignments/:id/reviews': rule(['lead'], 'admin'),
  'PUT /v1/assignments/:id/minutes': rule(['lead', 'editor'], 'admin'),

  // UGC: contributors submit; leads decide what the screen held (SAFETY_ACCESS: the review queue).
  'POST /v1/briefs/:id/submissions': rule(['contributor'], 'admin'),
  'GET /v1/submissions/mine': rule(['contributor'], 'admin'),

  // AI-assisted: editors edit AI drafts (only their own edits can be saved again).
  'GET /v1/drafts/:id': rule(['lead', 'editor'], 'jobs:read'),
  'POST /v1/drafts/:id/assisted-edits': rule(['lead', 'editor'], 'admin'),
  'PUT /v1/drafts/:id/assisted-edit': rule(['lead', 'editor'], 'admin'),

  // Blind rating: tasks show texts only; the saved vote reveals the pair.
  'GET /v1/ratings/next': rule(['rater'], 'admin'),
  'POST /v1/ratings/assignments/:id/vote': rule(['rater'], 'admin'),
  'GET /v1/ratings/mine': rule(['rater'], 'ratings:read'),
  'GET /v1/ratings/integrity': rule(['lead'], 'ratings:read'),

  // Results only count blind votes; leads and editors read them (raters would learn origins).
  'GET /v1/leaderboard': rule(['lead', 'editor'], 'ratings:read'),
  'GET /v1/economics': rule(['lead', 'editor'], 'ratings:read'),

  // Training data: every AI text keeps its origin and provenance.
  'GET /v1/exports/ratings.csv': rule(['lead'], 'exports:read'),
  'GET /v1/exports/sft.jsonl': rule(['lead'], 'exports:read'),
  'GET /v1/exports/preferences.jsonl': rule(['lead'], 'exports:read'),
  'GET /v1/drafts/:id/export.html': rule(['lead', 'editor'], 'exports:read'),

  ...TEMPLATES_ACCESS,
  ...BATCHES_ACCESS,
  ...JUDGE_ACCESS,
  ...API_KEYS_ACCESS,
  ...SAFETY_ACCESS,
  ...WEBHOOKS_ACCESS,
};

export function allows(access: Access, roles: readonly Role[]): boolean {
  if (access === 'public' || access === 'signed-in') return true;
  return roles.includes('admin') || access.some((role) => roles.includes(role));
}

/** The scopes a key holding `held` lacks for a route that needs `needed` (never called for `null`). */
export const missingScopes = (needed: readonly Scope[], held: readonly Scope[]): Scope[] =>
  needed.filter((scope) => !grantsScope(held, scope));
