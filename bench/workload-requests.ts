/**
 * What the benchmark's requests are made of: the systems, a request and a workload, and the
 * helpers the operations (workloads-anchored.ts, workloads-global.ts) write them with.
 */

/**
 * `jit`: ours with GRAPHQL_EXECUTOR=jit (graphql-jit); `base`: ours built from another checkout
 * (`BENCH_BASE_DIR`, e.g. a git worktree of the commit before a change), to measure a change side
 * by side in one run. Both are asked ours' requests; neither is in the default list.
 */
export type SystemName = 'ours' | 'raw' | 'peer' | 'jit' | 'base';
export const SYSTEMS: SystemName[] = ['ours', 'raw', 'peer'];
/** The systems with requests of their own (jit and base are asked ours'). */
export type WireSystem = Exclude<SystemName, 'jit' | 'base'>;

export interface Request {
  path: string;
  body: string;
  /**
   * A later page of a walk: the body to send, built from the answer to the request before it (the
   * cursor that page handed out), as a client following the pages does; undefined when that
   * answer has no next page. `body` is empty until the walk is sent (bench/walks.ts).
   */
  follows?: (previous: any) => string | undefined;
}

/**
 * Page `page` of a walk whose first page is `first`: the first page itself, or a later page whose
 * request `next` builds from the answer to the page before (undefined: there is no next page).
 */
export const walkPage = (first: Request, page: number, next: (previous: any) => Request | undefined): Request =>
  page === 0 ? first : { path: first.path, body: '', follows: (previous) => next(previous)?.body };

export interface Workload<S extends string = SystemName> {
  name: string;
  description: string;
  /** One request per parameter set, per system. */
  requests: Record<S, Request[]>;
  /** Canonical form of a response (parsed JSON), for the agreement check. */
  digest: Record<S, (response: any) => unknown>;
}

/** An operation as written: its requests and digests for the systems with requests of their own. */
export type WireWorkload = Omit<Workload, 'requests' | 'digest'> & Pick<Workload<WireSystem>, 'requests' | 'digest'>;

export const PAGE = 20;
export const CLAIMS_SHOWN = 10;
export const PATH_HOPS = 4;
export const fromGlobal = (id: string) => Buffer.from(id, 'base64url').toString('utf8');
export const gql = (query: string, variables: Record<string, unknown>): Request => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
export const raw = (op: string, variables: Record<string, unknown>): Request => ({ path: `/raw/${op}`, body: JSON.stringify(variables) });
export const claimOrder = '[{ node: { createdAt: ASC } }, { node: { seq: ASC } }, { node: { id: ASC } }]';

export const ENTITY_RELATION_FIELDS = [
  ['HEAD_OF', 'headOf', 'headedBy'],
  ['PART_OF', 'partOf', 'hasPart'],
  ['MEMBER_OF', 'memberOf', 'hasMember'],
  ['CAPITAL_OF', 'capitalOf', 'hasCapital'],
  ['LOCATED_IN', 'locatedIn', 'locationOf'],
  ['AFFILIATED_WITH', 'affiliatedWith', 'hasAffiliate'],
] as const;

/** Ours and peer return dates as strings already; raw returns them as the driver prints them. */
export const text = (v: unknown) => (v == null ? null : (v as { toString(): string }).toString());
