/**
 * The API and its NLP server: /readyz reports the NLP state in its body (the status code follows
 * Neo4j alone), the API starts without waiting for CoreNLP, an NLP server that failed is a
 * SERVICE_UNAVAILABLE error with the reason, and the API stops only a CoreNLP it started.
 */
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createErrorFormatter } from '../../src/server/errors.ts';
import { createLogger } from '../../src/server/logger.ts';
import { freePort, startLoggedServer, type LoggedServer } from '../support/servers.ts';

const readyz = async (server: LoggedServer) => {
  const response = await fetch(`${server.base}/readyz`);
  return {
    status: response.status,
    body: (await response.json()) as { ready: boolean; nlp: { state: string; url: string; reason?: string } },
  };
};

describe('/readyz and the NLP server', () => {
  const url = inject('corenlpUrl');
  let server: LoggedServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('reports CORENLP_URL as ready when it answers', async () => {
    server = await startLoggedServer();
    expect(await readyz(server)).toEqual({ status: 200, body: { ready: true, nlp: { state: 'ready', url } } });
    expect(server.app.nlp.client.url).toBe(url);
  });

  it('manages the local server in the background, and leaves one it did not start running', async () => {
    if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) return; // CORENLP_TEST_URL elsewhere
    // CORENLP_URL unset, CORENLP_PORT the run's server: the app takes the managed path and reuses it.
    server = await startLoggedServer({ CORENLP_URL: '', CORENLP_PORT: new URL(url).port });
    const first = await readyz(server);
    expect(first.status).toBe(200);
    expect(['starting', 'ready']).toContain(first.body.nlp.state);
    await server.app.nlp.settled();
    expect((await readyz(server)).body.nlp).toEqual({ state: 'ready', url });
    expect(server.logs.map((l) => l.msg)).toContain(`NLP server ready at ${url} (log: reused a server started elsewhere)`);
    const doc = await server.app.nlp.client.annotate('Reuters reported it.', { annotators: ['tokenize', 'ssplit'] });
    expect(doc.sentences[0].tokens).toHaveLength(4);
    await server.stop();
    server = undefined;
    expect((await (await fetch(`${url}/ready`)).text()).trim()).toBe('ready');
  });

  it('serves queries while the NLP server has failed; /readyz says why; annotate is SERVICE_UNAVAILABLE', async () => {
    // A heap too small for the JVM to start: the process exits at once.
    server = await startLoggedServer({ CORENLP_URL: '', CORENLP_PORT: String(await freePort()), CORENLP_HEAP: '1k' });
    await server.app.nlp.settled();
    const { status, body } = await readyz(server);
    expect(status).toBe(200);
    expect(body.ready).toBe(true);
    expect(body.nlp.state).toBe('failed');
    expect(body.nlp.reason).toMatch(/the CoreNLP process exited \(code 1, signal null\) before it was ready/);
    const query = await server.graphql('{ entities(first: 1) { totalCount } }');
    expect(query.errors).toBeUndefined();

    const error = await server.app.nlp.client.annotate('Reuters reported it.').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect((error as GraphQLError).message).toMatch(/^the NLP server is unavailable: the CoreNLP process exited/);
    // The API passes it on with its reason, in production too.
    const format = createErrorFormatter(createLogger('silent'), true);
    const formatted = format({ message: (error as GraphQLError).message, extensions: { code: 'SERVICE_UNAVAILABLE' } }, error);
    expect(formatted).toEqual({ message: (error as GraphQLError).message, extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('with CORENLP_START=lazy, starts nothing until the first annotation', async () => {
    const port = await freePort();
    server = await startLoggedServer({ CORENLP_URL: '', CORENLP_PORT: String(port), CORENLP_START: 'lazy' });
    expect((await readyz(server)).body.nlp).toMatchObject({ state: 'idle', url: `http://127.0.0.1:${port}` });
    expect(
      await fetch(`http://127.0.0.1:${port}/ready`).then(
        () => true,
        () => false,
      ),
    ).toBe(false);
  });
});
