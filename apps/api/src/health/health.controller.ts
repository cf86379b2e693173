import { Controller, Get } from '@nestjs/common';
import { ProblemException } from '../common/problem.exception.js';
import { HealthService, type ProbeResult } from './health.service.js';

const answer = (result: ProbeResult, title: string): { status: 'ok' } => {
  if (!result.ok) throw new ProblemException(503, title, result.reason);
  return { status: 'ok' };
};

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('healthz')
  async live(): Promise<{ status: 'ok' }> {
    return answer(await this.health.live(), 'Not live');
  }

  @Get('readyz')
  async ready(): Promise<{ status: 'ok' }> {
    return answer(await this.health.ready(), 'Not ready');
  }
}
