import { Controller, Get, Param, Res } from '@nestjs/common';
import { Id } from '@draftbench/contracts';
import { type FastifyReply } from 'fastify';
import { briefFromRow } from '../briefs/brief.mapper.js';
import { BriefsRepository } from '../briefs/briefs.repository.js';
import { notFound } from '../common/problem.exception.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { draftFromRow } from '../drafts/draft.mapper.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { draftHtml } from './draft-html.js';

@Controller('v1/drafts')
export class DraftExportController {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly briefs: BriefsRepository,
  ) {}

  @Get(':id/export.html')
  async html(
    @Param('id', new ZodValidationPipe(Id, 'path')) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const row = await this.drafts.findById(id);
    if (!row) throw notFound('draft', id);
    const brief = briefFromRow((await this.briefs.findById(row.briefId))!);
    await reply
      .type('text/html; charset=utf-8')
      .header('content-disposition', `attachment; filename="draft-${id}.html"`)
      .send(draftHtml(draftFromRow(row), brief));
  }
}
