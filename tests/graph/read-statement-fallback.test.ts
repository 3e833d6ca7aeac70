/**
 * GraphDatabase.readStatement sends a lone statement as an auto-commit read (RUN and PULL, no
 * BEGIN/COMMIT) and, when that fails with an error the driver would retry, runs it again through
 * a managed read (`executeRead`), which retries as every read does. Checked with a real
 * retryable error, on a Neo4j of this test's own (the shared test database is not disturbed):
 * the Neo4j process is stopped, so the auto-commit attempt fails with SERVICE_UNAVAILABLE, and
 * started again in the same folder while the managed read retries; the answer must arrive.
 *
 * (Terminating the statement's transaction or killing its connection, `dbms.killConnection`, is
 * not a retryable error: Neo4j reports Transaction.Terminated first, which the driver classifies
 * as a client error. Community Edition has no STOP DATABASE. A restart is what is left.)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherTimer, GraphDatabase } from '../../src/graph/database.ts';
import { loadConfig } from '../../src/server/config.ts';
import { PortTakenError, startLocalNeo4j, type LocalNeo4j } from '../../src/server/local-neo4j/instance.ts';

const PROBES = 40;
const SUM = `MATCH (p:FallbackProbe) RETURN sum(p.i) AS total, count(p) AS probes`;

describe('GraphDatabase.readStatement on a retryable error', () => {
  const cacheDir = loadConfig({}).NEO4J_CACHE_DIR;
  let server: LocalNeo4j | undefined;
  let db: GraphDatabase | undefined;
  let port = 0;
  let name = '';

  const start = () =>
    startLocalNeo4j({ cacheDir, name, boltPort: port, reuse: false, log: (msg) => console.log(`[fallback neo4j] ${msg}`) });

  beforeAll(async () => {
    // Ports apart from the outage test's (7690-7720), the shared test database's and the bench's.
    for (port = 7730; !server; port++) {
      name = `fallback-${port}`;
      try {
        server = await start();
      } catch (error) {
        if (!(error instanceof PortTakenError) || port > 7760) throw error;
      }
    }
    port--;
    // A retry budget longer than a restart of Neo4j on a loaded machine.
    db = new GraphDatabase({ uri: server.uri, username: 'neo4j', password: 'neo4j', database: 'neo4j', maxRetryMs: 180_000 });
    await db.write((tx) => tx.run('UNWIND range(1, $n) AS i CREATE (:FallbackProbe {i: i})', { n: neo4j.int(PROBES) }));
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    await server?.stop();
    if (name) rmSync(join(cacheDir, 'instances', name), { recursive: true, force: true });
  }, 120_000);

  it('answers through the managed read when the auto-commit attempt fails', async () => {
    const expected = { total: (PROBES * (PROBES + 1)) / 2, probes: PROBES };
    const up = new CypherTimer();
    expect((await db!.withTimer(up).readStatement(SUM, {})).records[0].toObject()).toEqual(expected);
    expect(up.statements).toBe(1); // with Neo4j up, the auto-commit read alone

    await server!.stop();

    // The error is real and retryable: the auto-commit path on its own fails with it.
    const session = db!.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    const error = await session.run(SUM).then(
      () => null,
      (e: unknown) => e,
    );
    await session.close();
    expect(error).not.toBeNull();
    expect(neo4j.isRetryableError(error)).toBe(true);

    const timer = new CypherTimer();
    // Settled, not awaited yet: without the fallback it rejects before Neo4j is back.
    const answer = db!
      .withTimer(timer)
      .readStatement(SUM, {})
      .then(
        (result) => ({ answer: result.records[0].toObject() }),
        (error: unknown) => ({ error: String(error) }),
      );
    // Neo4j comes back while the managed read is retrying (1 s, 2 s, 4 s … apart).
    server = await start();
    expect(await answer).toEqual({ answer: expected });
    // Sent twice: the auto-commit attempt that failed, then the managed read that answered (the
    // managed read's attempts before Neo4j was back failed at BEGIN, before the statement).
    expect(timer.statements).toBe(2);
  }, 300_000);
});
