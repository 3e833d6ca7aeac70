/**
 * The curation mutations: inputs checked (BAD_USER_INPUT, nothing written), then one write
 * transaction each (src/graph/write/curation), which also writes the Edit that records it.
 */
import { GraphQLError } from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import { deleteArticle, updateArticle, type ArticleChanges } from '../graph/write/curation/articles.ts';
import { deleteClaim, updateClaim, type ClaimChanges } from '../graph/write/curation/claims.ts';
import type { DeleteResultModel, ReextractResultModel } from '../graph/write/curation/edits.ts';
import { orSurvivor } from './merged-ids.ts';
import { mergeEntities, updateEntity, type EntityChanges } from '../graph/write/curation/entities.ts';
import { CurationError } from '../graph/write/curation/errors.ts';
import { articleSource, replaceExtractedClaims } from '../graph/write/curation/reextract.ts';
import type { ArticleModel, ClaimModel, EntityModel } from '../graph/model.ts';
import type { ApiContext } from './context.ts';
import { badInput } from './errors.ts';
import type { ArticleUpdate, ClaimUpdate, EntityUpdate } from './generated/resolvers-types.ts';
import { decodeId } from './global-ids.ts';
import { extractValidated } from './ingest-article.ts';
import { requireWriteAccess } from './write-access.ts';

const MAX_TEXT = 2000;
const MAX_ALIASES = 100;
/** C0 controls other than tab/newline/carriage return, and U+FFFD left by invalid UTF-8. */
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

function text(value: string, argument: string): string {
  if (!value.trim() || value.length > MAX_TEXT || BINARY.test(value))
    throw badInput(`${argument} must be non-empty plain text of at most ${MAX_TEXT} characters`, argument);
  return value.trim();
}

/** The fields the client sent (a field sent as null is there, with null). */
function sent<T extends object>(input: T, argument: string): (keyof T)[] {
  const keys = (Object.keys(input) as (keyof T)[]).filter((k) => input[k] !== undefined);
  if (!keys.length) throw badInput(`${argument} is empty: give at least one field to change`, argument);
  return keys;
}

/** Runs one curation transaction; a refusal from the graph is BAD_USER_INPUT. */
async function write<T>(context: ApiContext, work: (tx: ManagedTransaction, by: string) => Promise<T>): Promise<T> {
  requireWriteAccess(context);
  const by = context.principal ?? 'unknown';
  try {
    return await context.db.write((tx) => work(tx, by));
  } catch (error) {
    if (error instanceof CurationError) throw badInput(error.message, error.argument);
    throw error;
  }
}

async function reload<T>(value: T | null | Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (!found) throw new GraphQLError(`${what} missing right after it was written`);
  return found;
}

export async function updateArticleMutation(context: ApiContext, id: string, input: ArticleUpdate): Promise<ArticleModel> {
  requireWriteAccess(context);
  const key = decodeId(id, 'id', 'Article').key;
  const changes: ArticleChanges = {};
  for (const field of sent(input, 'input')) {
    const value = input[field];
    if (field === 'title') {
      if (value === null) throw badInput('input.title cannot be cleared', 'input.title');
      changes.title = text(value!, 'input.title');
    } else if (field === 'url') {
      if (value !== null && !/^https?:\/\/\S+$/i.test(text(value!, 'input.url')))
        throw badInput('input.url must be an http(s) URL', 'input.url');
      changes.url = value === null ? null : value!.trim();
    } else if (field === 'outlet' || field === 'author') {
      changes[field] = value === null ? null : text(value!, `input.${field}`);
    } else if (field === 'publishedAt') {
      changes.publishedAt = value ?? null;
    }
  }
  await write(context, (tx, by) => updateArticle(tx, by, key, changes));
  return reload(context.graph.article(key), 'the article');
}

export async function deleteArticleMutation(context: ApiContext, id: string): Promise<DeleteResultModel> {
  requireWriteAccess(context);
  const key = decodeId(id, 'id', 'Article').key;
  const edit = await write(context, (tx, by) => deleteArticle(tx, by, key));
  return { key, edit };
}

const ENTITY_TYPE = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place', GROUP: 'Group' } as const;

function aliasList(values: readonly string[] | null | undefined, argument: string): string[] | undefined {
  if (values == null) return undefined;
  if (values.length > MAX_ALIASES) throw badInput(`${argument} has more than ${MAX_ALIASES} names`, argument);
  return values.map((v) => text(v, argument));
}

export async function updateEntityMutation(context: ApiContext, id: string, input: EntityUpdate): Promise<EntityModel> {
  requireWriteAccess(context);
  const key = decodeId(id, 'id', 'Entity').key;
  for (const field of sent(input, 'input')) if (input[field] === null) throw badInput(`input.${field} cannot be null`, `input.${field}`);
  const changes: EntityChanges = {
    name: input.name == null ? undefined : text(input.name, 'input.name'),
    type: input.type == null ? undefined : ENTITY_TYPE[input.type],
    kind: input.kind ?? undefined,
    addAliases: aliasList(input.addAliases, 'input.addAliases'),
    removeAliases: aliasList(input.removeAliases, 'input.removeAliases'),
  };
  await write(context, (tx, by) => updateEntity(tx, by, key, changes));
  // As for merges: a concurrent merge may have merged the entity away since this update committed.
  return reload(orSurvivor(context, context.graph.entity(key), key), 'the entity');
}

export async function mergeEntitiesMutation(context: ApiContext, into: string, from: readonly string[]): Promise<EntityModel> {
  requireWriteAccess(context);
  const intoKey = decodeId(into, 'into', 'Entity').key;
  if (!from.length) throw badInput('from is empty: give the ids of the entities to merge', 'from');
  if (from.length > 100) throw badInput('from: at most 100 entities per merge', 'from');
  const fromKeys = from.map((f) => decodeId(f, 'from', 'Entity').key);
  if (fromKeys.includes(intoKey)) throw badInput('from contains into: an entity cannot be merged into itself', 'from');
  if (new Set(fromKeys).size !== fromKeys.length) throw badInput('from lists an entity twice', 'from');
  await write(context, (tx, by) => mergeEntities(tx, by, intoKey, fromKeys));
  // A concurrent merge may have merged the survivor away since this one committed: follow it.
  return reload(orSurvivor(context, context.graph.entity(intoKey), intoKey), 'the entity');
}

export async function updateClaimMutation(context: ApiContext, id: string, input: ClaimUpdate): Promise<ClaimModel> {
  requireWriteAccess(context);
  const key = decodeId(id, 'id', 'Claim').key;
  const changes: ClaimChanges = {};
  for (const field of sent(input, 'input')) {
    if (input[field] === null && field !== 'channel' && field !== 'saidOn')
      throw badInput(`input.${field} cannot be null`, `input.${field}`);
  }
  if (input.claimants != null) {
    if (!input.claimants.length) throw badInput('input.claimants: a claim needs at least one claimant', 'input.claimants');
    changes.claimants = [...new Set(input.claimants.map((c) => decodeId(c, 'input.claimants', 'Entity').key))];
  }
  if (input.reportedVia != null)
    changes.reportedVia = [...new Set(input.reportedVia.map((c) => decodeId(c, 'input.reportedVia', 'Entity').key))];
  if (input.channel !== undefined)
    changes.channel = input.channel === null ? null : decodeId(input.channel, 'input.channel', 'Channel').key;
  if (input.saidOn !== undefined) changes.saidOn = input.saidOn;
  if (input.kind != null) changes.kind = input.kind;
  if (input.modality != null) changes.modality = input.modality;
  if (input.text != null) changes.text = text(input.text, 'input.text');
  await write(context, (tx, by) => updateClaim(tx, by, key, changes));
  return reload(context.graph.claim(key), 'the claim');
}

export async function deleteClaimMutation(context: ApiContext, id: string): Promise<DeleteResultModel> {
  requireWriteAccess(context);
  const key = decodeId(id, 'id', 'Claim').key;
  const edit = await write(context, (tx, by) => deleteClaim(tx, by, key));
  return { key, edit };
}

/** Extraction runs before the transaction (it is slow); the write checks the text is still the one extracted. */
export async function reextractArticleMutation(context: ApiContext, id: string): Promise<ReextractResultModel> {
  requireWriteAccess(context);
  const key = decodeId(id, 'id', 'Article').key;
  const source = await articleSource(context.db, key);
  if (!source) throw badInput('id: there is no article with that id', 'id');
  const extracted = await extractValidated(
    context,
    source.text,
    {
      title: source.title,
      url: source.url ?? undefined,
      publishedAt: source.publishedAt ?? undefined,
      outlet: source.outlet ?? undefined,
      author: source.author ?? undefined,
    },
    'id',
  );
  const outcome = await write(context, (tx, by) => replaceExtractedClaims(tx, by, key, extracted, source.text));
  return { ...outcome, article: await reload(context.graph.article(key), 'the article') };
}
