/**
 * The ingest pipeline's first stages stand on their own: the text helpers (src/ingest/text) import
 * nothing else of ingest, and the NLP client stage (src/ingest/nlp) only the text helpers, so a
 * reader can follow a parse without knowing the attribution rules that consume it. No Neo4j needed.
 */
import { join } from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const SRC = join(PROJECT_ROOT, 'src');
const ALLOWED: Record<string, string[]> = {
  'ingest/text/': ['ingest/text/'],
  'ingest/nlp/': ['ingest/nlp/', 'ingest/text/'],
};

describe('the ingest stages', () => {
  it('text and nlp import no later stage', { timeout: 60_000 }, async () => {
    const deps = (await madge(SRC, { fileExtensions: ['ts'], tsConfig: join(PROJECT_ROOT, 'tsconfig.json') })).obj();
    const checked = Object.keys(deps).filter((file) => Object.keys(ALLOWED).some((stage) => file.startsWith(stage)));
    expect(checked.length).toBeGreaterThan(5);
    const strays = checked.flatMap((file) => {
      const allowed = ALLOWED[Object.keys(ALLOWED).find((stage) => file.startsWith(stage))!];
      return deps[file]
        .filter((dep) => dep.startsWith('ingest/') && !allowed.some((prefix) => dep.startsWith(prefix)))
        .map((dep) => `${file} -> ${dep}`);
    });
    expect(strays).toEqual([]);
  });
});
