/**
 * Monaco (GraphiQL's editor) asks for a web worker per language; web/build.ts bundles each one
 * into /explorer/workers/, so they come from this server like the page itself.
 */
const workerFiles: Record<string, string> = { graphql: 'graphql.worker.js', json: 'json.worker.js' };

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string): Worker {
    return new Worker(`/explorer/workers/${workerFiles[label] ?? 'editor.worker.js'}`);
  },
};
