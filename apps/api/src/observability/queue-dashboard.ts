import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BoardAdapter } from '@bull-board/fastify';
import { QUEUES, SESSION_COOKIE } from '@draftbench/contracts';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type AuthService } from '../auth/auth.service.js';
import { type QueueBackend } from '../queue/queue-backend.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

function refuse(reply: FastifyReply, status: 401 | 403, detail: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'application/problem+json')
    .send({ type: 'about:blank', title: status === 401 ? 'Sign-in required' : 'Forbidden', status, detail });
}

/**
 * Bull Board on every queue at /admin/queues, for signed-in admins only. It is a Fastify plugin outside
 * Nest's router, so it checks the session itself. Its UI cannot send our CSRF header; the session
 * cookie is SameSite=Lax (no cross-site writes carry it) and writes must come from our own origin.
 */
export async function registerQueueDashboard(
  fastify: FastifyInstance,
  auth: AuthService,
  backend: QueueBackend,
): Promise<void> {
  const board = new BoardAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QUEUES).map((queue) => new BullMQAdapter(backend.createQueue(queue.name))),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Draftbench queues' } },
  });

  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = request.cookies[SESSION_COOKIE];
      const session = token ? await auth.resolve(token) : undefined;
      if (!session)
        return refuse(reply, 401, 'Sign in as an admin first; the queue dashboard uses your session.');
      if (!session.user.roles.includes('admin'))
        return refuse(reply, 403, 'The queue dashboard is for admins.');
      const origin = request.headers.origin;
      if (request.method !== 'GET' && origin && new URL(origin).host !== request.headers.host)
        return refuse(reply, 403, 'Queue actions must come from this site.');
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}
