/**
 * Neo4j's offline bulk importer (`neo4j-admin database import full`, the neo4j-import-tool jar that
 * comes with the server's Maven jars) run on a stopped instance's folder: it writes a fresh `neo4j`
 * database from the CSV files of src/graph/write/import-csv.ts. The instance's data folder must not
 * be in use (its Neo4j stopped); whatever database it held is replaced.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNeo4jJars } from '../src/server/local-neo4j/fetch.ts';
import { stopWithParent } from '../src/server/stop-with-parent.ts';
import { ARRAY_DELIMITER, type ImportFiles } from '../src/graph/write/import-csv.ts';

export interface Neo4jImportOptions {
  cacheDir: string;
  /** The instance folder (`<cacheDir>/instances/<name>`): the database goes to its `data/`. */
  home: string;
  files: ImportFiles;
  /** JVM heap of the importer, and its off-heap cap (Neo4j size strings). */
  heap?: string;
  offHeap?: string;
  log: (msg: string) => void;
}

/** Importer processes running now (a signal stops them: see stopNeo4jImports). */
const running = new Set<ChildProcess>();

/** On SIGINT/SIGTERM: kills the importers this process started (their half-written database is replaced by the next load). */
export function stopNeo4jImports(): void {
  for (const child of running) child.kill('SIGKILL');
}

export async function runNeo4jImport(options: Neo4jImportOptions): Promise<void> {
  const { home, files, log } = options;
  const libDir = await ensureNeo4jJars(options.cacheDir, log);
  // A configuration of its own, so that the importer writes where the instance's server reads.
  const confDir = join(home, 'import-conf');
  mkdirSync(confDir, { recursive: true });
  mkdirSync(join(home, 'logs'), { recursive: true });
  writeFileSync(
    join(confDir, 'neo4j.conf'),
    [`server.directories.data=${join(home, 'data')}`, `server.directories.logs=${join(home, 'logs')}`, ''].join('\n'),
  );
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const args = [
    `-Xmx${options.heap ?? '2g'}`,
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${libDir}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database first: the file options take every argument that follows them.
    'neo4j',
    '--overwrite-destination=true',
    '--verbose',
    '--id-type=string',
    `--array-delimiter=U+${ARRAY_DELIMITER.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`,
    `--max-off-heap-memory=${options.offHeap ?? '2g'}`,
    // Article texts span lines. (The v2 format, which names the files that do, failed on the 10k
    // corpus: "found CR outside a text cell" where a 4 MB read buffer ended inside a quoted text.)
    '--multiline-fields=true',
    `--report-file=${join(home, 'logs', 'import.report')}`,
    ...files.inputs.map((input) => `--${input.kind}=${input.file}`),
  ];
  log(`neo4j-admin database import full: ${files.nodes} nodes, ${files.relationships} relationships`);
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(java, args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stopWithParent(child);
    running.add(child);
    child.once('exit', () => running.delete(child));
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`neo4j-admin import exited with code ${code}:\n${output.join('').slice(-4000)}`);
  const summary = output.join('').match(/IMPORT DONE[^\n]*/)?.[0];
  if (summary) log(summary);
}
