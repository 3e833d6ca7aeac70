/**
 * Fetches the Neo4j server jars from Maven Central into a git-ignored cache folder.
 *
 * Neo4j is not packaged for Debian or npm and there is no Docker engine on the machines
 * this project targets, but Maven Central publishes the real server as jars. A one-dependency
 * pom and `mvn dependency:copy-dependencies` give a complete runtime classpath.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const NEO4J_VERSION = '5.26.19';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const pom = (version: string) => `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.provenance-graph</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
</project>
`;

/** Returns the folder holding the jars (`<cache>/<version>/lib`), downloading them on first use. */
export async function ensureNeo4jJars(cacheDir: string, log: (msg: string) => void): Promise<string> {
  const versionDir = join(cacheDir, NEO4J_VERSION);
  const libDir = join(versionDir, 'lib');
  const marker = join(versionDir, '.complete');
  if (existsSync(marker)) return libDir;

  await requireCommand(
    'java',
    ['-version'],
    'Java 17+ is needed to run the local Neo4j (apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use another Neo4j.',
  );
  await requireCommand(
    'mvn',
    ['-v'],
    'Maven is needed to fetch Neo4j from Maven Central (apt-get install maven), or set NEO4J_URI to use another Neo4j.',
  );

  mkdirSync(versionDir, { recursive: true });
  const pomPath = join(versionDir, 'pom.xml');
  writeFileSync(pomPath, pom(NEO4J_VERSION));
  log(`fetching Neo4j ${NEO4J_VERSION} jars from Maven Central into ${libDir} (first run only)`);
  try {
    await run('mvn', ['-B', '-q', '-f', pomPath, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'], {
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new LocalNeo4jError(
      `Maven failed to fetch org.neo4j:neo4j:${NEO4J_VERSION}: ${e.message}\n${(e.stdout ?? '').slice(-2000)}${(e.stderr ?? '').slice(-2000)}`,
    );
  }
  writeFileSync(marker, new Date().toISOString());
  return libDir;
}

async function requireCommand(command: string, args: string[], hint: string): Promise<void> {
  try {
    await run(command, args);
  } catch {
    throw new LocalNeo4jError(`\`${command}\` was not found or failed. ${hint}`);
  }
}
