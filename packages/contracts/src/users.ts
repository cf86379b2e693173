import { z } from 'zod';
import { Id, PageQuery, Timestamp, page, text } from './common.js';

export const Role = z.enum(['admin', 'lead', 'editor', 'contributor', 'rater']);
export type Role = z.infer<typeof Role>;

export const Email = z
  .email()
  .max(254)
  .transform((v) => v.trim().toLowerCase());

export const User = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  hourlyRateUsd: z.number().min(0).nullable().describe('Gives the cost of PGC and AI-assisted minutes'),
  disabled: z.boolean(),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

export const Password = z.string().min(10, 'Use at least 10 characters').max(200);

export const UserCreate = z.object({
  email: Email,
  displayName: text(80),
  password: Password,
  roles: z.array(Role).min(1).max(5),
  hourlyRateUsd: z.number().min(0).max(10_000).optional(),
});
export type UserCreate = z.infer<typeof UserCreate>;
export type UserCreateInput = z.input<typeof UserCreate>;

export const UserUpdate = z
  .object({
    displayName: text(80),
    roles: z.array(Role).min(1).max(5),
    hourlyRateUsd: z.number().min(0).max(10_000).nullable(),
    disabled: z.boolean(),
    password: Password,
  })
  .partial();
export type UserUpdate = z.infer<typeof UserUpdate>;

export const UserListQuery = PageQuery.extend({
  role: Role.optional().describe('Only users who hold this role'),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const LoginRequest = z.object({ email: Email, password: z.string().min(1).max(200) });
export type LoginRequest = z.infer<typeof LoginRequest>;

/** The signed-in user and the token to send as `X-CSRF-Token` on writes made with the session cookie. */
export const Session = z.object({ user: User, csrfToken: z.string() });
export type Session = z.infer<typeof Session>;

export const SESSION_COOKIE = 'draftbench_session';
export const CSRF_COOKIE = 'draftbench_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export const UserPage = page(User);
