import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  Id,
  PromptTemplateCreate,
  TemplateLabelMove,
  TemplateListQuery,
  TemplatePreviewRequest,
  type PromptTemplate,
  type PromptTemplatePage,
  type Session,
  type TemplatePreview,
} from '@draftbench/contracts';
import { CurrentSession } from '../auth/current-session.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { PromptTemplatesService } from './templates.service.js';

@Controller('v1/templates')
export class PromptTemplatesController {
  constructor(private readonly service: PromptTemplatesService) {}

  @Get()
  async list(
    @Query(new ZodValidationPipe(TemplateListQuery, 'query')) query: TemplateListQuery,
  ): Promise<PromptTemplatePage> {
    return this.service.list(query);
  }

  @Get(':id')
  get(@Param('id', new ZodValidationPipe(Id, 'path')) id: string): Promise<PromptTemplate> {
    return this.service.get(id);
  }

  @Post()
  @HttpCode(201)
  create(
    @Body(new ZodValidationPipe(PromptTemplateCreate)) input: PromptTemplateCreate,
    @CurrentSession() session: Session,
  ): Promise<PromptTemplate> {
    return this.service.create(input, session.user.id);
  }

  @Post('labels')
  @HttpCode(200)
  moveLabel(
    @Body(new ZodValidationPipe(TemplateLabelMove)) input: TemplateLabelMove,
  ): Promise<PromptTemplate> {
    return this.service.moveLabel(input);
  }

  @Post('preview')
  @HttpCode(200)
  preview(
    @Body(new ZodValidationPipe(TemplatePreviewRequest)) input: TemplatePreviewRequest,
  ): Promise<TemplatePreview> {
    return this.service.preview(input);
  }
}
