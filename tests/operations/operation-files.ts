/** The saved operations on disk (`operations/` or a subfolder): their files, sorted, and their text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root.ts';

export function operationFiles(...subfolder: string[]): { files: string[]; source: (file: string) => string } {
  const dir = join(PROJECT_ROOT, 'operations', ...subfolder);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return { files, source: (file) => readFileSync(join(dir, file), 'utf8') };
}

/** death-toll-claims.graphql → DeathTollClaims: the name a saved operation must carry. */
export const operationNameFor = (file: string) =>
  file
    .replace(/\.graphql$/, '')
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
