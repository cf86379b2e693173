import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { openApiDocument } from './openapi.document.js';

/** Swagger UI at /docs over the same document as /v1/openapi.json; its assets ship in the package. */
export async function registerDocsUi(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifySwagger, {
    mode: 'static',
    specification: { document: openApiDocument() as never },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });
}
