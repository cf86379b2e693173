import { Controller, Get, Query } from '@nestjs/common';
import { LeaderboardQuery, type Leaderboard } from '@draftbench/contracts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { LeaderboardService } from './leaderboard.service.js';

@Controller('v1/leaderboard')
export class LeaderboardController {
  constructor(private readonly leaderboard: LeaderboardService) {}

  @Get()
  get(
    @Query(new ZodValidationPipe(LeaderboardQuery, 'query')) query: LeaderboardQuery,
  ): Promise<Leaderboard> {
    return this.leaderboard.leaderboard(query);
  }
}
