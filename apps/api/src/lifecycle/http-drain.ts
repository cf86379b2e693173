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
    // A kept-alive connection would go on carrying new requests after the listener closed: each answer
    // now closes its connection, and connections busy at this moment are closed as soon as they go idle.
    server.prependListener('request', (_request, response) => response.setHeader('connection', 'close'));
    server.close();
    const sweep = setInterval(() => server.closeIdleConnections(), 100).unref();
    server.once('close', () => clearInterval(sweep));
  }
}
