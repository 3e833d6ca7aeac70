/**
 * What `npm run bench` (bench/run.ts) measures in each cell, and the two tables it prints from
 * that: every measurement with the ratios ours/raw and ours/peer, and the README's markdown table.
 */
import type { SystemName } from './workloads.ts';

export interface Measurement {
  op: string;
  system: SystemName;
  connections: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts (autocannon's `errors` counts both). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Why the system was not (fully) measured here: it timed out in the agreement check, or its server exited. */
  skipped?: string;
  rssMb: number;
  serverCpuMsPerReq: number;
  neo4jCpuMsPerReq: number;
}

/** Whether the system answered some of the operation's requests with GraphQL errors: its numbers are marked †. */
export type Erroring = (op: string, system: SystemName) => boolean;

export const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const pad = (s: string, n: number) => s.padStart(n);
const marker = (erroring: Erroring) => (m: Measurement | undefined) => (m && erroring(m.op, m.system) ? '†' : '');

export function table(results: Measurement[], erroring: Erroring): string {
  const mark = marker(erroring);
  const lines: string[] = [];
  const header = `${'operation'.padEnd(18)}${pad('conns', 6)}${pad('system', 7)}${pad('req/s', 9)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('RSS MB', 8)}${pad('cpu ms/req', 11)}${pad('neo4j ms/req', 13)}${pad('ours/raw', 10)}${pad('ours/peer', 10)}`;
  lines.push(header, '-'.repeat(header.length));
  const cells = new Map<string, Measurement[]>();
  for (const m of results) {
    const key = `${m.op}|${m.connections}`;
    cells.set(key, [...(cells.get(key) ?? []), m]);
  }
  for (const [key, ms] of cells) {
    const [op, conns] = key.split('|');
    const by = (s: SystemName) => ms.find((m) => m.system === s);
    const ours = by('ours');
    ms.forEach((m, i) => {
      const ratios =
        i === 0 && ours
          ? `${pad(by('raw') ? fmt(ours.reqPerSec / by('raw')!.reqPerSec, 2) : '-', 10)}${pad(by('peer') ? fmt(ours.reqPerSec / by('peer')!.reqPerSec, 2) : '-', 10)}`
          : '';
      const flags = `${m.skipped ? `  NOT MEASURED: ${m.skipped}` : ''}${m.errors || m.timeouts || m.non2xx ? `  (${m.errors} errors, ${m.timeouts} timeouts, ${m.non2xx} non-2xx)` : ''}${mark(m) ? '  † some answers were GraphQL errors' : ''}`;
      lines.push(
        `${(i === 0 ? op : '').padEnd(18)}${pad(i === 0 ? conns : '', 6)}${pad(m.system, 7)}${pad(fmt(m.reqPerSec), 9)}${pad(fmt(m.p50), 8)}${pad(fmt(m.p99), 8)}${pad(fmt(m.rssMb), 8)}${pad(fmt(m.serverCpuMsPerReq, 2), 11)}${pad(fmt(m.neo4jCpuMsPerReq, 2), 13)}${ratios}${flags}`,
      );
    });
  }
  return lines.join('\n');
}

/** The markdown table for the README: ratios of throughput and p99 per operation and connection count. */
export function ratioTable(results: Measurement[], connections: number[], erroring: Erroring): string {
  const mark = marker(erroring);
  const lines = ['| operation | conns | ours req/s | ours/raw | ours/peer | p99 ours / raw / peer (ms) |', '|---|---:|---:|---:|---:|---|'];
  const ops = [...new Set(results.map((r) => r.op))];
  for (const op of ops) {
    for (const c of connections) {
      const by = (s: SystemName) => results.find((r) => r.op === op && r.connections === c && r.system === s);
      const [ours, rawM, peer] = [by('ours'), by('raw'), by('peer')];
      if (!ours) continue;
      lines.push(
        `| ${op}${ours.skipped ? ' (not measured)' : ''}${ours.errors || ours.timeouts || ours.non2xx ? ` (${ours.errors + ours.timeouts + ours.non2xx} failed)` : ''} | ${c} | ${fmt(ours.reqPerSec)} | ${rawM ? fmt(ours.reqPerSec / rawM.reqPerSec, 2) : '-'} | ${peer ? `${fmt(ours.reqPerSec / peer.reqPerSec, 2)}${mark(peer)}` : '-'} | ${fmt(ours.p99)} / ${rawM ? fmt(rawM.p99) : '-'} / ${peer ? `${fmt(peer.p99)}${mark(peer)}` : '-'} |`,
      );
    }
  }
  return lines.join('\n');
}
