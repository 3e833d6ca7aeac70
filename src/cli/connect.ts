/** Shared by the command-line tools: connect as the server would (NEO4J_URI or the local Neo4j). */
import { applySchema } from '../graph/apply-schema.ts';
import { GraphDatabase } from '../graph/database.ts';
import { loadConfig } from '../server/config.ts';
import { ForeignNeo4jError } from '../server/local-neo4j/marker.ts';
import { resolveNeo4j } from '../server/neo4j-connection.ts';

export async function connectForCli(): Promise<{ db: GraphDatabase; close: () => Promise<void> }> {
  const config = loadConfig();
  const { connection, local } = await resolveNeo4j(config, (msg) => console.error(msg)).catch((error: unknown) => {
    // Someone else's database on the port: say so plainly and write nothing.
    if (error instanceof ForeignNeo4jError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  });
  const db = new GraphDatabase(connection);
  await applySchema(db);
  return {
    db,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
