/**
 * The API's reads run without the caller's stack trace that neo4j-driver builds for every
 * statement (src/graph/caller-stack.ts): neither a lone statement (readStatement) nor the
 * statements of one turn sent together (TurnBatch) make the driver format a stack, and a read
 * that fails still fails with Neo4j's code and message.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurnBatch } from '../../src/graph/read/turn-batch.ts';
import { testDatabase } from '../support/harness.ts';

const db = testDatabase();
afterAll(() => db.close());

/** Stacks the driver built for a statement while a read ran: a frame in its Result, not for a COMMIT. */
let driverStacks = 0;
const originalDescriptor = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
const original = originalDescriptor?.value as ((error: Error, frames: NodeJS.CallSite[]) => unknown) | undefined;

beforeEach(() => {
  driverStacks = 0;
  Error.prepareStackTrace = (error, frames) => {
    const inResult = frames.some((f) => f.getFileName()?.includes('neo4j-driver-core/lib/result.js'));
    if (inResult && !frames.some((f) => f.getFunctionName() === 'finishTransaction')) driverStacks++;
    return original
      ? original(error, frames)
      : [String(error), ...frames.map((f) => `    at ${f.getFileName() ?? '?'}:${f.getLineNumber() ?? '?'}`)].join('\n');
  };
});
afterEach(() => {
  if (originalDescriptor) Object.defineProperty(Error, 'prepareStackTrace', originalDescriptor);
  else delete (Error as { prepareStackTrace?: unknown }).prepareStackTrace;
});

describe('reads without the caller stack', () => {
  it('a lone statement builds no driver stack and leaves the stack limit as it was', async () => {
    const limit = Error.stackTraceLimit;
    const result = await db.readStatement('RETURN $n + 1 AS next', { n: 41 });
    expect(result.records[0].get('next')).toBe(42);
    expect(driverStacks).toBe(0);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('statements sent together in one turn build no driver stack', async () => {
    const batch = new TurnBatch(db);
    const [a, b] = await Promise.all([batch.run('RETURN 1 AS x'), batch.run('RETURN 2 AS x')]);
    expect([a[0].get('x'), b[0].get('x')]).toEqual([1, 2]);
    expect(driverStacks).toBe(0);
  });

  it("a failing read still reports Neo4j's code and message", async () => {
    await expect(db.readStatement('RETURN nothingDefined', {})).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.SyntaxError',
      message: expect.stringContaining('nothingDefined'),
    });
  });
});
