/**
 * Compose cannot run on the development machines (no Docker engine), so this test checks that
 * docker-compose.yml and the app agree: the API service sets only variables the app reads,
 * points at the neo4j service's Bolt port with the password Neo4j is given, and publishes the
 * port the API listens on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENV_VARS } from '../../src/server/config.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const compose = parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'));
const api = compose.services.api;
const neo4j = compose.services.neo4j;
/** "${NAME:-default}" → "default" (what compose substitutes when NAME is unset). */
const substitute = (value: string) => String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community with a healthcheck and a data volume', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j.healthcheck?.test).toBeDefined();
    expect(neo4j.volumes.some((v: string) => v.endsWith(':/data'))).toBe(true);
    expect(Object.keys(compose.volumes)).toContain(neo4j.volumes[0].split(':')[0]);
  });

  it('sets only environment variables the app reads', () => {
    for (const name of Object.keys(api.environment)) expect(ENV_VARS).toContain(name);
  });

  it('points the API at the neo4j service Bolt port with the password Neo4j is given', () => {
    const uri = new URL(api.environment.NEO4J_URI);
    expect(uri.hostname).toBe('neo4j');
    const boltPort = uri.port || '7687';
    expect(neo4j.ports.map((p: string) => p.split(':')[1])).toContain(boltPort);
    const [user, password] = substitute(neo4j.environment.NEO4J_AUTH).split('/');
    expect(substitute(api.environment.NEO4J_USERNAME)).toBe(user);
    expect(substitute(api.environment.NEO4J_PASSWORD)).toBe(password);
    expect(password.length).toBeGreaterThanOrEqual(8); // Neo4j 5 refuses shorter passwords
  });

  it('publishes the port the API listens on, and waits for Neo4j to be healthy', () => {
    const port = api.environment.PORT;
    expect(api.ports).toContain(`${port}:${port}`);
    expect(api.environment.HOST).toBe('0.0.0.0');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
  });

  it('builds the API from the Dockerfile that starts the compiled server entry point', () => {
    const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    expect(api.build).toBe('.');
    // Two stages: the build (all dependencies, `npm run build`), then production dependencies and
    // the compiled code, run with plain node (no tsx).
    const [build, runtime] = dockerfile.split(/^FROM /m).slice(1);
    expect(build).toMatch(/RUN npm ci\b/);
    expect(build).toContain('RUN npm run build');
    expect(runtime).toMatch(/RUN npm ci --omit=dev\b/);
    expect(runtime).toMatch(/COPY --from=\S+ \/app\/dist\/src \.\/dist\/src/);
    for (const folder of ['schema', 'seed']) expect(runtime).toContain(`COPY ${folder} ./${folder}`);
    expect(runtime).toContain('CMD ["node", "dist/src/server/main.js"]');
    expect(runtime).not.toContain('tsx');
    // The entry point is where the build writes src/server/main.ts, and `npm start` runs the same.
    const tsconfigBuild = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tsconfig.build.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
    expect(tsconfigBuild.compilerOptions).toMatchObject({ outDir: 'dist', rootDir: '.' });
    expect(existsSync(join(PROJECT_ROOT, 'src/server/main.ts'))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toBe('exec node dist/src/server/main.js');
    expect(runtime).toMatch(new RegExp(`EXPOSE ${api.environment.PORT}`));
  });
});
