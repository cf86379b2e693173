import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { INFRASTRUCTURE } from './tokens.js';
import { type Infrastructure } from './infrastructure.js';

/**
 * Closes the infrastructure in Nest's last shutdown phase: after SSE streams ended (destroy), workers
 * drained (before-shutdown) and the HTTP server closed (dispose).
 */
@Injectable()
export class InfrastructureLifecycle implements OnApplicationShutdown {
  constructor(@Inject(INFRASTRUCTURE) private readonly infra: Infrastructure) {}

  async onApplicationShutdown(): Promise<void> {
    await this.infra.close();
  }
}
