/**
 * The browser pages built by web/build.ts into dist/web/<page>/: /explorer (GraphiQL) and /graph
 * (the provenance graph view and article reader). Static files only; the pages get every datum
 * through /graphql like any other client.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

export const PAGES = ['explorer', 'graph'] as const;
const WEB_ROOT = join(PROJECT_ROOT, 'dist', 'web');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// Everything the pages load comes from this server: a browser refuses anything else.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join('; ');

/** The page a path belongs to, or undefined when it is not one of the pages' paths. */
function pageOf(pathname: string): string | undefined {
  return PAGES.find((page) => pathname === `/${page}` || pathname.startsWith(`/${page}/`));
}

/** Serves GET/HEAD for a page's files; returns false when the path is not a page's. */
export async function servePage(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  const page = pageOf(pathname);
  if (!page) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  const rest = pathname.slice(page.length + 1).replace(/^\/+/, '');
  const relative = normalize(rest || 'index.html');
  const file = join(WEB_ROOT, page, relative);
  if (relative.startsWith('..') || !file.startsWith(join(WEB_ROOT, page) + sep)) return notFound(res, pathname);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    // The page itself missing means dist/web was never built (npm run dev runs no build).
    if (!rest) return notFound(res, pathname, `the ${page} page is not built: run npm run build`);
    return notFound(res, pathname);
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    // index.html names assets that change with each build; the assets carry no hash in their
    // names except fonts, so everything is revalidated.
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(file).on('error', reject).pipe(res).on('finish', resolve).on('error', reject);
  });
  return true;
}

function notFound(res: ServerResponse, pathname: string, reason = 'not found'): true {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`${pathname}: ${reason}\n`);
  return true;
}
