import { type FieldError } from '@draftbench/contracts';

/** An error that already knows its RFC 9457 shape. Throw it from anywhere; the filter renders it. */
export class ProblemException extends Error {
  /** Response headers that belong to this answer, e.g. Retry-After. */
  headers: Record<string, string | number> = {};

  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
  }

  withHeaders(headers: Record<string, string | number>): this {
    Object.assign(this.headers, headers);
    return this;
  }
}

export const notFound = (what: string, id: string) =>
  new ProblemException(
    404,
    'Not Found',
    `No ${what} has the id ${id}. Check the id, or list ${what}s to find it.`,
  );

export const conflict = (detail: string) => new ProblemException(409, 'Conflict', detail);

export const notFoundRoute = (method: string, path: string) =>
  new ProblemException(
    404,
    'Not Found',
    `There is no route ${method} ${path}. The API lives under /v1; see the README for its routes.`,
  );
