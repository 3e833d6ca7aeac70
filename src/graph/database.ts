/**
 * The one way the app talks to Neo4j: reads in read transactions (routed to followers on a
 * cluster), writes in write transactions (retried by the driver on transient errors).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export class GraphDatabase {
  readonly driver: Driver;

  constructor(
    connection: Neo4jConnection,
    readonly database = connection.database,
  ) {
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
      disableLosslessIntegers: true,
      // Fail fast when Neo4j is down instead of queueing requests for a minute.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 10_000,
    });
  }

  read<T>(work: Work<T>): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead(work));
  }

  write<T>(work: Work<T>): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite(work));
  }

  async verify(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', body: (s: neo4j.Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await body(session);
    } finally {
      await session.close();
    }
  }
}
