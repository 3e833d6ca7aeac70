import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';
import { annotationFilesIn, readAnnotationFile } from './annotation-file.ts';
import type { GraphDatabase } from './database.ts';
import { writeAnnotation, type LoadStats } from './write/load-annotation.ts';

export const SEED_DIR = join(PROJECT_ROOT, 'seed');

/**
 * Validates every annotation first, then loads each in its own write transaction.
 * A file that fails validation stops the load before anything is written.
 */
export async function loadAnnotations(db: GraphDatabase, files: string[]): Promise<{ file: string; stats: LoadStats }[]> {
  const annotations = files.map((file) => ({ file, annotation: readAnnotationFile(file) }));
  const results = [];
  for (const { file, annotation } of annotations) {
    results.push({ file, stats: await db.write((tx) => writeAnnotation(tx, annotation)) });
  }
  return results;
}

export const loadSeed = (db: GraphDatabase) => loadAnnotations(db, annotationFilesIn(SEED_DIR));

export async function isEmpty(db: GraphDatabase): Promise<boolean> {
  // The local instance's marker (src/server/local-neo4j/marker.ts) is not content.
  const result = await db.read((tx) => tx.run('MATCH (n) WHERE NOT n:LocalInstance RETURN count(n) > 0 AS any LIMIT 1'));
  return !result.records[0].get('any');
}

export async function countNodes(db: GraphDatabase): Promise<{ nodes: number; relationships: number }> {
  const result = await db.read((tx) =>
    // Three counts from the count store; the local instance's marker is not content.
    tx.run<{ nodes: number; relationships: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS all } CALL () { MATCH (m:LocalInstance) RETURN count(m) AS markers } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN all - markers AS nodes, relationships',
    ),
  );
  return { nodes: result.records[0].get('nodes'), relationships: result.records[0].get('relationships') };
}
