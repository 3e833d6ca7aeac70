/**
 * Read statements batched by turn of the event loop: every statement a request asks for in the
 * same turn (the DataLoaders of sibling fields: a claim's claimants, channel, outlets and
 * article) is sent in one read transaction, pipelined, instead of one transaction each. A
 * request costs one transaction per level of the query that needs the graph, which saves the
 * per-transaction round trips, Bolt messages and server work that dominated small requests.
 */
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { withoutCallerStack } from '../caller-stack.ts';
import type { GraphDatabase } from '../database.ts';

interface PendingStatement {
  cypher: string;
  params: Record<string, unknown>;
  resolve: (records: Neo4jRecord[]) => void;
  reject: (error: unknown) => void;
}

export class TurnBatch {
  /** Statements waiting for this turn's transaction. */
  private pending: PendingStatement[] = [];

  constructor(private readonly db: GraphDatabase) {}

  /** Runs one read statement, in the transaction shared by this turn's statements; returns its records. */
  run(cypher: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ cypher, params, resolve, reject });
    });
  }

  /**
   * Sends the waiting statements in one read transaction (retried as a whole on transient errors);
   * a statement alone (every benchmark operation) as an auto-commit read (GraphDatabase.readStatement).
   */
  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 1) {
      const [s] = batch;
      return this.db.readStatement(s.cypher, s.params).then((r) => s.resolve(r.records), s.reject);
    }
    try {
      const results = await this.db.read((tx) => Promise.all(batch.map((s) => withoutCallerStack(() => tx.run(s.cypher, s.params)))));
      batch.forEach((s, i) => s.resolve(results[i].records));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // One failing statement fails the whole transaction: run each alone, so only it fails.
      await Promise.all(batch.map((s) => this.db.readStatement(s.cypher, s.params).then((r) => s.resolve(r.records), s.reject)));
    }
  }
}
