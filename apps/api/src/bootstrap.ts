import 'reflect-metadata';
import { type INestApplicationContext, Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { AppModule } from './app.module.js';
import { AuthService } from './auth/auth.service.js';
import { installLeanAsyncResourceBind } from './common/async-resource-bind.js';
import { ProblemFilter } from './common/problem.filter.js';
import { createRedactor, secretValuesOf } from './common/redact.js';
import { RedactingLogger } from './common/redacting-logger.js';
import { registerSecurityHeaders } from './common/security-headers.js';
import { type Env } from './config/env.schema.js';
import { registerBodyDigest } from './idempotency/body-digest.js';
import { startInfrastructure, type Infrastructure } from './infrastructure/infrastructure.js';
import { registerHttpMetrics } from './observability/http-metrics.js';
import { registerLoadShedding } from './observability/load-shedding.js';
import { registerRequestLogging, requestIdOf } from './observability/request-logging.js';
import { registerQueueDashboard } from './observability/queue-dashboard.js';
import { registerDocsUi } from './openapi/docs-ui.js';
import { findWebDist } from './web/web-dist.js';

export interface RunningApp {
  app: INestApplicationContext;
  infra: Infrastructure;
  /** Base URL of the HTTP server; undefined for a worker-only process. */
  url?: string;
  close(): Promise<void>;
}

const BODY_LIMIT_BYTES = 1024 * 1024;
const LOG_LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Starts the infrastructure, then Nest with the roles from the environment. */
export async function startApp(env: Env): Promise<RunningApp> {
  installLeanAsyncResourceBind(); // before Fastify and Nest bind anything: see the file for why
  const levels = LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(env.LOG_LEVEL) + 1);
  // Every log line, Nest's and ours, passes the redactor: no key, password or cookie reaches a log.
  const redactingLogger = new RedactingLogger(createRedactor(secretValuesOf(env)), {
    logLevels: levels,
    json: env.LOG_FORMAT === 'json',
  });
  Logger.overrideLogger(redactingLogger);
  const logger = new Logger('Draftbench');
  const infra = await startInfrastructure(env, (line) => logger.log(line));
  try {
    if (!env.APP_ROLES.includes('api')) {
      const app = await NestFactory.createApplicationContext(
        AppModule.register({ infra, roles: env.APP_ROLES }),
        { logger: redactingLogger },
      );
      app.enableShutdownHooks();
      await app.init();
      return { app, infra, close: () => app.close() };
    }

    const webDist = env.SERVE_WEB ? findWebDist(env.WEB_DIST_DIR) : undefined;
    const adapter = new FastifyAdapter({
      bodyLimit: BODY_LIMIT_BYTES,
      forceCloseConnections: 'idle',
      genReqId: requestIdOf,
    });
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.register({ infra, roles: env.APP_ROLES, webDist }),
      adapter,
      { logger: redactingLogger },
    );
    app.useGlobalFilters(new ProblemFilter());
    app.enableShutdownHooks();
    registerSecurityHeaders(app);
    await app.register(fastifyCookie);
    registerBodyDigest(app.getHttpAdapter().getInstance());
    registerRequestLogging(app.getHttpAdapter().getInstance());
    registerHttpMetrics(app.getHttpAdapter().getInstance(), infra.metrics);
    await registerLoadShedding(app, env, infra.metrics); // after the hooks that put headers and the request id on every answer
    // Multipart bodies are only read by routes that ask for them (batch CSV uploads), with their own limits.
    await app.register(fastifyMultipart);
    await registerDocsUi(app);
    await registerQueueDashboard(
      app.getHttpAdapter().getInstance(),
      app.get(AuthService),
      infra.queueBackend,
    );
    if (webDist) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    await app.listen({ host: env.HOST, port: env.PORT });
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    const url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${port}`;
    return { app, infra, url, close: () => app.close() };
  } catch (error) {
    await infra.close();
    throw error;
  }
}
