import { SetMetadata } from '@nestjs/common';

export const NOT_IDEMPOTENT = 'draftbench:not-idempotent';

/** A creating POST that refuses Idempotency-Key, saying why (e.g. its answer must never be stored). */
export const NotIdempotent = (reason: string) => SetMetadata(NOT_IDEMPOTENT, reason);
