import { Controller, Get, Inject } from '@nestjs/common';
import type pg from 'pg';
import { ProblemException } from '../common/problem.exception.js';
import { PG_POOL } from '../infrastructure/tokens.js';

@Controller()
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  @Get('healthz')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('readyz')
  async ready(): Promise<{ status: 'ok' }> {
    try {
      await this.pool.query('SELECT 1');
    } catch {
      throw new ProblemException(503, 'Not ready', 'The database is not reachable.');
    }
    return { status: 'ok' };
  }
}
