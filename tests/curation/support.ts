/** Shared by the curation tests: credentials, ids, and a fingerprint of the whole graph for "nothing written". */
import { toGlobalId } from '../../src/graph/ids.ts';
import type { GraphDatabase } from '../../src/graph/database.ts';
import { TEST_API_KEY } from '../support/harness.ts';

export const writer = { authorization: `Bearer ${TEST_API_KEY}` };
export const gid = toGlobalId;

/**
 * Every node and relationship with its properties, sorted: equal before and after a refused or
 * failed mutation means nothing was written.
 */
export async function graphFingerprint(db: GraphDatabase): Promise<string> {
  return db.read(async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
    const rels = await tx.run('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props');
    const lines = [
      ...nodes.records.map((r) => {
        // createdAt differs between two loads of the same thing; lockedAt is the sequence's lock stamp.
        const { createdAt: _c, lockedAt: _l, ...props } = r.get('props') as Record<string, unknown>;
        return JSON.stringify([
          r.get('labels'),
          Object.entries(props)
            .map(([k, v]) => [k, String(v)])
            .sort(),
        ]);
      }),
      ...rels.records.map((r) =>
        JSON.stringify([
          r.get('a'),
          r.get('type'),
          r.get('b'),
          Object.entries(r.get('props') as object)
            .map(([k, v]) => [k, String(v)])
            .sort(),
        ]),
      ),
    ];
    return lines.sort().join('\n');
  });
}

/** The number the next edit will get (the sequence is drawn under a lock, see src/graph/write/curation/edits.ts). */
export async function nextEditNumber(db: GraphDatabase): Promise<number> {
  const result = await db.read((tx) => tx.run('OPTIONAL MATCH (s:EditSequence) RETURN coalesce(max(s.value), 0) AS value'));
  return Number(result.records[0].get('value')) + 1;
}

export const HISTORY = `
  query History($id: ID!, $first: Int, $after: String) {
    history(id: $id, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id sequence at by operation targetId targetIds before after target { id } }
    }
  }`;
