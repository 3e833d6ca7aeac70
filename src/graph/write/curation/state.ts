/** The before/after states an Edit records, read inside the curation transaction. */
import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES } from '../../annotation.ts';
import { CurationError } from './errors.ts';
import { STATE_STATEMENTS } from './statements.ts';

export type EntityType = (typeof ENTITY_TYPES)[number];

export interface ArticleState {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  publishedAtText: string | null;
  author: string | null;
  publisher: string | null;
  claims: string[];
}

export interface EntityState {
  id: string;
  type: EntityType;
  name: string;
  kind: string | null;
  aliases: string[];
  description: string | null;
}

export interface ClaimState {
  id: string;
  text: string;
  kind: string;
  modality: string;
  verb: string;
  origin: string | null;
  saidOn: string | null;
  saidOnPrecision: string | null;
  saidOnText: string | null;
  claimants: string[];
  reportedVia: string[];
  channel: string | null;
  article: string;
}

export async function articleState(tx: ManagedTransaction, key: string, argument = 'id'): Promise<ArticleState> {
  const result = await tx.run(STATE_STATEMENTS.article, { id: key });
  if (!result.records.length) throw new CurationError(`${argument}: there is no article with that id (${key})`, argument);
  return result.records[0].get('state') as ArticleState;
}

/** The entities in the order asked; an unknown key is a CurationError naming `argument`. */
export async function entityStates(tx: ManagedTransaction, keys: string[], argument: string): Promise<EntityState[]> {
  const result = await tx.run(STATE_STATEMENTS.entities, { ids: keys });
  const byKey = new Map(
    result.records.map((r) => {
      const { labels, ...rest } = r.get('state') as Omit<EntityState, 'type'> & { labels: string[] };
      const type = ENTITY_TYPES.find((t) => labels.includes(t)) ?? 'Group';
      return [rest.id, { ...rest, aliases: rest.aliases ?? [], type }];
    }),
  );
  return keys.map((key) => {
    const state = byKey.get(key);
    if (!state) throw new CurationError(`${argument}: there is no entity with that id (${key})`, argument);
    return state;
  });
}

export async function claimState(tx: ManagedTransaction, key: string, argument = 'id'): Promise<ClaimState> {
  const result = await tx.run(STATE_STATEMENTS.claim, { id: key });
  if (!result.records.length) throw new CurationError(`${argument}: there is no claim with that id (${key})`, argument);
  return result.records[0].get('state') as ClaimState;
}
