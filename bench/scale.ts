/**
 * `npm run bench:scale [-- --connections 16] [--system ours] [--files a.json,b.json] [--svg docs/bench-scale.svg]`
 *
 * `--files` may name several results of one size (e.g. a full run and a later `--ops` run of some
 * operations): an operation's figures come from the last file given that measured it.
 *
 * The scale report: the latest results of `npm run bench` at each size (results/bench-<size>-*.json,
 * or the files given), side by side: load time and articles/s per size, every operation's req/s,
 * p50 and p99 at each size for one connection count and system, and the 100k/10k latency ratio per
 * operation (the page-cost target: ≤ 1.3). Prints markdown tables and draws the chart (p50 and p99
 * against corpus size, one line per operation) with vega-lite into an SVG.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { numberArg, parseArgs } from './args.ts';
import type { CorpusMarker } from './corpus-db.ts';
import type { Measurement } from './result-tables.ts';

interface Report {
  corpus: CorpusMarker;
  graph: { nodes: number; relationships: number };
  results: Measurement[];
  machine?: { loadavg?: number[]; loadavgAtStart?: number[] };
}

const args = parseArgs(process.argv.slice(2));
const connections = numberArg(args, 'connections', 16);
const system = args.get('system') ?? 'ours';
const svgPath = args.get('svg') ?? join(PROJECT_ROOT, 'docs', 'bench-scale.svg');
const SIZES = ['1k', '10k', '100k'];

function latestReports(): { size: string; file: string; report: Report }[] {
  const dir = join(PROJECT_ROOT, 'results');
  const files =
    args.get('files')?.split(',') ??
    SIZES.map((size) =>
      readdirSync(dir)
        .filter((f) => f.startsWith(`bench-${size}-`) && f.endsWith('.json'))
        .sort()
        .at(-1),
    )
      .filter((f): f is string => !!f)
      .map((f) => join(dir, f));
  return files.map((file) => {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
    return { size: report.corpus.size, file, report };
  });
}

const fmt = (n: number | undefined, digits = 0) =>
  n !== undefined && Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '-';

const reports = latestReports().sort((a, b) => SIZES.indexOf(a.size) - SIZES.indexOf(b.size));
if (!reports.length) throw new Error('no results/bench-<size>-*.json: run npm run bench -- --size 10k first');
const sizes = [...new Set(reports.map((r) => r.size))];
const cell = (size: string, op: string) =>
  reports
    .filter((r) => r.size === size)
    .map((r) => r.report.results.find((m) => m.op === op && m.system === system && m.connections === connections && !m.skipped))
    .filter((m) => m !== undefined)
    .at(-1);
const ops = [
  ...new Set(reports.flatMap((r) => r.report.results.filter((m) => m.system === system && m.connections === connections).map((m) => m.op))),
];

const out: string[] = [];
out.push(
  `Results: ${reports.map((r) => `${r.size} ${r.file.replace(`${PROJECT_ROOT}/`, '')} (load average ${r.report.machine?.loadavgAtStart?.map((x) => x.toFixed(1)).join(' ') ?? '?'} → ${r.report.machine?.loadavg?.map((x) => x.toFixed(1)).join(' ') ?? '?'})`).join('; ')}\n`,
);
out.push('| corpus | articles | claims | nodes | relationships | load time | articles/s |', '|---|---:|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const { report } = reports.find((r) => r.size === size)!;
  const c = report.corpus;
  out.push(
    `| ${size} | ${fmt(c.articles)} | ${fmt(c.claims)} | ${fmt(report.graph.nodes)} | ${fmt(report.graph.relationships)} | ${fmt(c.loadSeconds)} s${c.resumedFrom ? ` (the last ${fmt(c.articles - c.resumedFrom)} articles: the load resumed after ${fmt(c.resumedFrom)})` : ''} | ${fmt(c.articlesPerSecond)} |`,
  );
}
out.push('');
// The latency ratio of the two largest sizes measured (100k/10k once 100k is there).
const [lo, hi] = sizes.length >= 2 ? sizes.slice(-2) : [undefined, undefined];
out.push(
  `| operation (${system}, ${connections} connections) | ${sizes.map((s) => `${s} req/s · p50 · p99 ms`).join(' | ')} |${hi ? ` ${hi}/${lo} p50 | ${hi}/${lo} p99 |` : ''}`,
  `|---|${sizes.map(() => '---:').join('|')}|${hi ? '---:|---:|' : ''}`,
);
const ratios: { op: string; p50: number; p99: number }[] = [];
for (const op of ops) {
  const cells = sizes.map((s) => cell(s, op));
  const failed = (m: Measurement | undefined) =>
    m && (m.errors || m.timeouts || m.non2xx) ? ` (${m.errors + m.timeouts + m.non2xx} failed)` : '';
  let tail = ' |';
  if (hi && lo) {
    const [a, b] = [cell(lo, op), cell(hi, op)];
    const p50 = a && b ? b.p50 / a.p50 : NaN;
    const p99 = a && b ? b.p99 / a.p99 : NaN;
    ratios.push({ op, p50, p99 });
    tail = ` | ${fmt(p50, 2)}${p50 > 1.3 ? ' ✗' : ''} | ${fmt(p99, 2)} |`;
  }
  out.push(
    `| \`${op}\` | ${cells.map((m) => (m ? `${fmt(m.reqPerSec)} · ${fmt(m.p50)} · ${fmt(m.p99)}${failed(m)}` : 'not measured')).join(' | ')}${tail}`,
  );
}
console.log(out.join('\n'));

// The chart: p50 and p99 against corpus size (log scale), one colour per operation.
const values = ops.flatMap((op) =>
  sizes.flatMap((size) => {
    const { report } = reports.find((r) => r.size === size)!;
    const m = cell(size, op);
    return m
      ? [
          { op, size, claims: report.corpus.claims, quantile: 'p50', ms: Math.max(m.p50, 0.5) },
          { op, size, claims: report.corpus.claims, quantile: 'p99', ms: Math.max(m.p99, 0.5) },
        ]
      : [];
  }),
);
const spec: vegaLite.TopLevelSpec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: {
    text: `Latency against corpus size (${system}, ${connections} connections)`,
    subtitle: `${sizes.join(' / ')} articles; log scales; one run per size on a shared 2-core machine`,
  },
  data: { values },
  facet: { column: { field: 'quantile', type: 'nominal', title: null } },
  spec: {
    width: 320,
    height: 260,
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'claims', type: 'quantitative', scale: { type: 'log' }, title: 'claims in the graph' },
      y: { field: 'ms', type: 'quantitative', scale: { type: 'log' }, title: 'latency (ms)' },
      color: { field: 'op', type: 'nominal', title: 'operation' },
      tooltip: [{ field: 'op' }, { field: 'size' }, { field: 'ms' }],
    },
  },
  config: { font: 'sans-serif', background: 'white' },
};
const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
writeFileSync(svgPath, await view.toSVG());
view.finalize();
console.log(`\nchart: ${svgPath.replace(`${PROJECT_ROOT}/`, '')}`);
