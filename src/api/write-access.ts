/**
 * Who may do what. A request carries at most one credential, `Authorization: Bearer <token>`:
 *
 * - the API key (API_KEY), compared in constant time: may read and write;
 * - a JWT signed with JWT_SECRET (HS256, with an `exp`; JWT_ISSUER / JWT_AUDIENCE checked when
 *   set): may read, and may write when its `role` claim is "writer" or "admin".
 *
 * Reads are open unless READS_REQUIRE_AUTH is set; then a request without a valid credential is
 * UNAUTHENTICATED before anything runs. Writes without a credential are UNAUTHENTICATED; with an
 * expired JWT, UNAUTHENTICATED (get a new one); with a credential that does not grant writes (a
 * wrong key, a JWT that fails verification, a role other than writer/admin), FORBIDDEN.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { ApiContext } from './context.ts';
import { forbidden, unauthenticated } from './errors.ts';

export const WRITER_ROLES = ['writer', 'admin'] as const;

export interface AuthSettings {
  apiKey?: string;
  jwtSecret?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  readsRequireAuth?: boolean;
}

/** What a request's credential allows; `principal` names it in the logs. */
export type Access = Pick<ApiContext, 'canWrite' | 'writeDenied' | 'principal'> & { authenticated: boolean };

type Denied = NonNullable<ApiContext['writeDenied']>;
const denied = (writeDenied: Denied, authenticated = false, principal?: string): Access => ({
  canWrite: false,
  writeDenied,
  authenticated,
  principal,
});

export async function authenticate(authorization: string | undefined, settings: AuthSettings): Promise<Access> {
  const token = bearerToken(authorization);
  if (!settings.apiKey && !settings.jwtSecret) return denied('disabled', false);
  if (!token) return denied('missing');
  if (settings.apiKey && sameSecret(token, settings.apiKey)) return { canWrite: true, authenticated: true, principal: 'api-key' };
  if (!settings.jwtSecret || token.split('.').length !== 3) return denied('invalid');
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(settings.jwtSecret), {
      algorithms: ['HS256'],
      issuer: settings.jwtIssuer,
      audience: settings.jwtAudience,
      // A token that never expires is refused.
      requiredClaims: ['exp'],
      clockTolerance: 5,
    });
    const roles = (Array.isArray(payload.role) ? payload.role : [payload.role]).filter((r): r is string => typeof r === 'string');
    const principal = `jwt:${typeof payload.sub === 'string' ? payload.sub.slice(0, 100) : 'anonymous'}`;
    if (roles.some((r) => (WRITER_ROLES as readonly string[]).includes(r))) return { canWrite: true, authenticated: true, principal };
    return denied('role', true, principal);
  } catch (error) {
    return denied(error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid');
  }
}

/** With READS_REQUIRE_AUTH, a request without a valid credential stops here. */
export function requireReadAccess(access: Access, settings: AuthSettings): void {
  if (!settings.readsRequireAuth || access.authenticated) return;
  if (access.writeDenied === 'disabled')
    throw forbidden('this server requires credentials for every request but has neither API_KEY nor JWT_SECRET set');
  throw unauthenticated(
    access.writeDenied === 'missing'
      ? 'this server requires credentials: send Authorization: Bearer <API key or JWT>'
      : access.writeDenied === 'expired'
        ? 'the bearer token has expired'
        : 'the bearer credential is not valid',
  );
}

export function requireWriteAccess(context: ApiContext): void {
  if (context.canWrite) return;
  switch (context.writeDenied) {
    case 'disabled':
      throw forbidden(
        'writes are disabled on this server: set the API_KEY (or JWT_SECRET) environment variable to enable writes (ingestArticle and the curation mutations)',
      );
    case 'missing':
      throw unauthenticated('this operation writes to the graph: send Authorization: Bearer <API_KEY or a JWT with role writer>');
    case 'expired':
      throw unauthenticated('the bearer token has expired');
    case 'role':
      throw forbidden(`writes need a JWT whose role is ${WRITER_ROLES.join(' or ')}`);
    default:
      throw forbidden('the bearer credential is not valid for writes');
  }
}

function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
