import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';
import type { GraphDatabase } from './database.ts';
import { migrate, type MigrationReport } from './migrations.ts';

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

/** The analyzer the schema file sets for each full-text index that sets one, by index name. */
export function fulltextAnalyzers(): Map<string, string> {
  const analyzers = new Map<string, string>();
  for (const statement of schemaStatements()) {
    const match = /FULLTEXT INDEX (\w+) IF NOT EXISTS[\s\S]*`fulltext\.analyzer`\s*:\s*'([\w-]+)'/i.exec(statement);
    if (match) analyzers.set(match[1], match[2]);
  }
  return analyzers;
}

/**
 * `CREATE … IF NOT EXISTS` keeps an index whatever its settings, so a full-text index built with
 * another analyzer (a database from before the schema set it) is dropped here and built again by
 * the schema statements.
 */
async function dropFulltextIndexesWithOtherAnalyzers(db: GraphDatabase): Promise<void> {
  const wanted = fulltextAnalyzers();
  if (!wanted.size) return;
  const existing = await db.read(async (tx) => {
    const result = await tx.run(
      "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    return result.records.map((r) => ({ name: r.get('name') as string, analyzer: r.get('analyzer') as string | null }));
  });
  for (const { name, analyzer } of existing) {
    // The name comes from the schema file (\w+), never from a client.
    if (wanted.has(name) && analyzer !== wanted.get(name)) await db.write((tx) => tx.run(`DROP INDEX ${name}`));
  }
}

/**
 * Creates every constraint and index (idempotent), waits until they are online, then migrates
 * data written by earlier versions (src/graph/migrations.ts; nothing to do once done).
 */
export async function applySchema(db: GraphDatabase): Promise<MigrationReport> {
  await dropFulltextIndexesWithOtherAnalyzers(db);
  // Schema changes cannot share a transaction with each other, so one write transaction each.
  for (const statement of schemaStatements()) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
  return migrate(db);
}
