/**
 * Issue 14: what Neo4j receives from ours and from raw, and Neo4j's CPU per
 * request for each, driver only, at 16 concurrency.
 *
 *   npx tsx bench/neo4j-cpu-ab.ts [--ops claimsByClaimant,search] [--seconds 6] [--rounds 2] [--variants a,b]
 *
 * 1. opens the 10k bench Neo4j (as bench/run.ts does; started here, stopped at the end);
 * 2. starts ours in-process and records the statements (text + parameters) each workload request sends;
 * 3. PROFILEs ours' and raw's statements with the same anchor;
 * 4. runs each variant for `--seconds`, `--rounds` times, interleaved, reading Neo4j's CPU ticks.
 */
import { spawn } from 'node:child_process';
import neo4j, { type Driver } from 'neo4j-driver';
import { parseArgs, numberArg } from './args.ts';
import { benchNeo4jPid, openBenchDatabase } from './corpus-db.ts';
import { DEFAULT_SEED } from './generate.ts';
import { cpuTicks, TICKS_PER_SECOND } from './processes.ts';
import { RAW_CYPHER } from './servers/raw.ts';
import { buildWorkloads, sampleParameters } from './workloads.ts';
import { CypherTimer, GraphDatabase } from '../src/graph/database.ts';
import { toLuceneTerms } from '../src/graph/lucene.ts';
import { startApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { stopWithParent } from '../src/server/stop-with-parent.ts';
import { createLogger } from '../src/server/logger.ts';

const args = parseArgs(process.argv.slice(2));
const ops = (args.get('ops') ?? 'claimsByClaimant,search').split(',');
const seconds = numberArg(args, 'seconds', 6);
const rounds = numberArg(args, 'rounds', 2);
const conns = numberArg(args, 'connections', 16);
const log = (m: string) => console.log(`[ab] ${m}`);

interface Stmt {
  cypher: string;
  params: Record<string, unknown>;
}

const bench = await openBenchDatabase({ size: '10k', seed: DEFAULT_SEED, log });
const neo4jPid = benchNeo4jPid('10k');
const uri = bench.local.uri;
try {
  const parameters = await sampleParameters(bench.db);
  const workloads = buildWorkloads(parameters).filter((w) => ops.includes(w.name));

  // --- 2. what ours sends ---------------------------------------------------------------------
  const captured: Stmt[] = [];
  // Every statement of ours passes CypherTimer.statement (src/graph/database.ts): record it too.
  const original = Object.getOwnPropertyDescriptor(CypherTimer.prototype, 'statement')!.value as CypherTimer['statement'];
  CypherTimer.prototype.statement = function (cypher, params) {
    captured.push({ cypher, params });
    return original.call(this, cypher, params);
  };
  const config = loadConfig({
    NODE_ENV: 'production',
    NEO4J_URI: uri,
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    CORENLP_START: 'lazy',
  });
  const app = await startApp(config, createLogger(config.LOG_LEVEL));
  const ours: Record<string, Stmt[]> = {};
  for (const w of workloads) {
    ours[w.name] = [];
    // First pages only: a walk's later pages need the cursor of the page before (bench/walks.ts).
    for (const r of w.requests.ours.filter((x) => !x.follows)) {
      captured.length = 0;
      const res = await fetch(app.url.replace('/graphql', r.path), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: r.body,
      });
      await res.json();
      if (captured.length !== 1) log(`${w.name}: ${captured.length} statements for one request`);
      ours[w.name].push(...captured);
    }
  }
  await app.stop();
  CypherTimer.prototype.statement = original;

  const rawParams: Record<string, (body: Record<string, unknown>) => Record<string, unknown>> = {
    claimsByClaimant: (v) => ({ claimant: v.claimant, first: neo4j.int(Number(v.first)) }),
    entityPage: (v) => ({ id: v.id, first: neo4j.int(Number(v.first)) }),
    search: (v) => ({ query: toLuceneTerms(String(v.query)), first: neo4j.int(Number(v.first)) }),
    contradictions: (v) => ({ first: neo4j.int(Number(v.first)) }),
    outletWalk: (v) => ({ outlet: v.outlet, first: neo4j.int(Number(v.first)) }),
    path: (v) => ({ from: v.from, to: v.to }),
  };
  const raw: Record<string, Stmt[]> = {};
  for (const w of workloads)
    raw[w.name] = w.requests.raw
      .filter((r) => !r.follows)
      .map((r) => ({
        cypher: RAW_CYPHER[w.name as keyof typeof RAW_CYPHER],
        params: rawParams[w.name](JSON.parse(r.body)),
      }));

  const describe = (p: Record<string, unknown>) =>
    Object.entries(p)
      .map(([k, v]) => `${k}: ${neo4j.isInt(v as never) ? `Integer(${String(v)})` : `${typeof v}(${JSON.stringify(v)})`}`)
      .join(', ');
  const quiet = args.has('quiet');
  for (const w of quiet ? [] : workloads) {
    const distinct = new Set(ours[w.name].map((s) => s.cypher));
    log(`${w.name}: ours sent ${ours[w.name].length} statements, ${distinct.size} distinct text(s); raw 1 text`);
    console.log(`--- ours ${w.name} (params ${describe(ours[w.name][0].params)}):\n${ours[w.name][0].cypher}`);
    console.log(`--- raw ${w.name} (params ${describe(raw[w.name][0].params)}):\n${raw[w.name][0].cypher}`);
  }

  // --- 3. PROFILE with the same anchor -------------------------------------------------------
  const profile = async (s: Stmt) => {
    const session = bench.db.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`PROFILE ${s.cypher}`, s.params);
      let hits = 0;
      let rows = 0;
      let cacheHits = 0;
      let memory = 0;
      const walk = (p: any) => {
        hits += Number(p.dbHits ?? 0);
        cacheHits += Number(p.pageCacheHits ?? 0);
        memory = Math.max(memory, Number(p.arguments?.Memory ?? 0));
        p.children?.forEach(walk);
      };
      const plan = result.summary.profile as any;
      walk(plan);
      rows = Number(plan.rows);
      const bytes = JSON.stringify(result.records.map((r) => r.toObject())).length;
      return `db hits ${hits}, rows ${rows}, page cache hits ${cacheHits}, memory ${plan.arguments?.GlobalMemory ?? memory} B, answer ${bytes} B JSON, runtime ${plan.arguments?.runtime}, planner ${plan.arguments?.planner}`;
    } finally {
      await session.close();
    }
  };
  for (const w of quiet ? [] : workloads) {
    for (let i = 0; i < Math.min(3, ours[w.name].length, raw[w.name].length); i++) {
      log(`PROFILE ${w.name} #${i} ours: ${await profile(ours[w.name][i])}`);
      log(`PROFILE ${w.name} #${i} raw:  ${await profile(raw[w.name][i])}`);
    }
  }

  // --- 4. A/B at `conns` concurrency -------------------------------------------------------------
  const oursDb = new GraphDatabase({ uri, username: 'neo4j', password: 'neo4j', database: 'neo4j' });
  const rawDriver: Driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
  });
  const viaOurs = (s: Stmt) => oursDb.read((tx) => tx.run(s.cypher, s.params));
  const viaRaw = async (s: Stmt) => {
    const session = rawDriver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => tx.run(s.cypher, s.params));
    } finally {
      await session.close();
    }
  };
  type Variant = { name: string; stmts: Stmt[]; run: (s: Stmt) => Promise<unknown>; burn?: boolean };
  const bmDriver: Driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { disableLosslessIntegers: true });
  const viaRawWithBookmarks = async (s: Stmt) => {
    const session = bmDriver.session({
      database: 'neo4j',
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: bmDriver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeRead((tx) => tx.run(s.cypher, s.params));
    } finally {
      await session.close();
    }
  };
  /** ours' text with each `{labels: L, properties: n {…}}` written as the bare map projection `n {…}`. */
  const flat = (list: Stmt[]) =>
    list.map((s) => ({ ...s, cypher: s.cypher.replace(/\{labels: [^,]+, properties: (\w+ \{[^}]*\})\}/g, '$1') }));
  /** ours' text with labels(n) as a literal list (measures labels()' cost alone). */
  const literalLabels = (list: Stmt[]) => list.map((s) => ({ ...s, cypher: s.cypher.replace(/labels\((\w+)\)/g, "['Entity']") }));
  /** The client burns `ms` of CPU per request after the answer, as an API process would. */
  const spinning = (run: (s: Stmt) => Promise<unknown>, ms: number) => async (s: Stmt) => {
    const r = await run(s);
    const until = performance.now() + ms;
    while (performance.now() < until);
    return r;
  };
  const sleeping = (run: (s: Stmt) => Promise<unknown>, ms: number) => async (s: Stmt) => {
    const r = await run(s);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return r;
  };
  const viaRawAuto = async (s: Stmt) => {
    const session = rawDriver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      return await session.run(s.cypher, s.params);
    } finally {
      await session.close();
    }
  };
  const registry: Record<string, (op: string) => Variant> = {
    ours: (op) => ({ name: 'ours text, ours session (managed)', stmts: ours[op], run: viaOurs }),
    'ours-statement': (op) => ({
      name: 'ours text, GraphDatabase.readStatement',
      stmts: ours[op],
      run: (s) => oursDb.readStatement(s.cypher, s.params),
    }),
    raw: (op) => ({ name: 'raw text, raw session', stmts: raw[op], run: viaRaw }),
    'ours-rawsession': (op) => ({ name: 'ours text, raw session', stmts: ours[op], run: viaRaw }),
    'raw-oursession': (op) => ({ name: 'raw text, ours session', stmts: raw[op], run: viaOurs }),
    'raw-bm': (op) => ({ name: 'raw text, raw session + bookmarks', stmts: raw[op], run: viaRawWithBookmarks }),
    'ours-flat': (op) => ({ name: 'ours flat text, ours session', stmts: flat(ours[op]), run: viaOurs }),
    'ours-flat-raw': (op) => ({ name: 'ours flat text, raw session', stmts: flat(ours[op]), run: viaRaw }),
    'raw-spin1': (op) => ({ name: 'raw text, raw session, 1 ms spin', stmts: raw[op], run: spinning(viaRaw, 1) }),
    'raw-spin2': (op) => ({ name: 'raw text, raw session, 2 ms spin', stmts: raw[op], run: spinning(viaRaw, 2) }),
    'raw-sleep2': (op) => ({ name: 'raw text, raw session, 2 ms sleep', stmts: raw[op], run: sleeping(viaRaw, 2) }),
    'raw-burner': (op) => ({ name: 'raw, another process burning 1 core', stmts: raw[op], run: viaRaw, burn: true }),
    'raw-auto': (op) => ({ name: 'raw text, auto-commit (session.run)', stmts: raw[op], run: viaRawAuto }),
    'ours-auto': (op) => ({ name: 'ours text, auto-commit (session.run)', stmts: ours[op], run: viaRawAuto }),
    'ours-lit': (op) => ({ name: 'ours literal labels, ours sess', stmts: literalLabels(ours[op]), run: viaOurs }),
  };
  const chosen = (args.get('variants') ?? 'ours,raw').split(',');
  for (const w of workloads) {
    const variants = chosen.map((v) => registry[v](w.name));
    const acc = new Map(variants.map((v) => [v.name, { requests: 0, ticks: 0, ms: 0 }]));
    // Warm-up: every statement once each way, so the query cache holds the plans.
    for (const v of variants) for (const s of v.stmts) await v.run(s);
    // JIT warm-up at concurrency, each variant.
    for (const v of variants) {
      const deadline = performance.now() + numberArg(args, 'warmup', 3) * 1000;
      let next = 0;
      await Promise.all(
        Array.from({ length: conns }, async () => {
          while (performance.now() < deadline) await v.run(v.stmts[next++ % v.stmts.length]);
        }),
      );
    }
    for (let round = 0; round < rounds; round++) {
      for (const v of round % 2 ? [...variants].reverse() : variants) {
        const a = acc.get(v.name)!;
        const burner = v.burn ? spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }) : undefined;
        if (burner) stopWithParent(burner);
        const t0 = cpuTicks(neo4jPid);
        const started = performance.now();
        const deadline = started + seconds * 1000;
        let next = 0;
        await Promise.all(
          Array.from({ length: conns }, async () => {
            while (performance.now() < deadline) {
              await v.run(v.stmts[next++ % v.stmts.length]);
              a.requests++;
            }
          }),
        );
        a.ms += performance.now() - started;
        a.ticks += cpuTicks(neo4jPid) - t0;
        burner?.kill('SIGKILL');
      }
    }
    for (const v of variants) {
      const a = acc.get(v.name)!;
      log(
        `${w.name} | ${v.name.padEnd(24)} | ${((a.requests * 1000) / a.ms).toFixed(0)} req/s | Neo4j CPU ${((a.ticks * 1000) / TICKS_PER_SECOND / a.requests).toFixed(3)} ms/req`,
      );
    }
  }
  await oursDb.close();
  await rawDriver.close();
  await bmDriver.close();
} finally {
  await bench.close();
}
process.exit(0);
