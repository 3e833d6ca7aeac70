/**
 * Which local Neo4j is ours. A project's local instance carries one id in two places: the file
 * `data/instance-id` in its folder and a (:LocalInstance {id}) node in its database. A Neo4j
 * that answers on the port but does not carry the id of this folder (another checkout's, another
 * user's, one started by hand) is foreign: the server and the CLIs refuse to write into it
 * unless NEO4J_URI names it explicitly.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4jError } from './fetch.ts';

export class ForeignNeo4jError extends LocalNeo4jError {}

export const MARKER_STATEMENTS = {
  read: 'OPTIONAL MATCH (m:LocalInstance) RETURN collect(m.id) AS ids',
  write: 'OPTIONAL MATCH (old:LocalInstance) WHERE old.id <> $id DELETE old MERGE (:LocalInstance {id: $id})',
} as const;

export const instanceIdFile = (home: string) => join(home, 'data', 'instance-id');

function readId(home: string): string | undefined {
  const file = instanceIdFile(home);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

async function withSession<T>(uri: string, work: (session: neo4j.Session) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'), { connectionTimeout: 5000 });
  const session = driver.session();
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** After starting the instance: the folder's id (made on first start) written into its database. */
export async function markInstance(uri: string, home: string): Promise<string> {
  let id = readId(home);
  if (!id) {
    id = randomUUID();
    mkdirSync(dirname(instanceIdFile(home)), { recursive: true });
    writeFileSync(instanceIdFile(home), `${id}\n`);
  }
  await withSession(uri, (s) => s.executeWrite((tx) => tx.run(MARKER_STATEMENTS.write, { id })));
  return id;
}

/**
 * True when the process in this folder's pid file is alive and runs this folder's Neo4j: an
 * instance started before instances were marked (Linux: /proc; elsewhere false).
 */
function runningFromHere(home: string): boolean {
  try {
    const pid = readFileSync(join(home, 'run', 'neo4j.pid'), 'utf8').trim();
    return /^\d+$/.test(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}

/** Before reusing a Neo4j that already answers on the port: it must carry this folder's id. */
export async function checkInstance(uri: string, home: string): Promise<void> {
  const expected = readId(home);
  const found = await withSession(
    uri,
    async (s) => (await s.executeRead((tx) => tx.run(MARKER_STATEMENTS.read))).records[0].get('ids') as string[],
  );
  if (expected && found.includes(expected)) return;
  if (!expected && !found.length && runningFromHere(home)) {
    await markInstance(uri, home);
    return;
  }
  const what = found.length ? `it is marked as instance ${found.join(', ')}` : 'it carries no instance id';
  const ours = expected
    ? `this project's local instance is ${expected} (${instanceIdFile(home)})`
    : `this project has no local instance yet (${instanceIdFile(home)} does not exist)`;
  throw new ForeignNeo4jError(
    `a Neo4j is already running at ${uri} but it is not this project's local instance: ${what}; ${ours}. ` +
      'Refusing to write into it. Stop it or choose another port (NEO4J_LOCAL_BOLT_PORT), or set NEO4J_URI to use that database on purpose.',
  );
}
