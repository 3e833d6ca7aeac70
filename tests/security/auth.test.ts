/**
 * Write authorisation over HTTP: the API key and JWTs (role claim, signature, expiry, issuer,
 * audience), and the mode where reads need a credential too. A refused request writes nothing.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetToSeed, startTestServer, TEST_API_KEY, testDatabase, type TestServer } from '../support/harness.ts';
import { codes, corpusText, graphFingerprint } from '../support/servers.ts';

const SECRET = 'jwt-test-secret-0123456789abcdef-0123456789';
const ISSUER = 'https://issuer.test';
const AUDIENCE = 'provenance-graph';
const KIM = corpusText('newser-2017-kim-jong-nam-vx.txt');

const INGEST = `mutation($input: IngestArticleInput!, $dryRun: Boolean) {
  ingestArticle(input: $input, dryRun: $dryRun) { stats { claims duplicate dryRun } article { id } } }`;
const READ = '{ entity(name: "Golub") { name } }';

async function jwt(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresIn?: string | number | null; issuer?: string; audience?: string } = {},
) {
  const token = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('analyst-7')
    .setIssuedAt()
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE);
  if (options.expiresIn !== null) token.setExpirationTime(options.expiresIn ?? '5m');
  return token.sign(new TextEncoder().encode(options.secret ?? SECRET));
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('write authorisation', () => {
  let server: TestServer;
  const db = testDatabase();

  beforeAll(async () => {
    await resetToSeed(db);
    server = await startTestServer({ JWT_SECRET: SECRET, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
  });
  afterAll(async () => {
    await server?.stop();
    await db.close();
  });

  const ingest = (headers: Record<string, string>, dryRun = true) => server.graphql(INGEST, { input: { text: KIM }, dryRun }, headers);

  it('refuses every bad credential with UNAUTHENTICATED or FORBIDDEN, and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const cases: [string, Record<string, string>, string][] = [
      ['no Authorization header', {}, 'UNAUTHENTICATED'],
      ['a non-bearer scheme', { authorization: `Basic ${Buffer.from(`x:${TEST_API_KEY}`).toString('base64')}` }, 'UNAUTHENTICATED'],
      ['an empty bearer', { authorization: 'Bearer ' }, 'UNAUTHENTICATED'],
      ['a wrong key', bearer('not-the-key-0123456789'), 'FORBIDDEN'],
      ['the key with one character changed', bearer(`${TEST_API_KEY.slice(0, -1)}X`), 'FORBIDDEN'],
      ['the key as a prefix', bearer(TEST_API_KEY.slice(0, 10)), 'FORBIDDEN'],
      [
        'an expired writer JWT',
        bearer(await jwt({ role: 'writer' }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })),
        'UNAUTHENTICATED',
      ],
      ['a reader JWT', bearer(await jwt({ role: 'reader' })), 'FORBIDDEN'],
      ['a JWT without a role', bearer(await jwt({})), 'FORBIDDEN'],
      [
        'a writer JWT signed with another secret',
        bearer(await jwt({ role: 'writer' }, { secret: 'another-secret-0123456789abcdef-0123' })),
        'FORBIDDEN',
      ],
      ['a writer JWT from another issuer', bearer(await jwt({ role: 'writer' }, { issuer: 'https://evil.test' })), 'FORBIDDEN'],
      ['a writer JWT for another audience', bearer(await jwt({ role: 'writer' }, { audience: 'someone-else' })), 'FORBIDDEN'],
      ['a writer JWT that never expires', bearer(await jwt({ role: 'writer' }, { expiresIn: null })), 'FORBIDDEN'],
      [
        'an unsigned (alg none) writer JWT',
        bearer(`${b64({ alg: 'none' })}.${b64({ role: 'writer', iss: ISSUER, aud: AUDIENCE })}.`),
        'FORBIDDEN',
      ],
      [
        'a writer JWT with its payload swapped',
        bearer(swapPayload(await jwt({ role: 'reader' }), { role: 'admin', iss: ISSUER, aud: AUDIENCE })),
        'FORBIDDEN',
      ],
    ];
    for (const [name, headers, code] of cases) {
      for (const dryRun of [true, false]) {
        const response = await ingest(headers, dryRun);
        expect(codes(response), name).toEqual([code]);
        expect(response.status, name).toBe(code === 'UNAUTHENTICATED' ? 401 : 403);
        expect(response.data?.ingestArticle ?? null, name).toBeNull();
      }
    }
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('says why: expired tokens and roles are named in the message', async () => {
    const expired = await ingest(bearer(await jwt({ role: 'writer' }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })));
    expect(expired.errors?.[0].message).toMatch(/expired/);
    const reader = await ingest(bearer(await jwt({ role: 'reader' })));
    expect(reader.errors?.[0].message).toMatch(/writer or admin/);
  });

  it('accepts the API key and writer or admin JWTs', async () => {
    for (const headers of [
      bearer(TEST_API_KEY),
      bearer(await jwt({ role: 'writer' })),
      bearer(await jwt({ role: 'admin' })),
      bearer(await jwt({ role: ['reader', 'writer'] })),
    ]) {
      const response = await ingest(headers);
      expect(codes(response)).toEqual([]);
      expect(response.data.ingestArticle.stats.dryRun).toBe(true);
    }
    const written = await ingest(bearer(await jwt({ role: 'writer' })), false);
    expect(codes(written)).toEqual([]);
    expect(written.data.ingestArticle.stats.claims).toBeGreaterThan(0);
  });

  it('leaves reads open by default', async () => {
    const response = await server.graphql(READ);
    expect(codes(response)).toEqual([]);
    expect(response.data.entity.name).toMatch(/Golub/);
  });
});

describe('READS_REQUIRE_AUTH=true', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ JWT_SECRET: SECRET, READS_REQUIRE_AUTH: 'true' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses queries without a valid credential with UNAUTHENTICATED (401)', async () => {
    const bad = [
      {},
      bearer('wrong-key-0123456789abc'),
      bearer(await jwt({ role: 'reader' }, { expiresIn: Math.floor(Date.now() / 1000) - 5 })),
      bearer(await jwt({ role: 'reader' }, { secret: 'another-secret-0123456789abcdef-0123' })),
    ];
    for (const headers of bad) {
      const response = await server.graphql(READ, undefined, headers);
      expect(response.status).toBe(401);
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data).toBeUndefined();
    }
  });

  it('answers queries with the API key or any valid JWT, whatever its role', async () => {
    for (const headers of [bearer(TEST_API_KEY), bearer(await jwt({ role: 'reader' })), bearer(await jwt({}))]) {
      const response = await server.graphql(READ, undefined, headers);
      expect(codes(response)).toEqual([]);
      expect(response.data.entity.name).toMatch(/Golub/);
    }
  });

  it('still needs a writer role to write', async () => {
    const response = await server.graphql(INGEST, { input: { text: KIM }, dryRun: true }, bearer(await jwt({ role: 'reader' })));
    expect(codes(response)).toEqual(['FORBIDDEN']);
  });
});

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function swapPayload(token: string, payload: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  return `${header}.${b64({ ...payload, exp: Math.floor(Date.now() / 1000) + 300 })}.${signature}`;
}
