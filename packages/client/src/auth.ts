import { LoginRequest, Session, type LoginRequest as LoginInput } from '@draftbench/contracts';
import { type Http, type RequestOptions } from './http.js';

export interface AuthApi {
  /** Signs in with the session cookie; the client then sends the CSRF token on writes. */
  login(input: LoginInput, options?: RequestOptions): Promise<Session>;
  logout(options?: RequestOptions): Promise<void>;
  /** The current session (after a page reload, say); also restores the CSRF token. */
  session(options?: RequestOptions): Promise<Session>;
}

export function authApi(http: Http): AuthApi {
  const remember = (session: Session) => {
    http.session.csrfToken = session.csrfToken;
    return session;
  };
  return {
    async login(input, options = {}) {
      const body = LoginRequest.parse(input);
      return remember(
        await http.json(Session, '/v1/auth/login', { method: 'POST', body, signal: options.signal }),
      );
    },
    async logout(options = {}) {
      await http.send('/v1/auth/logout', { method: 'POST', signal: options.signal });
      http.session.csrfToken = undefined;
      http.session.cookie = undefined;
    },
    async session(options = {}) {
      return remember(await http.json(Session, '/v1/auth/session', { signal: options.signal }));
    },
  };
}
