/** `npm run seed [file.annotation.json ...]`: validate and load annotations (default: seed/). */
import { resolve } from 'node:path';
import { annotationFilesIn } from '../graph/annotation-file.ts';
import { countNodes, loadAnnotations, SEED_DIR } from '../graph/seed.ts';
import { connectForCli } from './connect.ts';

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : annotationFilesIn(SEED_DIR);
const { db, close } = await connectForCli();
try {
  for (const { file, stats } of await loadAnnotations(db, files)) {
    console.log(`loaded ${file}: ${stats.nodesCreated} nodes and ${stats.relationshipsCreated} relationships created`);
  }
  const counts = await countNodes(db);
  console.log(`graph: ${counts.nodes} nodes, ${counts.relationships} relationships`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await close();
}
