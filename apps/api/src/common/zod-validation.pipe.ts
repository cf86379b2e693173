import { type PipeTransform } from '@nestjs/common';
import { type FieldError } from '@draftbench/contracts';
import { type z } from 'zod';
import { ProblemException } from './problem.exception.js';

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/** Validates a body, query or param at the edge with a contracts schema; failures become a 400 problem. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly where: 'body' | 'query' | 'path' = 'body',
  ) {}

  transform(value: unknown): z.infer<S> {
    const parsed = this.schema.safeParse(value ?? (this.where === 'body' ? undefined : {}));
    if (parsed.success) return parsed.data;
    const errors = toFieldErrors(parsed.error);
    const summary = errors
      .slice(0, 3)
      .map((e) => `${e.path}: ${e.message}`)
      .join('; ');
    throw new ProblemException(
      400,
      'Invalid request',
      `The request ${this.where} is invalid — ${summary}.`,
      errors,
    );
  }
}
