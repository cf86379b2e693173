import 'reflect-metadata';
import { type INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import { AppModule } from './app.module.js';
import { ProblemFilter } from './common/problem.filter.js';
import { type Env } from './config/env.schema.js';
import { startInfrastructure, type Infrastructure } from './infrastructure/infrastructure.js';
import { findWebDist } from './web/web-dist.js';

export interface RunningApp {
  app: INestApplicationContext;
  infra: Infrastructure;
  /** Base URL of the HTTP server; undefined for a worker-only process. */
  url?: string;
  close(): Promise<void>;
}

const BODY_LIMIT_BYTES = 1024 * 1024;

/** Starts the infrastructure, then Nest with the roles from the environment. */
export async function startApp(env: Env): Promise<RunningApp> {
  const logger = new Logger('Draftbench');
  const infra = await startInfrastructure(env, (line) => logger.log(line));
  let closed = false;
  // Runs once, after Nest has drained (HTTP closed, workers finished, queues closed).
  const closeInfra = async () => {
    if (closed) return;
    closed = true;
    await infra.close();
  };
  try {
    const logLevels = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
    const logger_ = logLevels.slice(0, logLevels.indexOf(env.LOG_LEVEL) + 1);
    if (!env.APP_ROLES.includes('api')) {
      const app = await NestFactory.createApplicationContext(AppModule.register({ infra, roles: env.APP_ROLES }), {
        logger: [...logger_],
      });
      app.enableShutdownHooks();
      hookInfraClose(app, closeInfra);
      await app.init();
      return { app, infra, close: () => app.close() };
    }

    const webDist = env.SERVE_WEB ? findWebDist(env.WEB_DIST_DIR) : undefined;
    const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, forceCloseConnections: 'idle' });
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.register({ infra, roles: env.APP_ROLES, webDist }),
      adapter,
      { logger: [...logger_] },
    );
    app.useGlobalFilters(new ProblemFilter());
    app.enableShutdownHooks();
    hookInfraClose(app, closeInfra);
    if (webDist) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    await app.listen({ host: env.HOST, port: env.PORT });
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    const url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${port}`;
    return { app, infra, url, close: () => app.close() };
  } catch (error) {
    await closeInfra();
    throw error;
  }
}

/** Infrastructure closes after Nest's own shutdown hooks, whether a signal or close() started it. */
function hookInfraClose(app: INestApplicationContext, closeInfra: () => Promise<void>): void {
  const close = app.close.bind(app);
  app.close = async () => {
    try {
      await close();
    } finally {
      await closeInfra();
    }
  };
}
