/** Shared by the command-line tools: connect as the server would (NEO4J_URI or the local Neo4j). */
import { applySchema } from '../graph/apply-schema.ts';
import { GraphDatabase } from '../graph/database.ts';
import { loadConfig } from '../server/config.ts';
import { resolveNeo4j } from '../server/neo4j-connection.ts';

export async function connectForCli(): Promise<{ db: GraphDatabase; close(): Promise<void> }> {
  const config = loadConfig();
  const { connection, local } = await resolveNeo4j(config, (msg) => console.error(msg));
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
