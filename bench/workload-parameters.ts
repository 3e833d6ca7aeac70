/**
 * The benchmark's parameters, drawn from the loaded graph: popularity-weighted (the claimant of a
 * claim picked evenly across the corpus is far more often a hub than a random entity is), and
 * both ends of the popularity distribution for the anchored pages. The same lists are sent to
 * every system.
 */
import type { GraphDatabase } from '../src/graph/database.ts';

export interface Parameters {
  claimants: string[];
  entities: string[];
  searches: string[];
  pairs: [string, string][];
  outletPages: [string, number][];
}

/** Deterministic samples: claims at evenly spaced positions of the corpus, by article id and seq. */
export async function sampleParameters(db: GraphDatabase, count = 32): Promise<Parameters> {
  const rows = await db.read(async (tx) => {
    const articles = (await tx.run('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);
    const picked = Array.from({ length: count }, (_, k) => articles[Math.floor((k * articles.length) / count)]);
    const result = await tx.run(
      `UNWIND range(0, size($picked) - 1) AS k
       MATCH (c:Claim)-[:APPEARS_IN]->(:Article {id: $picked[k]})
       WITH k, c ORDER BY c.seq
       WITH k, collect(c) AS claims
       WITH k, claims[k % size(claims)] AS c, claims[(k + 3) % size(claims)] AS d
       RETURN k,
         COLLECT { MATCH (c)-[r:CLAIMED_BY]->(e) RETURN e.id ORDER BY r.order LIMIT 1 }[0] AS claimant,
         COLLECT { MATCH (d)-[r:CLAIMED_BY]->(e) RETURN e.id ORDER BY r.order LIMIT 1 }[0] AS other,
         COLLECT { MATCH (d)-[:MENTIONS]->(e) RETURN e.id ORDER BY e.id }[0] AS mentioned,
         COLLECT { MATCH (x:Claim)-[:APPEARS_IN]->(:Article {id: $picked[k]}) MATCH (x)-[:REPORTED_VIA]->(o) RETURN o.id ORDER BY x.seq LIMIT 1 }[0] AS outlet
       ORDER BY k`,
      { picked },
    );
    const names = await tx.run(`MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name`, {
      ids: result.records.map((r) => r.get('claimant')),
    });
    return { records: result.records.map((r) => r.toObject()), names: new Map(names.records.map((r) => [r.get('id'), r.get('name')])) };
  });
  const claimants = rows.records.map((r) => r.claimant as string);
  const entities = rows.records.map((r) => r.other as string);
  const pairs = rows.records
    .map((r, k) => [r.claimant as string, rows.records[(k + 7) % rows.records.length].mentioned as string] as [string, string])
    .filter(([a, b]) => a && b && a !== b);
  const outlets = rows.records.map((r) => r.outlet as string | null).filter((o): o is string => !!o);
  // A walk: the pages of an outlet's claims one after another, ten pages deep.
  const outletPages = Array.from({ length: 40 }, (_, k) => [outlets[Math.floor(k / 10) % outlets.length], k % 10] as [string, number]);
  const topics = [
    'grain exports ports',
    'prisoner exchange',
    'nuclear power plant safety',
    'drone attacks supply depots',
    'ceasefire talks',
    'sanctions energy exports',
    'evacuation civilians',
    'cyberattack government websites',
  ];
  const searches = [...topics, ...claimants.slice(0, 8).map((id) => String(rows.names.get(id) ?? id))];
  return { claimants, entities, searches, pairs, outletPages };
}

/**
 * Both ends of the popularity distribution, for the anchored pages: `hub`, the 8 busiest
 * claimants and the 4 outlets carrying the most claims; `rare`, 32 claimants with 1-5 claims
 * (evenly spaced by id) and the 4 outlets carrying the fewest. The 100k corpus has fewer than 32
 * claimants with 1-5 claims (none: its cast's rarest claimant makes more), so there `rare` falls
 * back to the 32 claimants with the fewest claims.
 * Only the fields of the anchored operations are filled.
 */
export async function sampleAnchorParameters(db: GraphDatabase, end: 'hub' | 'rare'): Promise<Parameters> {
  const order = end === 'hub' ? 'DESC' : 'ASC';
  const { claimants, outlets } = await db.read(async (tx) => {
    const claimants = await tx.run(
      `MATCH (e:Entity) WITH e, COUNT { (e)<-[:CLAIMED_BY]-() } AS n
       WHERE ${end === 'hub' ? 'n > 0' : 'n >= 1 AND n <= 5'}
       RETURN e.id AS id ORDER BY ${end === 'hub' ? 'n DESC, ' : ''}id ${end === 'hub' ? 'LIMIT 8' : ''}`,
    );
    const fewest =
      end === 'rare' && claimants.records.length < 32
        ? await tx.run(
            `MATCH (e:Entity) WITH e, COUNT { (e)<-[:CLAIMED_BY]-() } AS n WHERE n > 0
             RETURN e.id AS id ORDER BY n, id LIMIT 32`,
          )
        : undefined;
    const outlets = await tx.run(
      `MATCH (o:Organization {kind: 'MEDIA'}) WITH o, COUNT { (o)<-[:REPORTED_VIA]-() } AS n WHERE n > 0
       RETURN o.id AS id ORDER BY n ${order}, id LIMIT 4`,
    );
    return {
      claimants: (fewest ?? claimants).records.map((r) => r.get('id') as string),
      outlets: outlets.records.map((r) => r.get('id') as string),
    };
  });
  const picked =
    end === 'hub'
      ? claimants
      : Array.from(
          { length: Math.min(32, claimants.length) },
          (_, k) => claimants[Math.floor((k * claimants.length) / Math.min(32, claimants.length))],
        );
  return {
    claimants: picked,
    entities: picked,
    searches: [],
    pairs: [],
    outletPages: outlets.length
      ? Array.from({ length: 40 }, (_, k) => [outlets[Math.floor(k / 10) % outlets.length], k % 10] as [string, number])
      : [],
  };
}
