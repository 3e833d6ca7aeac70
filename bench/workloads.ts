/**
 * The six benchmark operations, each written three ways that return the same information:
 *
 * - `ours`: a GraphQL request to the project's API;
 * - `raw`: a request to the raw-driver server (bench/servers/raw.ts), which runs one hand-written
 *   Cypher statement for it (the floor: what any API over this graph must at least spend);
 * - `peer`: a GraphQL request to @neo4j/graphql over an equivalent schema (bench/servers/peer.ts),
 *   written the way that library is used at its best (anchored on the entity, connection fields
 *   sorted by the same keys, @cypher for what it cannot express).
 *
 * Parameters are drawn from the loaded graph (workload-parameters.ts) and the same list is sent to
 * all three systems. `digest` reduces each system's answer to the same canonical form, so a run
 * can check that the three agree before it measures them. The operations themselves are in
 * workloads-anchored.ts and workloads-global.ts.
 */
import type { Parameters } from './workload-parameters.ts';
import type { Workload, WireWorkload } from './workload-requests.ts';
import { claimsByClaimant, entityPage, outletWalk } from './workloads-anchored.ts';
import { contradictions, path, search } from './workloads-global.ts';

export { sampleAnchorParameters, sampleParameters, type Parameters } from './workload-parameters.ts';
export { ENTITY_RELATION_FIELDS, SYSTEMS, type Request, type SystemName, type Workload } from './workload-requests.ts';

/** The operations whose pages start from an anchor (a claimant, an entity, an outlet). */
export const ANCHORED_OPS = ['claimsByClaimant', 'entityPage', 'outletWalk'];

/** The six operations (popularity-weighted parameters), then the anchored ones on hubs (`…Hub`) and rare anchors (`…Rare`). */
export function buildAllWorkloads(p: Parameters, hub: Parameters, rare: Parameters): Workload[] {
  const anchored = (q: Parameters, suffix: string) =>
    buildWorkloads(q)
      .filter((w) => ANCHORED_OPS.includes(w.name))
      .map((w) => ({
        ...w,
        name: `${w.name}${suffix}`,
        description: `${w.description} (${suffix === 'Hub' ? 'the busiest anchors' : 'rare anchors'})`,
      }));
  // A corpus without such anchors (the seed has no rare outlet) leaves the operation out.
  return [...buildWorkloads(p), ...anchored(hub, 'Hub'), ...anchored(rare, 'Rare')].filter((w) => w.requests.ours.length > 0);
}

export function buildWorkloads(p: Parameters): Workload[] {
  return withJit([claimsByClaimant(p), entityPage(p), search(p), path(p), contradictions(), outletWalk(p)]);
}

/** The jit system is ours with another executor: the same requests, the same digest. */
function withJit(workloads: WireWorkload[]): Workload[] {
  return workloads.map((w) => ({
    ...w,
    requests: { ...w.requests, jit: w.requests.ours, base: w.requests.ours },
    digest: { ...w.digest, jit: w.digest.ours, base: w.digest.ours },
  }));
}
