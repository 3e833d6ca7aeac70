/**
 * The CLIs write only into a Neo4j they know (issue 12). The test Neo4j plays "someone else's
 * database on the port": it answers Bolt but carries no instance id of the folder the CLI is
 * pointed at, so `npm run seed` refuses it with a clear message and writes nothing, unless
 * NEO4J_URI names it. A marked instance (id file + database node) is reused.
 *
 * The CLIs run as child processes (tsx), which under load take a minute or more to start and
 * seed. A test that timed out used to leave its CLI running against the shared test database:
 * the refused CLI could then find the folder marked by the next test and seed after all, or the
 * seeding one could write after the last test emptied the graph. So every child is killed when
 * its test ends, the CLI tests get the time a loaded machine needs, and the marking test uses a
 * folder of its own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { checkInstance, ForeignNeo4jError, instanceIdFile, markInstance } from '../../src/server/local-neo4j/marker.ts';
import { countNodes } from '../../src/graph/seed.ts';
import { resetToSeed, testDatabase } from '../support/harness.ts';
import { spawnChild, type Child } from '../support/servers.ts';

const CLI_TIMEOUT = 300_000;

describe('the local Neo4j marker', () => {
  const db = testDatabase();
  const uri = inject('neo4jUri');
  const port = new URL(uri.replace(/^bolt:/, 'http:')).port;
  const cacheDir = mkdtempSync(join(tmpdir(), 'provenance-marker-'));

  afterAll(async () => {
    await db.write((tx) => tx.run('MATCH (m:LocalInstance) DELETE m'));
    await resetToSeed(db);
    await db.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const children: Child[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) {
      child.kill();
      await child.exited;
    }
  });

  const seedCli = (env: Record<string, string>) => {
    const child = spawnChild(['--import', 'tsx', 'src/cli/seed.ts'], {
      NEO4J_CACHE_DIR: cacheDir,
      NEO4J_LOCAL_BOLT_PORT: port,
      NEO4J_URI: '',
      ...env,
    });
    children.push(child);
    return child;
  };

  it(
    'a CLI refuses a Neo4j on its port that is not its instance, with a clear message, and writes nothing',
    async () => {
      await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
      const child = seedCli({});
      const exit = await child.exited;
      expect(exit.code, child.output()).toBe(2);
      expect(child.output()).toMatch(/not this project's local instance/);
      expect(child.output()).toMatch(/NEO4J_URI/);
      expect(await countNodes(db)).toEqual({ nodes: 0, relationships: 0 });
    },
    CLI_TIMEOUT,
  );

  it(
    'with NEO4J_URI set explicitly, the same database is used',
    async () => {
      const child = seedCli({ NEO4J_URI: uri });
      const exit = await child.exited;
      expect(exit.code, child.output()).toBe(0);
      expect((await countNodes(db)).nodes).toBeGreaterThan(0);
    },
    CLI_TIMEOUT,
  );

  it('an instance marked for this folder is reused; one marked for another folder is refused', async () => {
    // Not the CLI's folder (instances/dev): marking this one must not make the database the CLI's own.
    const home = join(cacheDir, 'instances', 'marked');
    await expect(checkInstance(uri, home)).rejects.toBeInstanceOf(ForeignNeo4jError);
    const id = await markInstance(uri, home);
    expect(readFileSync(instanceIdFile(home), 'utf8').trim()).toBe(id);
    await expect(checkInstance(uri, home)).resolves.toBeUndefined();

    const otherHome = join(cacheDir, 'instances', 'other-checkout');
    await markInstance(uri, otherHome);
    await expect(checkInstance(uri, home)).rejects.toThrow(/not this project's local instance: it is marked as instance/);
  });

  it('the marker is not content: the graph counts and the empty check ignore it', async () => {
    await db.write((tx) => tx.run('MATCH (n) WHERE NOT n:LocalInstance DETACH DELETE n'));
    expect(await countNodes(db)).toEqual({ nodes: 0, relationships: 0 });
  });
});
