/** The Neo4j server's jars, fetched from Maven Central on first use (src/server/maven-jars.ts). */
import { ensureServerJars, type ServerJars } from '../maven-jars.ts';

export const NEO4J_VERSION = '5.26.19';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const NEO4J_JARS: ServerJars = {
  name: 'Neo4j',
  runs: 'the local Neo4j',
  instead: 'set NEO4J_URI to use another Neo4j',
  fetching: `Neo4j ${NEO4J_VERSION} jars`,
  failing: `org.neo4j:neo4j:${NEO4J_VERSION}`,
  version: NEO4J_VERSION,
  artifacts: [{ groupId: 'org.neo4j', artifactId: 'neo4j', version: NEO4J_VERSION }],
  error: (message) => new LocalNeo4jError(message),
};

/** Returns the folder holding the jars (`<cache>/<version>/lib`), downloading them on first use. */
export function ensureNeo4jJars(cacheDir: string, log: (msg: string) => void): Promise<string> {
  return ensureServerJars(NEO4J_JARS, cacheDir, log);
}
