import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { CSRF_COOKIE, LoginRequest, SESSION_COOKIE, type Session } from '@draftbench/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';
import { AuthService } from './auth.service.js';
import { CurrentSession } from './current-session.decorator.js';

@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Post('login')
  @HttpCode(200)
  async login(
    @Body(new ZodValidationPipe(LoginRequest)) input: LoginRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Session> {
    const { token, session, expiresAt } = await this.auth.login(input, request.ip);
    const options = {
      path: '/',
      sameSite: 'lax' as const,
      secure: this.env.COOKIE_SECURE,
      expires: expiresAt,
    };
    void reply.setCookie(SESSION_COOKIE, token, { ...options, httpOnly: true });
    // Readable by the web app, which echoes it in the X-CSRF-Token header.
    void reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...options, httpOnly: false });
    return session;
  }

  @Post('logout')
  @HttpCode(204)
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await this.auth.logout(token);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
  }

  @Get('session')
  session(@CurrentSession() session: Session): Session {
    return session;
  }
}
