import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';

/**
 * Secure headers on every answer. The policy fits the built web app: its own scripts only (Vite emits
 * no inline script), inline styles allowed because Ant Design writes its CSS at run time, no framing.
 * `upgrade-insecure-requests` is left out: a first run is plain http on 127.0.0.1, and upgrading its
 * requests to https would break the page.
 *
 * helmet's middleware is built once here. @fastify/helmet 13 builds it again on every request (parsing
 * the policy each time), which was 3% of the API's CPU under load (docs/BENCHMARKS.md, API latency).
 */
export function registerSecurityHeaders(app: NestFastifyApplication): void {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The web app and the API share an origin; nothing else should embed or read them.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, () => done()));
}
