/** What the statement lists (statements.ts, write-statements.ts) share: the statement shape and parameters taken from the seed. */
import neo4j from 'neo4j-driver';
import { articleKey, claimKey } from '../../src/graph/ids.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';

export interface Statement {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** Source file (under src/graph) → its statements. */
export type StatementGroups = Record<string, Statement[]>;

export const seed = seedAnnotation;
export const ARTICLE = articleKey(seed.article.id);
export const claim = (local: string) => claimKey(seed.article.id, local);
export const figureClaim = seed.claims.find((c) => c.figures.length > 0)!;
export const claimWithChannel = seed.claims.find((c) => c.channel)!;
export const claimant = figureClaim.claimants[0];
export const outlet = figureClaim.via[0];
export const mentioned = figureClaim.mentions[0];
export const page = { offset: neo4j.int(0), limit: neo4j.int(20) };
