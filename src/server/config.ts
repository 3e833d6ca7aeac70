/**
 * Every setting the server reads, from environment variables, validated once at start-up.
 * The README's "Configuration" table lists the same names.
 */
import { z } from 'zod';
import { DEFAULT_ACQUISITION_TIMEOUT_MS } from '../graph/database.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { DEFAULT_QUERY_LIMITS } from './query-limits.ts';

const port = z.coerce.number().int().min(0).max(65535);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('localhost'),
  PORT: port.default(4000),
  /** When unset, a local Neo4j is provisioned and started (see src/server/local-neo4j). */
  NEO4J_URI: z.string().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_CACHE_DIR: z.string().default(`${PROJECT_ROOT}.neo4j`),
  /** A CoreNLP server to use as is; when unset, the local one is provisioned and started (src/server/local-corenlp). */
  CORENLP_URL: z.url().optional(),
  CORENLP_PORT: port.default(9010),
  /** JVM heap of the local CoreNLP (-Xmx): its models take about 1.1 GB once loaded. */
  CORENLP_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i, 'CORENLP_HEAP is a JVM size such as 2g or 1536m')
    .default('2g'),
  /** Requests the local CoreNLP annotates at once. */
  CORENLP_THREADS: z.coerce.number().int().min(1).default(2),
  CORENLP_CACHE_DIR: z.string().default(`${PROJECT_ROOT}.corenlp`),
  /** When the API starts the local CoreNLP: at start-up, in the background, or on the first annotation. */
  CORENLP_START: z.enum(['background', 'lazy']).default('background'),
  /**
   * How long the API retries a transaction that failed on a transient error or an outage: short,
   * so that requests fail fast while Neo4j is down (start-up and the CLIs use the driver default).
   */
  NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(2_000),
  /** How long a request waits for a connection from the pool (or for a new one) before failing. */
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_ACQUISITION_TIMEOUT_MS),
  /** Bearer key that authorises writes (ingestArticle); writes are disabled when unset. */
  API_KEY: z.string().min(16, 'API_KEY must be at least 16 characters').optional(),
  /** HS256 secret of JWTs whose `role` claim is writer or admin (writes) or anything (reads). */
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  /** Queries need a valid credential too (API key or JWT). */
  READS_REQUIRE_AUTH: flag.default(false),
  MAX_DEPTH: limit(DEFAULT_QUERY_LIMITS.maxDepth),
  MAX_COST: limit(DEFAULT_QUERY_LIMITS.maxCost),
  MAX_ALIASES: limit(DEFAULT_QUERY_LIMITS.maxAliases),
  MAX_TOKENS: limit(DEFAULT_QUERY_LIMITS.maxTokens),
  MAX_DIRECTIVES: limit(DEFAULT_QUERY_LIMITS.maxDirectives),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** What executes operations: graphql-js (Apollo's own) or graphql-jit (src/server/jit-executor.ts). */
  GRAPHQL_EXECUTOR: z.enum(['graphql-js', 'jit']).default('graphql-js'),
  /** Load the seed article when the database is empty. */
  SEED_ON_START: flag.default(true),
  INTROSPECTION: flag.optional(),
  /** In production, show Apollo's production landing page at /graphql instead of none. */
  LANDING_PAGE: flag.default(false),
});

/** Every environment variable the server reads. */
export const ENV_VARS = Object.keys(envSchema.shape);

export type Config = z.infer<typeof envSchema> & { introspection: boolean; production: boolean };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (API_KEY= in an env file, ${API_KEY:-} in compose) means unset.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const production = parsed.data.NODE_ENV === 'production';
  return { ...parsed.data, production, introspection: parsed.data.INTROSPECTION ?? !production };
}
