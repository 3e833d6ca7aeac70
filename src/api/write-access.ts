import { timingSafeEqual, createHash } from 'node:crypto';
import type { ApiContext } from './context.ts';
import { forbidden, unauthenticated } from './errors.ts';

/** Compares the bearer token with API_KEY in constant time (hashes make the lengths equal). */
export function checkBearer(authorization: string | undefined, apiKey: string | undefined): Pick<ApiContext, 'canWrite' | 'writeDenied'> {
  if (!apiKey) return { canWrite: false, writeDenied: 'disabled' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return { canWrite: false, writeDenied: 'missing' };
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]), digest(apiKey)) ? { canWrite: true } : { canWrite: false, writeDenied: 'invalid' };
}

export function requireWriteAccess(context: ApiContext): void {
  if (context.canWrite) return;
  switch (context.writeDenied) {
    case 'disabled':
      throw forbidden('writes are disabled on this server: set the API_KEY environment variable to enable ingestArticle');
    case 'missing':
      throw unauthenticated('this operation writes to the graph: send Authorization: Bearer <API_KEY>');
    default:
      throw forbidden('the bearer key is not valid for writes');
  }
}
