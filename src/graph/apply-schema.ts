import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../server/config.ts';
import type { GraphDatabase } from './database.ts';

/** The statements of schema/constraints.cypher, comments removed. */
export function schemaStatements(): string[] {
  const source = readFileSync(join(PROJECT_ROOT, 'schema', 'constraints.cypher'), 'utf8');
  return source
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Creates every constraint and index (idempotent) and waits until they are online. */
export async function applySchema(db: GraphDatabase): Promise<void> {
  // Schema changes cannot share a transaction with each other, so one write transaction each.
  for (const statement of schemaStatements()) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
}
