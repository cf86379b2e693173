import { Controller, Get, Inject } from '@nestjs/common';
import { type ProviderList } from '@draftbench/contracts';
import { ProviderRegistry } from '@draftbench/llm';

@Controller('v1/providers')
export class ProvidersController {
  constructor(@Inject(ProviderRegistry) private readonly providers: ProviderRegistry) {}

  @Get()
  list(): ProviderList {
    return { items: this.providers.list() };
  }
}
