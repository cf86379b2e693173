import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { IdempotencyRepository } from './idempotency.repository.js';

const SWEEP_EVERY_MS = 15 * 60_000;

/** Deletes idempotency keys past their 24 hours, every quarter of an hour, in every API process. */
@Injectable()
export class IdempotencyJanitor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(IdempotencyJanitor.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly store: IdempotencyRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn(`Idempotency sweep failed: ${String(error)}`));
    }, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Returns how many expired keys were deleted. */
  sweep(): Promise<number> {
    return this.store.deleteExpired();
  }
}
