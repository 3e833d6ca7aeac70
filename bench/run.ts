/**
 * `npm run bench -- [--size seed|1k|10k|100k] [--duration 10] [--rounds 2] [--connections 1,16,64] [--ops a,b] [--systems ours,raw,peer] [--timeout 10]`
 *
 * Query benchmark: our API against the floor (hand-written Cypher over neo4j-driver, behind a
 * bare HTTP server) and the peer (@neo4j/graphql over an equivalent schema), on the same
 * database, in the same run, side by side:
 *
 * 1. starts the size's own Neo4j (`.neo4j/instances/bench-<size>`) and loads the synthetic corpus
 *    unless it is already there (bench/corpus-db.ts);
 * 2. builds the servers (`npm run build`) and starts the three, each in its own process under
 *    plain node (dist/bench/servers/main.js, compiled from bench/servers/main.ts);
 * 3. checks that the three give the same answers to every operation (bench/workloads.ts), sending
 *    each system's requests in order: a walk's later pages after the cursor that system handed
 *    out on the page before (bench/walks.ts); those requests, as sent, are what is measured;
 * 4. drives each operation over HTTP with autocannon at each connection count; in each
 *    (operation, connections) cell the three systems take turns (`--rounds` slices of `--duration`
 *    each), so that noise from the shared machine hits all three;
 * 5. prints req/s, p50, p99, server RSS and CPU per request for each, the ratios ours/raw and
 *    ours/peer, and writes everything to results/bench-<size>-<time>.json (git-ignored).
 *
 * Every request has a timeout (`--timeout` seconds: autocannon's, and an AbortSignal on every
 * fetch); a system that errs or times out is recorded in the table and the results JSON, and one
 * that times out repeatedly in the agreement check is not measured on that operation. SIGINT and
 * SIGTERM stop the servers and the Neo4j this run started.
 *
 * On a shared 2-core machine the absolute numbers move from run to run; the ratios measured in
 * the same cell are what to compare.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { numberArg, parseArgs } from './args.ts';
import { benchNeo4jPid, openBenchDatabase, parseSize, stopBenchNeo4j, type CorpusMarker } from './corpus-db.ts';
import { DEFAULT_SEED } from './generate.ts';
import { planTable, profileOperations, type PlanSummary } from './plans.ts';
import {
  buildServers,
  cpuTicks,
  drive,
  rssMb,
  startServer,
  stopAllServers,
  systemNodeArgs,
  TICKS_PER_SECOND,
  type Proc,
} from './processes.ts';
import { fmt, ratioTable, table, type Erroring, type Measurement } from './result-tables.ts';
import { stopOnSignal } from './shutdown.ts';
import { asSent, postJson, sendInOrder, type Sent } from './walks.ts';
import {
  buildAllWorkloads,
  sampleAnchorParameters,
  sampleParameters,
  SYSTEMS,
  type Request,
  type SystemName,
  type Workload,
} from './workloads.ts';

const args = parseArgs(process.argv.slice(2));
const size = parseSize(args.get('size'));
const seed = numberArg(args, 'seed', DEFAULT_SEED);
const duration = numberArg(args, 'duration', 10);
const warmup = numberArg(args, 'warmup', 3);
const rounds = Math.round(numberArg(args, 'rounds', 2));
const connections = (args.get('connections') ?? '1,16,64').split(',').map(Number);
// `jit` (ours with GRAPHQL_EXECUTOR=jit) and `base` (ours from BENCH_BASE_DIR) are measured only when named: `--systems ours,base,raw`.
const systems = (args.get('systems')?.split(',') ?? SYSTEMS) as SystemName[];
const onlyOps = args.get('ops')?.split(',');
const timeout = numberArg(args, 'timeout', 10);
const log = (msg: string) => console.log(`[bench] ${msg}`);

// --- measuring ----------------------------------------------------------------------------

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/**
 * One cell (operation × connections): the systems take turns, `rounds` times, each turn a slice of
 * the duration, so that a burst of noise from the shared machine lands on all of them. Latency
 * percentiles are over every response of the cell; CPU is the processes' own time (/proc) over
 * the requests they served.
 */
async function measureCell(workload: Workload, conns: number, neo4jPid: number, order: SystemName[]): Promise<Measurement[]> {
  const acc = new Map<
    SystemName,
    {
      requests: number;
      seconds: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      latencies: number[];
      rss: number;
      serverCpu: number;
      neo4jCpu: number;
      skipped?: string;
    }
  >();
  for (const system of order)
    acc.set(system, {
      requests: 0,
      seconds: 0,
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      latencies: [],
      rss: 0,
      serverCpu: 0,
      neo4jCpu: 0,
      skipped: notMeasured(workload.name, system),
    });
  const slice = duration / rounds;
  for (let round = 0; round < rounds; round++) {
    for (const system of round % 2 ? [...order].reverse() : order) {
      const a = acc.get(system)!;
      const server = servers[system]!.proc;
      if (server.child?.exitCode !== null || server.child?.signalCode !== null)
        a.skipped = `its server exited (${server.child?.exitCode ?? server.child?.signalCode})`;
      if (a.skipped) continue;
      a.rss = Math.max(a.rss, rssMb(server.pid));
      const sampler = setInterval(() => (a.rss = Math.max(a.rss, rssMb(server.pid))), 200);
      const [serverCpu0, neo4jCpu0] = [cpuTicks(server.pid), cpuTicks(neo4jPid)];
      const started = performance.now();
      const result = await drive(servers[system]!.url, workload, system, conns, slice, a.latencies, timeout);
      a.seconds += (performance.now() - started) / 1000;
      a.serverCpu += cpuTicks(server.pid) - serverCpu0;
      a.neo4jCpu += cpuTicks(neo4jPid) - neo4jCpu0;
      clearInterval(sampler);
      a.requests += result.requests.total;
      a.errors += result.errors;
      a.timeouts += result.timeouts;
      a.non2xx += result.non2xx;
    }
  }
  return order.map((system) => {
    const a = acc.get(system)!;
    const sorted = a.latencies.sort((x, y) => x - y);
    const requests = a.requests || 1;
    return {
      op: workload.name,
      system,
      connections: conns,
      requests: a.requests,
      reqPerSec: a.requests / a.seconds,
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
      errors: a.errors,
      timeouts: a.timeouts,
      non2xx: a.non2xx,
      ...(a.skipped ? { skipped: a.skipped } : {}),
      rssMb: Math.round(a.rss),
      serverCpuMsPerReq: Math.round(((a.serverCpu * 1000) / TICKS_PER_SECOND / requests) * 100) / 100,
      neo4jCpuMsPerReq: Math.round(((a.neo4jCpu * 1000) / TICKS_PER_SECOND / requests) * 100) / 100,
    };
  });
}

interface Agreement {
  /** Parameter sets whose answers differ between systems that answered without errors. */
  disagreements: string[];
  /** Per system, the parameter sets it answered with GraphQL errors (e.g. a memory limit). */
  errors: Partial<Record<SystemName, string[]>>;
  /** Per system, the parameter sets it did not answer in time (or whose connection failed). */
  failures: Partial<Record<SystemName, string[]>>;
}

/** After this many unanswered requests in the agreement check, a system is not asked again for that operation. */
const GIVE_UP_AFTER = 3;
/** Operation → systems that failed the agreement check this way (not measured there). */
const givenUp = new Map<string, Set<SystemName>>();
const notMeasured = (op: string, system: SystemName) =>
  givenUp.get(op)?.has(system) ? `it left ${GIVE_UP_AFTER} requests unanswered in the agreement check` : undefined;

/**
 * Every parameter set, asked of every system once, in order (a walk's later pages after the cursor
 * of the page before, bench/walks.ts): do the answers (digested) agree? Also returns the workload
 * with every system's requests as they were sent: what the measurement replays.
 */
async function checkAgreement(workload: Workload, urls: Record<string, string>): Promise<{ agreement: Agreement; replay: Workload }> {
  const agreement: Agreement = { disagreements: [], errors: {}, failures: {} };
  const answers: Partial<Record<SystemName, Sent[]>> = {};
  let replay = workload;
  for (const system of systems) {
    if (notMeasured(workload.name, system)) continue;
    const ask = async (request: Request, i: number) => {
      const body = await postJson(urls[system], request.path, request.body, timeout);
      if (body.failure) {
        const failures = (agreement.failures[system] ??= []);
        failures.push(`request ${i}: ${body.failure}`);
        if (failures.length >= GIVE_UP_AFTER) givenUp.set(workload.name, (givenUp.get(workload.name) ?? new Set()).add(system));
      }
      return body;
    };
    const list = await sendInOrder(workload.requests[system], ask, () => !!notMeasured(workload.name, system));
    answers[system] = list;
    replay = asSent(replay, system, list);
  }
  for (let i = 0; i < workload.requests.ours.length; i++) {
    const digests: Partial<Record<SystemName, string>> = {};
    for (const system of systems) {
      const answer = answers[system]?.[i];
      // A walk that ended before this page: the systems must agree on that too.
      if (answer?.ended) digests[system] = 'no next page';
      if (!answer?.request) continue;
      const body = answer.answer;
      if (body.failure) continue;
      if (body.errors?.length || !body.data) {
        (agreement.errors[system] ??= []).push(`request ${i}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
        continue;
      }
      digests[system] = JSON.stringify(workload.digest[system](body));
    }
    const answered = systems.filter((s) => digests[s] !== undefined);
    const differ = answered.filter((s) => digests[s] !== digests[answered[0]]);
    if (differ.length) {
      agreement.disagreements.push(
        `request ${i}: ${answered[0]} ${digests[answered[0]]?.slice(0, 300)} vs ${differ[0]} ${digests[differ[0]]?.slice(0, 300)}`,
      );
    }
  }
  return { agreement, replay };
}

// --- main ---------------------------------------------------------------------------------

stopOnSignal(async () => {
  await stopAllServers();
  await stopBenchNeo4j();
}, log);
buildServers(log);
const bench = await openBenchDatabase({ size, seed, log });
const { db, local, marker } = bench;
const servers: Partial<Record<SystemName, { proc: Proc; url: string }>> = {};
let exitCode = 0;
const stopAll = async () => {
  await stopAllServers();
  await bench.close();
};

try {
  const neo4jPid = benchNeo4jPid(size);
  const counts = await db.read(async (tx) => {
    const r = await tx.run(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    );
    return r.records[0].toObject();
  });
  log(`graph: ${counts.nodes} nodes, ${counts.relationships} relationships`);

  const parameters = await sampleParameters(db);
  const [hub, rare] = [await sampleAnchorParameters(db, 'hub'), await sampleAnchorParameters(db, 'rare')];
  const workloads = buildAllWorkloads(parameters, hub, rare).filter((w) => !onlyOps || onlyOps.includes(w.name));
  for (const system of systems) {
    servers[system] = await startServer(system, local.uri);
    log(`${system} server listening at ${servers[system].url} (pid ${servers[system].proc.pid})`);
  }
  const urls = Object.fromEntries(systems.map((s) => [s, servers[s]!.url]));

  const agreement: Record<string, Agreement> = {};
  const replays: Workload[] = [];
  for (const w of workloads) {
    const checked = await checkAgreement(w, urls);
    const a = (agreement[w.name] = checked.agreement);
    replays.push(checked.replay);
    const n = w.requests.ours.length;
    if (a.disagreements.length)
      log(`${w.name}: the systems DISAGREE on ${a.disagreements.length} of ${n} requests, e.g. ${a.disagreements[0]}`);
    else log(`${w.name}: the systems agree on all ${n} requests`);
    for (const [system, errors] of Object.entries(a.errors))
      log(`${w.name}: ${system} answered ${errors.length} of ${n} requests with errors, e.g. ${errors[0]}`);
    for (const [system, failures] of Object.entries(a.failures))
      log(
        `${w.name}: ${system} left ${failures.length} of ${n} requests unanswered, e.g. ${failures[0]}${notMeasured(w.name, system as SystemName) ? '; NOT MEASURED on this operation' : ''}`,
      );
  }
  /** A system that answers some of an operation's requests with errors: its numbers are marked. */
  const erroring: Erroring = (op, system) => (agreement[op]?.errors[system]?.length ?? 0) > 0;

  const results: Measurement[] = [];
  const started = Date.now();
  const loadavgAtStart = loadavg();
  let turn = 0;
  for (const w of replays) {
    for (const system of systems)
      if (!notMeasured(w.name, system)) await drive(urls[system], w, system, Math.max(...connections), warmup, undefined, timeout);
    for (const conns of connections) {
      // Rotate who goes first, so no system always runs right after another's load.
      const order = systems.map((_, i) => systems[(i + turn) % systems.length]);
      turn++;
      for (const m of await measureCell(w, conns, neo4jPid, order)) {
        results.push(m);
        log(
          `${w.name} c=${conns} ${m.system}: ${m.skipped ? `NOT MEASURED (${m.skipped})` : `${fmt(m.reqPerSec)} req/s, p50 ${fmt(m.p50)} ms, p99 ${fmt(m.p99)} ms`}${m.errors || m.timeouts || m.non2xx ? `, ${m.errors} errors, ${m.timeouts} timeouts, ${m.non2xx} non-2xx` : ''}`,
        );
      }
    }
  }
  const order = (m: Measurement) => [
    workloads.findIndex((w) => w.name === m.op),
    connections.indexOf(m.connections),
    systems.indexOf(m.system),
  ];
  results.sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });

  console.log(
    `\n${size} corpus: ${marker.articles} articles, ${marker.claims} claims; ${duration} s per measurement; ${Math.round((Date.now() - started) / 1000)} s of measuring; load average ${loadavgAtStart.map((x) => x.toFixed(1)).join(' ')} at the start, ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the end\n`,
  );
  console.log(table(results, erroring));
  console.log(
    `\n${ratioTable(results, connections, erroring)}\n${results.some((m) => erroring(m.op, m.system)) ? '† answered some requests with GraphQL errors (see above); its throughput counts them.\n' : ''}`,
  );

  // The plans behind the numbers, with the heaviest sampled parameters (bench/plans.ts).
  const plans = await profileOperations(db, parameters, rare, timeout * 3);
  console.log(`plans (PROFILE, heaviest sampled parameters; ours' heaviest operators):\n${planTable(plans)}\n`);

  const dir = join(PROJECT_ROOT, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${size}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const report: {
    corpus: CorpusMarker;
    graph: unknown;
    options: unknown;
    agreement: unknown;
    results: Measurement[];
    plans: PlanSummary[];
    machine: unknown;
  } = {
    corpus: marker,
    graph: counts,
    options: {
      size,
      seed,
      duration,
      warmup,
      rounds,
      connections,
      systems,
      timeout,
      nodeArgs: Object.fromEntries(systems.map((s) => [s, systemNodeArgs(s)]).filter(([, a]) => a.length)),
    },
    agreement,
    results,
    plans,
    machine: { cpus: cpus().length, node: process.version, loadavgAtStart, loadavg: loadavg() },
  };
  writeFileSync(file, JSON.stringify(report, null, 2));
  log(`raw results: ${file}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await stopAll();
}
process.exit(exitCode);
