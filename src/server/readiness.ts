/**
 * /readyz: ready when Neo4j answers and every constraint and index of schema/constraints.cypher
 * is there and ONLINE. Asked afresh on every probe, so it turns false during an outage (or on a
 * database that lost its schema) and true again once Neo4j is back, without a restart.
 */
import { schemaStatements } from '../graph/apply-schema.ts';
import type { GraphDatabase } from '../graph/database.ts';

export interface Readiness {
  ready: boolean;
  reason?: string;
}

/** Constraint and index names the schema file creates (a constraint's index has its name). */
export function expectedSchemaNames(): string[] {
  return schemaStatements().flatMap((s) => /\b(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS/i.exec(s)?.[1] ?? []);
}

export function createReadiness(db: GraphDatabase, started: () => boolean): () => Promise<Readiness> {
  const expected = expectedSchemaNames();
  return async () => {
    if (!started()) return { ready: false, reason: 'starting: schema not applied yet' };
    try {
      await db.verify();
    } catch (error) {
      return { ready: false, reason: `Neo4j unreachable: ${(error as Error).message}` };
    }
    try {
      const online = await db.read(async (tx) => {
        const result = await tx.run(`SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names`);
        return new Set(result.records[0].get('names') as string[]);
      });
      const missing = expected.filter((name) => !online.has(name));
      return missing.length ? { ready: false, reason: `schema not applied: ${missing.join(', ')} missing or not online` } : { ready: true };
    } catch (error) {
      return { ready: false, reason: `Neo4j unreachable: ${(error as Error).message}` };
    }
  };
}
