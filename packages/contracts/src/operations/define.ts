import { z } from 'zod';
import { Id } from '../common.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP operation as the API serves it: the contract the OpenAPI document is generated from. The
 * schemas are the ones the controllers validate with, so the document cannot drift from the checks.
 */
export interface Operation {
  method: HttpMethod;
  /** The path exactly as registered in Nest (`/v1/jobs/:id`). */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A request body that `body` accepts — a spec parses every example, so none goes stale. */
  example?: unknown;
  /** Another request media type the route also takes, e.g. a CSV upload as multipart/form-data. */
  multipart?: z.ZodObject;
  /** `false` on a creating POST that refuses `Idempotency-Key` (every other POST answering 201/202 takes it). */
  idempotent?: false;
  status: number;
  /** The JSON body of the success answer; absent for 204 and for `produces`. */
  response?: z.ZodType;
  /** A success answer that is not JSON: an SSE stream, CSV, JSON Lines, HTML or Prometheus text. */
  produces?: 'text/event-stream' | 'text/csv' | 'application/x-ndjson' | 'text/html' | 'text/plain';
  /** Errors this route answers beyond those every route of its kind has (see the OpenAPI builder). */
  errors?: readonly number[];
}

export const op = <const T extends Operation>(operation: T): T => operation;

export const IdParams = z.object({ id: Id.describe('The resource id (UUID)') });
