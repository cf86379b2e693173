import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { notFoundRoute } from '../common/problem.exception.js';
import { WEB_DIST } from './web-dist.js';

/**
 * History-API fallback of the single-page app: any GET that no API route or static file matched
 * gets index.html. Unknown API paths still answer a 404 problem.
 */
@Controller()
export class WebAppController {
  constructor(@Inject(WEB_DIST) private readonly webDist: string) {}

  @Get('*')
  index(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    const path = request.url.split('?')[0] ?? '/';
    if (/^\/(v1|healthz|readyz|docs|metrics)(\/|$)/.test(path)) throw notFoundRoute(request.method, path);
    void reply.header('cache-control', 'no-cache').sendFile('index.html', this.webDist);
  }
}
