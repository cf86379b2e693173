import { Controller, Get, Query } from '@nestjs/common';
import { SafetyRatesQuery, type SafetyRates } from '@draftbench/contracts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { SafetyRatesRepository } from './safety-rates.repository.js';

@Controller('v1/safety')
export class SafetyRatesController {
  constructor(private readonly repository: SafetyRatesRepository) {}

  /** Refusal and flag rates per provider and model, under the leaderboard's filters. */
  @Get('rates')
  rates(
    @Query(new ZodValidationPipe(SafetyRatesQuery, 'query')) query: SafetyRatesQuery,
  ): Promise<SafetyRates> {
    return this.repository.rates(query);
  }
}
