import { type FieldError } from '@draftbench/contracts';
import { type z } from 'zod';

/**
 * zod says "Invalid input: expected string, received undefined" for a missing value; people filling a
 * spreadsheet or writing JSON understand "Required" better. Other messages are kept as zod wrote them.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_type' && /received undefined$/.test(issue.message)
    ? 'Required'
    : issue.message;
}

/** Zod issues with their dotted zod paths, as the JSON batch and the rest of the API report them. */
export function zodFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issueMessage(issue),
  }));
}
