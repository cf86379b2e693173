import { Controller, Get, Query } from '@nestjs/common';
import { EconomicsQuery, LeaderboardQuery, type Economics, type Leaderboard } from '@draftbench/contracts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { EconomicsService } from './economics.service.js';
import { LeaderboardService } from './leaderboard.service.js';

@Controller('v1')
export class LeaderboardController {
  constructor(
    private readonly leaderboard: LeaderboardService,
    private readonly economicsService: EconomicsService,
  ) {}

  @Get('leaderboard')
  get(
    @Query(new ZodValidationPipe(LeaderboardQuery, 'query')) query: LeaderboardQuery,
  ): Promise<Leaderboard> {
    return this.leaderboard.leaderboard(query);
  }

  /** Cost and turnaround per draft by origin, against quality, with the cost–quality frontier. */
  @Get('economics')
  economics(
    @Query(new ZodValidationPipe(EconomicsQuery, 'query')) query: EconomicsQuery,
  ): Promise<Economics> {
    return this.economicsService.economics(query);
  }
}
