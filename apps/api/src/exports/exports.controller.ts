import { Controller, Get, Query, Res } from '@nestjs/common';
import { type FastifyReply } from 'fastify';
import { once } from 'node:events';
import { SftQuery } from '@draftbench/contracts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ExportsService, type Chunks } from './exports.service.js';

@Controller('v1/exports')
export class ExportsController {
  constructor(private readonly exportsService: ExportsService) {}

  @Get('ratings.csv')
  ratings(@Res() reply: FastifyReply): Promise<void> {
    return stream(reply, 'text/csv; charset=utf-8', 'ratings.csv', this.exportsService.ratingsCsv());
  }

  @Get('sft.jsonl')
  sft(
    @Query(new ZodValidationPipe(SftQuery, 'query')) query: SftQuery,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return stream(
      reply,
      'application/x-ndjson',
      `sft-${query.format}.jsonl`,
      this.exportsService.sftJsonl(query.format),
    );
  }

  @Get('preferences.jsonl')
  preferences(@Res() reply: FastifyReply): Promise<void> {
    return stream(reply, 'application/x-ndjson', 'preferences.jsonl', this.exportsService.preferencesJsonl());
  }
}

/** Writes chunks as they come, waiting for the socket to drain, so memory stays flat on huge exports. */
async function stream(
  reply: FastifyReply,
  contentType: string,
  fileName: string,
  chunks: Chunks,
): Promise<void> {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${fileName}"`,
  });
  try {
    for await (const chunk of chunks) {
      if (raw.destroyed) return;
      if (!raw.write(chunk)) await once(raw, 'drain');
    }
  } finally {
    raw.end();
  }
}
