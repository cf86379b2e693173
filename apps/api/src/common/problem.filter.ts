import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@draftbench/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { ProblemException } from './problem.exception.js';

/** Fastify's messages are terse; say what the caller should change. */
const FASTIFY_DETAILS: Record<number, (message: string) => string> = {
  400: (message) => `The request body could not be read: ${message}. Send valid JSON.`,
  413: () => 'The request body is larger than the 1 MiB limit. Send a smaller body.',
  415: () => 'This content type is not accepted. Send the body as JSON with Content-Type: application/json.',
};

/** Renders every error as application/problem+json (RFC 9457); unknown errors are logged and hidden. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const problem = this.toProblem(exception, request);
    // A 5xx we raise on purpose (a probe failing, a dependency away) says why; anything else is a bug.
    if (problem.status >= 500 && exception instanceof ProblemException)
      this.logger.warn(`${problem.status} ${problem.title} (${request.url}): ${problem.detail ?? ''}`);
    else if (problem.status >= 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : exception);
    if (reply.sent) return;
    if (exception instanceof ProblemException) void reply.headers(exception.headers);
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): Problem {
    const instance = request.url;
    if (exception instanceof ProblemException) {
      const { status, title, detail, errors } = exception;
      return { type: 'about:blank', title, status, detail, instance, ...(errors ? { errors } : {}) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const detail =
        status === 404
          ? `There is no route ${request.method} ${request.url.split('?')[0]}.`
          : exception.message;
      return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, instance };
    }
    // Fastify's own client errors (malformed JSON, wrong content type, body too large) carry statusCode.
    const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      const message = exception instanceof Error ? exception.message : 'Bad request';
      const detail = FASTIFY_DETAILS[statusCode]?.(message) ?? message;
      return {
        type: 'about:blank',
        title: STATUS_CODES[statusCode] ?? 'Bad Request',
        status: statusCode,
        detail,
        instance,
      };
    }
    return {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail:
        'Something went wrong on our side. The error was logged; try again, and report it if it persists.',
      instance,
    };
  }
}
