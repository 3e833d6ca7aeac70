/**
 * Regression: every benchmark operation (bench/workloads.ts, the queries an analyst's screen
 * sends) costs ONE Cypher statement, and fields that a page fetched along with its claims
 * (provenance, claimants) answer without one. Before the page statements carried what the
 * selection asks of each claim, a page of 10 claims with their provenance cost 7 statements in
 * 3 transactions (README, "Benchmarks"); a change that brings a statement back fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendInOrder } from '../../bench/walks.ts';
import { buildWorkloads, sampleParameters, type Workload } from '../../bench/workloads.ts';
import { resetToSeed, testDatabase } from '../support/harness.ts';
import { startLoggedServer, type LoggedServer } from '../support/servers.ts';

describe('statements per request', () => {
  const db = testDatabase();
  let server: LoggedServer;
  let workloads: Workload[];

  beforeAll(async () => {
    await resetToSeed(db);
    server = await startLoggedServer({ LOG_LEVEL: 'info' });
    workloads = buildWorkloads(await sampleParameters(db));
  });
  afterAll(async () => {
    await server?.stop();
    await db.close();
  });

  /** The request's statement count (from its log line), and whether its answer holds any node. */
  async function statementsOf(body: string): Promise<number> {
    return (await ask(body)).statements;
  }

  async function ask(body: string): Promise<{ statements: number; nodes: boolean; answer: unknown }> {
    const requestId = `statements-${Math.random().toString(36).slice(2)}`;
    const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
    const response = await server.graphql(query, variables, { 'x-request-id': requestId });
    expect(response.errors).toBeUndefined();
    for (let i = 0; i < 50; i++) {
      const line = server.logs.find((l) => l.msg === 'graphql' && l.requestId === requestId);
      if (line)
        return { statements: line.cypherStatements as number, nodes: /"id":/.test(JSON.stringify(response.data)), answer: response };
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('no request log line');
  }

  it.each(['claimsByClaimant', 'entityPage', 'search', 'path', 'contradictions', 'outletWalk'])('%s: one statement', async (name) => {
    const workload = workloads.find((w) => w.name === name)!;
    expect(workload.requests.ours.length).toBeGreaterThan(0);
    // Sent in order, as the bench sends them: a walk's later page carries the cursor of the page before.
    let answered = 0;
    const counts: number[] = [];
    await sendInOrder(
      workload.requests.ours,
      async (request) => {
        const { statements, nodes, answer } = await ask(request.body);
        counts.push(statements);
        if (nodes) answered++;
        return answer;
      },
      () => answered >= 3,
    );
    expect(counts).toEqual(counts.map(() => 1));
    // Some of the sampled requests found nodes on the seed graph: the count is over real work.
    expect(answered).toBeGreaterThan(0);
  });

  it('claimants, outlets, channel and article next to provenance add no statement', async () => {
    const body = JSON.stringify({
      query: `{ claims(first: 20) { nodes { id provenance { role } claimants { name } reportedVia { name } channel { name } article { title author { name } publisher { name } } } } }`,
      variables: {},
    });
    expect(await statementsOf(body)).toBe(1);
  });

  it('a field the page did not fetch costs its own statement (the count is not vacuous)', async () => {
    const body = JSON.stringify({ query: `{ claims(first: 20) { nodes { id mentions { name } } } }`, variables: {} });
    expect(await statementsOf(body)).toBe(2);
  });
});
