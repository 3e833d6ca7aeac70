/**
 * The one way the app talks to Neo4j: reads in read transactions (routed to followers on a
 * cluster), writes in write transactions (retried by the driver on transient errors).
 *
 * `withTimer(timer)` gives a view on the same driver that records, for one request, how many
 * statements ran and how long Neo4j was busy (see CypherTimer).
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { withoutCallerStack } from './caller-stack.ts';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** How long the driver retries a failed transaction (transient errors, outages). */
  maxRetryMs?: number;
  /** How long to wait for a pooled or new connection before failing. */
  acquisitionTimeoutMs?: number;
}

/**
 * How long the driver retries a failed transaction (with 1 s, 2 s, 4 s … back-off) unless told
 * otherwise: long enough for a database that is still starting. The API's serving connection
 * uses a much shorter budget (NEO4J_MAX_RETRY_MS) so that requests fail fast during an outage.
 */
export const DEFAULT_MAX_RETRY_MS = 10_000;
export const DEFAULT_ACQUISITION_TIMEOUT_MS = 5_000;

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/**
 * Per-request Cypher accounting: statements run, and the time during which at least one
 * transaction of the request was open (concurrent transactions count once, so cypherMs is never
 * more than the request's own duration). `onStatement` sees each statement as it is sent.
 */
export class CypherTimer {
  statements = 0;
  private busyMs = 0;
  private open = 0;
  private since = 0;

  constructor(private readonly onStatement?: (cypher: string, parameters: Record<string, unknown>) => void) {}

  get ms(): number {
    const running = this.open > 0 ? performance.now() - this.since : 0;
    return Math.round((this.busyMs + running) * 10) / 10;
  }

  begin(): void {
    if (this.open++ === 0) this.since = performance.now();
  }

  end(): void {
    if (--this.open === 0) this.busyMs += performance.now() - this.since;
  }

  statement(cypher: string, parameters: Record<string, unknown>): void {
    this.statements++;
    this.onStatement?.(cypher, parameters);
  }
}

export class GraphDatabase {
  readonly driver: Driver;
  private timer?: CypherTimer;

  constructor(
    connection: Neo4jConnection,
    readonly database = connection.database,
  ) {
    const acquisition = connection.acquisitionTimeoutMs ?? DEFAULT_ACQUISITION_TIMEOUT_MS;
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      disableLosslessIntegers: true,
      // Fail fast when Neo4j is down instead of queueing requests for a minute.
      connectionAcquisitionTimeout: acquisition,
      connectionTimeout: acquisition,
      maxTransactionRetryTime: connection.maxRetryMs ?? DEFAULT_MAX_RETRY_MS,
    });
  }

  /** The same database (and driver) with every transaction recorded on `timer`. */
  withTimer(timer: CypherTimer): GraphDatabase {
    const view = Object.create(this) as GraphDatabase;
    view.timer = timer;
    return view;
  }

  read<T>(work: Work<T>): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead(this.instrument(work)));
  }

  /**
   * One read statement on its own, as an auto-commit transaction in a read session: RUN and
   * PULL, without the BEGIN and COMMIT of a managed transaction (half the Bolt messages and one
   * round trip fewer). For a one-statement request that measured 25-30% less Neo4j CPU (README,
   * "Benchmarks"). An error the driver would retry (a transient error, a lost connection) runs
   * the statement again through `read`, whose managed transaction retries it as any read.
   */
  async readStatement(cypher: string, parameters: Record<string, unknown>): Promise<QueryResult> {
    try {
      return await this.withSession('READ', async (session) => {
        this.timer?.statement(cypher, parameters);
        return await withoutCallerStack(() => session.run(cypher, parameters));
      });
    } catch (error) {
      if (!neo4j.isRetryableError(error)) throw error;
      return this.read((tx) => withoutCallerStack(() => tx.run(cypher, parameters)));
    }
  }

  write<T>(work: Work<T>): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite(this.instrument(work)));
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private instrument<T>(work: Work<T>): Work<T> {
    const timer = this.timer;
    if (!timer) return work;
    return (tx) => {
      const timed = Object.create(tx) as ManagedTransaction;
      timed.run = ((cypher: string, parameters?: Record<string, unknown>) => {
        timer.statement(cypher, parameters ?? {});
        return tx.run(cypher, parameters);
      }) as ManagedTransaction['run'];
      return work(timed);
    };
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', body: (s: neo4j.Session) => Promise<T>): Promise<T> {
    this.timer?.begin();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // Causal consistency within this process: every session shares the driver's bookmark
      // manager, so a read after a write (an ingest, then the article) waits, on a cluster, for
      // a member that has the write. Free on a single server. (README, "Scaling out".)
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await body(session);
    } finally {
      await session.close();
      this.timer?.end();
    }
  }
}
