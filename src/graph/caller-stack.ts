/**
 * neo4j-driver records the caller's stack trace for every statement it runs (an Error built and
 * its stack formatted, in neo4j-driver-core's Result), to put it on an error the statement may
 * fail with later. The API's reads are sent from TurnBatch's flush, a setImmediate callback, so
 * that stack is the same few frames for every statement and names no caller; building it was a
 * few percent of the API's CPU per request. Reads run without it: a failed read's error keeps its
 * message, code and cause, not that stack.
 */
export function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
