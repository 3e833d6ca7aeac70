/**
 * The project's root folder (with a trailing slash): the nearest folder above this module that
 * holds package.json. The same from the TypeScript sources (`src/`, run through tsx) and from the
 * compiled build (`dist/src/`), so schema/, seed/ and .neo4j/ are found from both. A module of its
 * own at the top of src/ so every layer (server, api, graph, cli, eval) imports it sideways.
 */
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir.endsWith(sep) ? dir : dir + sep;
    if (dirname(dir) === dir) throw new Error(`no package.json in ${from} or any folder above it`);
  }
}

export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
