import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';

/**
 * First step of shutdown: stop accepting connections, before SSE streams end (their clients would
 * reconnect to this same process) and before workers drain. Requests already in flight finish; Nest
 * closes the rest of the HTTP server after the workers are done.
 */
@Injectable()
export class HttpDrain implements OnModuleDestroy {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleDestroy(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    server.close();
    server.closeIdleConnections();
  }
}
