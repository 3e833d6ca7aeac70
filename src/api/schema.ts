import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

export const SDL_DIR = join(PROJECT_ROOT, 'schema', 'graphql');

/** The SDL files in schema/graphql, the single source of the API's shape. */
export function loadTypeDefs(): string[] {
  return readdirSync(SDL_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(SDL_DIR, f), 'utf8'));
}
