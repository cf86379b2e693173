import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { isTerminal, type JobEvent } from '@draftbench/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { draftFromRow } from '../drafts/draft.mapper.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { type JobSignal } from '../events/job-signal.js';
import { jobFromRow } from './job.mapper.js';
import { JobsRepository } from './jobs.repository.js';
import { JobsService } from './jobs.service.js';

const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events for one job. It subscribes before reading the snapshot, so nothing published
 * in between is lost; then it replays what arrived meanwhile, in order. State and draft signals are
 * resolved against PostgreSQL, never trusted from the bus.
 */
@Injectable()
export class JobEventsStream implements OnModuleDestroy {
  private readonly open_ = new Set<() => void>();

  constructor(
    @Inject(JobEventBus) private readonly bus: JobEventBus,
    private readonly service: JobsService,
    private readonly jobs: JobsRepository,
    private readonly drafts: DraftsRepository,
  ) {}

  async open(jobId: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    let chain = Promise.resolve();
    let live = false;
    const pending: JobSignal[] = [];
    const unsubscribe = this.bus.subscribe((signal) => {
      if (signal.jobId !== jobId) return;
      if (live) chain = chain.then(() => this.handle(signal, send, end));
      else pending.push(signal);
    });

    let snapshot;
    try {
      snapshot = await this.service.get(jobId);
    } catch (error) {
      unsubscribe();
      throw error;
    }

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    let ended = false;
    const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unsubscribe();
      this.open_.delete(end);
      raw.end();
    };
    const send = (event: JobEvent) => {
      if (!ended) raw.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    };
    this.open_.add(end);
    request.raw.on('close', end);

    send({ type: 'snapshot', job: snapshot });
    if (isTerminal(snapshot.state)) {
      send({ type: 'result', job: snapshot });
      return end();
    }
    live = true;
    for (const signal of pending) chain = chain.then(() => this.handle(signal, send, end));
  }

  private async handle(signal: JobSignal, send: (event: JobEvent) => void, end: () => void): Promise<void> {
    try {
      switch (signal.kind) {
        case 'delta':
          return send({ type: 'delta', jobId: signal.jobId, variant: signal.variant, text: signal.text });
        case 'draft': {
          const row = await this.drafts.findById(signal.draftId);
          if (row) send({ type: 'draft', jobId: signal.jobId, draft: draftFromRow(row) });
          return;
        }
        case 'state': {
          const row = await this.jobs.findById(signal.jobId);
          if (!row) return;
          send({ type: 'state', job: jobFromRow(row) });
          if (isTerminal(row.state)) {
            send({ type: 'result', job: await this.service.get(signal.jobId) });
            end();
          }
          return;
        }
        case 'cancel':
        case 'judge':
          return;
      }
    } catch {
      end(); // the client reconnects and catches up from the snapshot
    }
  }

  /** Open streams would hold the HTTP server open at shutdown; end them so clients reconnect elsewhere. */
  onModuleDestroy(): void {
    for (const end of [...this.open_]) end();
  }
}
