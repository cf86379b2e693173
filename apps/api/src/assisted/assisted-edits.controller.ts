import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { AssistedEditSave, Id, type Draft, type Session } from '@draftbench/contracts';
import { CurrentSession } from '../auth/current-session.decorator.js';
import { notFound } from '../common/problem.exception.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { draftFromRow } from '../drafts/draft.mapper.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { AssistedEditsService } from './assisted-edits.service.js';

const IdParam = new ZodValidationPipe(Id, 'path');

@Controller('v1/drafts')
export class AssistedEditsController {
  constructor(
    private readonly edits: AssistedEditsService,
    private readonly drafts: DraftsRepository,
  ) {}

  @Get(':id')
  async get(@Param('id', IdParam) id: string): Promise<Draft> {
    const row = await this.drafts.findById(id);
    if (!row) throw notFound('draft', id);
    return draftFromRow(row);
  }

  /** Starts an AI-assisted edit of the AI draft `:id`; answers the new child draft. */
  @Post(':id/assisted-edits')
  @HttpCode(201)
  start(
    @Param('id', IdParam) id: string,
    @Body(new ZodValidationPipe(AssistedEditSave)) input: AssistedEditSave,
    @CurrentSession() session: Session,
  ): Promise<Draft> {
    return this.edits.start(id, input, session);
  }

  /** Saves the AI-assisted draft `:id` again, re-measuring the edit against its parent. */
  @Put(':id/assisted-edit')
  save(
    @Param('id', IdParam) id: string,
    @Body(new ZodValidationPipe(AssistedEditSave)) input: AssistedEditSave,
    @CurrentSession() session: Session,
  ): Promise<Draft> {
    return this.edits.save(id, input, session);
  }
}
