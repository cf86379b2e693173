import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';
import { Metrics } from '../observability/metrics.js';
import { HealthService, type ProbeResult } from './health.service.js';

/**
 * Probes and metrics for a worker-only process (no HTTP API): `/healthz`, `/readyz` and `/metrics` on
 * HEALTH_PORT, with the same answers the API gives. It stays up until the very end of shutdown so the orchestrator sees
 * the drain.
 */
@Injectable()
export class HealthServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly health: HealthService,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.env.HEALTH_PORT === undefined) return;
    const probes: Record<string, () => Promise<ProbeResult>> = {
      '/healthz': () => this.health.live(),
      '/readyz': () => this.health.ready(),
    };
    this.server = createServer((req, res) => {
      if (req.method === 'GET' && req.url === '/metrics') {
        void this.metrics.registry.metrics().then((body) => {
          res.writeHead(200, { 'content-type': this.metrics.registry.contentType });
          res.end(body);
        });
        return;
      }
      const probe = req.method === 'GET' ? probes[req.url ?? ''] : undefined;
      if (!probe) {
        res.writeHead(404, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
        return;
      }
      void probe().then((result) => {
        if (result.ok) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 'ok' }));
        } else {
          res.writeHead(503, { 'content-type': 'application/problem+json' });
          res.end(
            JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503, detail: result.reason }),
          );
        }
      });
    });
    this.server.listen(this.env.HEALTH_PORT, this.env.HOST);
    await once(this.server, 'listening');
    const address = this.server.address();
    const port = typeof address === 'object' && address ? address.port : this.env.HEALTH_PORT;
    new Logger(HealthServer.name).log(`Health probes at http://${this.env.HOST}:${port}/healthz and /readyz`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}
