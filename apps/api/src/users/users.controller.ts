import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { Id, UserCreate, UserListQuery, UserUpdate, type Page, type User } from '@draftbench/contracts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { UsersService } from './users.service.js';

@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @HttpCode(201)
  create(@Body(new ZodValidationPipe(UserCreate)) input: UserCreate): Promise<User> {
    return this.users.create(input);
  }

  @Get()
  list(@Query(new ZodValidationPipe(UserListQuery, 'query')) query: UserListQuery): Promise<Page<User>> {
    return this.users.list(query);
  }

  @Patch(':id')
  update(
    @Param('id', new ZodValidationPipe(Id, 'path')) id: string,
    @Body(new ZodValidationPipe(UserUpdate)) input: UserUpdate,
  ): Promise<User> {
    return this.users.update(id, input);
  }
}
