import { z } from 'zod';
import { LoginRequest, Session, UserCreate, UserListQuery, UserPage, UserUpdate, User } from '../users.js';
import { ProviderList } from '../providers.js';
import { IdParams, op } from './define.js';

const Health = z.object({ status: z.literal('ok') });

export const SYSTEM_OPERATIONS = {
  liveness: op({
    method: 'GET',
    path: '/healthz',
    tag: 'System',
    summary: 'Liveness: the process answers and its worker is consuming',
    description:
      'Fails (503) in a process that runs a worker when jobs have waited `LIVENESS_STALL_MS` while the worker had free slots and took none. A paused or rate-limited queue counts as live.',
    status: 200,
    response: Health,
    errors: [503],
  }),
  readiness: op({
    method: 'GET',
    path: '/readyz',
    tag: 'System',
    summary: 'Readiness: the database and the queue backend answer',
    status: 200,
    response: Health,
    errors: [503],
  }),
  metrics: op({
    method: 'GET',
    path: '/metrics',
    tag: 'System',
    summary: 'Prometheus metrics of this process',
    description:
      'Queue depth per state, job duration, provider latency, first-token time, tokens, cost and errors, failed jobs by reason, HTTP latency, and Node.js process metrics. Meant for a scraper on the internal network; the nginx of docker/compose.yml does not expose it. Worker-only processes serve it on HEALTH_PORT.',
    status: 200,
    produces: 'text/plain',
  }),
  openApi: op({
    method: 'GET',
    path: '/v1/openapi.json',
    tag: 'System',
    summary: 'This document (OpenAPI 3.1); a browsable version is at /docs',
    status: 200,
    response: z.record(z.string(), z.unknown()),
  }),
  login: op({
    method: 'POST',
    path: '/v1/auth/login',
    tag: 'Auth',
    summary: 'Sign in with email and password',
    description:
      'Sets the http-only session cookie and a CSRF cookie; send the CSRF token back in the `x-csrf-token` header on every non-GET request made with the cookie.',
    body: LoginRequest,
    example: { email: 'lead@example.com', password: 'correct horse battery' },
    status: 200,
    response: Session,
    errors: [429],
  }),
  logout: op({ method: 'POST', path: '/v1/auth/logout', tag: 'Auth', summary: 'Sign out', status: 204 }),
  session: op({
    method: 'GET',
    path: '/v1/auth/session',
    tag: 'Auth',
    summary: 'The signed-in user and their CSRF token',
    status: 200,
    response: Session,
  }),
  createUser: op({
    method: 'POST',
    path: '/v1/users',
    tag: 'Users',
    summary: 'Create a user',
    body: UserCreate,
    example: {
      email: 'editor@example.com',
      displayName: 'Li Editor',
      password: 'a long enough password',
      roles: ['editor', 'rater'],
      hourlyRateUsd: 40,
    },
    status: 201,
    response: User,
    errors: [409],
  }),
  listUsers: op({
    method: 'GET',
    path: '/v1/users',
    tag: 'Users',
    summary: 'List users',
    query: UserListQuery,
    status: 200,
    response: UserPage,
  }),
  updateUser: op({
    method: 'PATCH',
    path: '/v1/users/:id',
    tag: 'Users',
    summary: 'Change roles, name, hourly rate or disable a user',
    params: IdParams,
    body: UserUpdate,
    example: { roles: ['editor'], disabled: false },
    status: 200,
    response: User,
    errors: [409],
  }),
  listProviders: op({
    method: 'GET',
    path: '/v1/providers',
    tag: 'Providers',
    summary: 'Configured generation providers and their models',
    status: 200,
    response: ProviderList,
  }),
} as const;
