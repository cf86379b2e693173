import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  BriefCreate,
  BriefListQuery,
  Id,
  PageQuery,
  type Brief,
  type Draft,
  type Page,
} from '@draftbench/contracts';
import { pageOf } from '../common/cursor.js';
import { notFound } from '../common/problem.exception.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { draftFromRow } from '../drafts/draft.mapper.js';
import { briefFromRow } from './brief.mapper.js';
import { BriefsRepository } from './briefs.repository.js';

@Controller('v1/briefs')
export class BriefsController {
  constructor(
    private readonly briefs: BriefsRepository,
    private readonly draftsRepo: DraftsRepository,
  ) {}

  @Post()
  @HttpCode(201)
  async create(@Body(new ZodValidationPipe(BriefCreate)) input: BriefCreate): Promise<Brief> {
    return briefFromRow(await this.briefs.create(input));
  }

  @Get()
  async list(
    @Query(new ZodValidationPipe(BriefListQuery, 'query')) query: BriefListQuery,
  ): Promise<Page<Brief>> {
    return pageOf(await this.briefs.list(query), query.limit, briefFromRow);
  }

  @Get(':id')
  async get(@Param('id', new ZodValidationPipe(Id, 'path')) id: string): Promise<Brief> {
    const row = await this.briefs.findById(id);
    if (!row) throw notFound('brief', id);
    return briefFromRow(row);
  }

  @Get(':id/drafts')
  async drafts(
    @Param('id', new ZodValidationPipe(Id, 'path')) id: string,
    @Query(new ZodValidationPipe(PageQuery, 'query')) query: PageQuery,
  ): Promise<Page<Draft>> {
    if (!(await this.briefs.findById(id))) throw notFound('brief', id);
    return pageOf(await this.draftsRepo.listByBrief(id, query), query.limit, draftFromRow);
  }
}
