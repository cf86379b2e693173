import { type Role, type Scope } from '@draftbench/contracts';

/** Who may call a route by role: `public` needs nobody; `signed-in` any user; a list one of those roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

/**
 * Who may call a route, and what an API key needs to: a key acts as its owner (so `access` applies to
 * the owner's roles) limited to its scopes. `scopes`: every scope listed (see `grantsScope`); `[]` any
 * key; `null` no key at all — the route is for signed-in people only.
 */
export interface RouteRule {
  access: Access;
  scopes: readonly Scope[] | null;
}

export const rule = (access: Access, ...scopes: Scope[]): RouteRule => ({ access, scopes });
export const sessionOnly = (access: Access): RouteRule => ({ access, scopes: null });
export const PUBLIC: RouteRule = { access: 'public', scopes: [] };
