/**
 * Fetches a Java server's jars from Maven Central into a git-ignored cache folder: a generated pom
 * naming its artifacts and `mvn dependency:copy-dependencies` give the server's whole runtime
 * classpath in `<cache>/<version>/lib`. Neo4j and Stanford CoreNLP are fetched this way: neither is
 * packaged for Debian or npm, and the machines this project targets have no Docker engine.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface MavenArtifact {
  groupId: string;
  artifactId: string;
  version: string;
  classifier?: string;
}

export interface ServerJars {
  /** The server's name in messages: "Neo4j", "CoreNLP". */
  name: string;
  /** What Java runs, for the hint when `java` is missing: "the local Neo4j". */
  runs: string;
  /** How to do without the local server: "set NEO4J_URI to use another Neo4j". */
  instead: string;
  /** The log line's and the error's words for what is fetched. */
  fetching: string;
  failing: string;
  version: string;
  artifacts: MavenArtifact[];
  /** The error class callers catch (LocalNeo4jError, LocalCoreNlpError). */
  error: (message: string) => Error;
}

const dependency = ({ groupId, artifactId, version, classifier }: MavenArtifact) =>
  `    <dependency>
      <groupId>${groupId}</groupId>
      <artifactId>${artifactId}</artifactId>
      <version>${version}</version>${classifier ? `\n      <classifier>${classifier}</classifier>` : ''}
    </dependency>`;

const pom = (jars: ServerJars) => `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.provenance-graph</groupId>
  <artifactId>${jars.name.toLowerCase()}-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
${jars.artifacts.map(dependency).join('\n')}
  </dependencies>
</project>
`;

/** Returns the folder holding the jars (`<cache>/<version>/lib`), downloading them on first use. */
export async function ensureServerJars(jars: ServerJars, cacheDir: string, log: (msg: string) => void): Promise<string> {
  const versionDir = join(cacheDir, jars.version);
  const libDir = join(versionDir, 'lib');
  const marker = join(versionDir, '.complete');
  if (existsSync(marker)) return libDir;

  const require = async (command: string, args: string[], hint: string) => {
    try {
      await run(command, args);
    } catch {
      throw jars.error(`\`${command}\` was not found or failed. ${hint}`);
    }
  };
  await require('java', [
    '-version',
  ], `Java 17+ is needed to run ${jars.runs} (apt-get install openjdk-17-jre-headless), or ${jars.instead}.`);
  await require('mvn', ['-v'], `Maven is needed to fetch ${jars.name} from Maven Central (apt-get install maven), or ${jars.instead}.`);

  mkdirSync(versionDir, { recursive: true });
  const pomPath = join(versionDir, 'pom.xml');
  writeFileSync(pomPath, pom(jars));
  log(`fetching ${jars.fetching} from Maven Central into ${libDir} (first run only)`);
  try {
    const copy = ['dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'];
    await run('mvn', ['-B', '-q', '-Dstyle.color=never', '-f', pomPath, ...copy], { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw jars.error(
      `Maven failed to fetch ${jars.failing}: ${e.message}\n${(e.stdout ?? '').slice(-2000)}${(e.stderr ?? '').slice(-2000)}`,
    );
  }
  writeFileSync(marker, new Date().toISOString());
  return libDir;
}
