/**
 * Fetches Stanford CoreNLP (code and English models) from Maven Central into a git-ignored cache
 * folder, as src/server/local-neo4j/fetch.ts does for Neo4j: a generated two-dependency pom and
 * `mvn dependency:copy-dependencies` give the server's whole classpath in `<cache>/<version>/lib`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const CORENLP_VERSION = '4.5.10';

export class LocalCoreNlpError extends Error {
  override name = 'LocalCoreNlpError';
}

const dependency = (version: string, classifier?: string) =>
  `    <dependency>
      <groupId>edu.stanford.nlp</groupId>
      <artifactId>stanford-corenlp</artifactId>
      <version>${version}</version>${classifier ? `\n      <classifier>${classifier}</classifier>` : ''}
    </dependency>`;

const pom = (version: string) => `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.provenance-graph</groupId>
  <artifactId>corenlp-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
${dependency(version)}
${dependency(version, 'models')}
  </dependencies>
</project>
`;

/** Returns the folder holding the jars (`<cache>/<version>/lib`), downloading them on first use. */
export async function ensureCoreNlpJars(cacheDir: string, log: (msg: string) => void): Promise<string> {
  const versionDir = join(cacheDir, CORENLP_VERSION);
  const libDir = join(versionDir, 'lib');
  const marker = join(versionDir, '.complete');
  if (existsSync(marker)) return libDir;

  await requireCommand(
    'java',
    ['-version'],
    'Java 17+ is needed to run the local CoreNLP server (apt-get install openjdk-17-jre-headless), or set CORENLP_URL to use another CoreNLP server.',
  );
  await requireCommand(
    'mvn',
    ['-v'],
    'Maven is needed to fetch CoreNLP from Maven Central (apt-get install maven), or set CORENLP_URL to use another CoreNLP server.',
  );

  mkdirSync(versionDir, { recursive: true });
  const pomPath = join(versionDir, 'pom.xml');
  writeFileSync(pomPath, pom(CORENLP_VERSION));
  log(
    `fetching Stanford CoreNLP ${CORENLP_VERSION} and its English models (about 490 MB) from Maven Central into ${libDir} (first run only)`,
  );
  try {
    await run(
      'mvn',
      [
        '-B',
        '-q',
        '-Dstyle.color=never',
        '-f',
        pomPath,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${libDir}`,
        '-DincludeScope=runtime',
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new LocalCoreNlpError(
      `Maven failed to fetch edu.stanford.nlp:stanford-corenlp:${CORENLP_VERSION} (and its models): ${e.message}\n${(e.stdout ?? '').slice(-2000)}${(e.stderr ?? '').slice(-2000)}`,
    );
  }
  writeFileSync(marker, new Date().toISOString());
  return libDir;
}

export async function requireCommand(command: string, args: string[], hint: string): Promise<void> {
  try {
    await run(command, args);
  } catch {
    throw new LocalCoreNlpError(`\`${command}\` was not found or failed. ${hint}`);
  }
}
