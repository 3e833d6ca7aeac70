/**
 * The compiled build (`npm run build` → dist/) for tests that run it with plain node: built once
 * when dist/ is missing or older than any of its inputs, so `npm test` works on a fresh clone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root.ts';

/** The compiled server entry point (`npm start`). */
export const COMPILED_SERVER = join(PROJECT_ROOT, 'dist', 'src', 'server', 'main.js');

const INPUT_FOLDERS = ['src', 'bench', 'web', 'operations'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Whether dist/ is missing or older than a source file, a tsconfig or package.json. */
export function buildIsStale(): boolean {
  if (!existsSync(COMPILED_SERVER) || !existsSync(join(PROJECT_ROOT, 'dist', 'web'))) return true;
  const built = statSync(COMPILED_SERVER).mtimeMs;
  const inputs = [...INPUT_FOLDERS, ...INPUT_FILES].map((p) => join(PROJECT_ROOT, p)).filter((p) => existsSync(p));
  return inputs.some((p) => newestMtime(p) > built);
}

/** Runs `npm run build` unless dist/ is fresh; throws with the compiler's output if it fails. */
export function ensureBuilt(): void {
  if (!buildIsStale()) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`npm run build failed (${result.error?.message ?? `exit code ${result.status}`}):\n${result.stdout}${result.stderr}`);
  }
}
