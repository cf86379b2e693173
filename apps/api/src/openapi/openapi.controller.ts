import { Controller, Get } from '@nestjs/common';
import { openApiDocument } from './openapi.document.js';

@Controller('v1')
export class OpenApiController {
  @Get('openapi.json')
  openApi(): unknown {
    return openApiDocument();
  }
}
