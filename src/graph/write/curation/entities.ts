/** updateEntity and mergeEntities: each one write transaction with its Edit. */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDatabase } from '../../database.ts';
import { beginEdit, recordEdit, type EditModel } from './edits.ts';
import { CurationError } from './errors.ts';
import { entityStates, type EntityState, type EntityType } from './state.ts';
import { ENTITY_STATEMENTS as S } from './statements.ts';

export interface EntityChanges {
  name?: string;
  type?: EntityType;
  kind?: string;
  addAliases?: string[];
  removeAliases?: string[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Aliases without duplicates (case-insensitive) and without the name itself. */
function cleanAliases(name: string, aliases: string[]): string[] {
  const out: string[] = [];
  for (const alias of aliases.map((a) => a.trim()).filter(Boolean)) {
    if (!same(alias, name) && !out.some((x) => same(x, alias))) out.push(alias);
  }
  return out;
}

/** The entity's state after the changes; a renamed entity keeps its old name as an alias. */
export function applyEntityChanges(before: EntityState, changes: EntityChanges): EntityState {
  const name = changes.name?.trim() ?? before.name;
  const type = changes.type ?? before.type;
  if (changes.kind !== undefined && type !== 'Organization')
    throw new CurationError('input.kind: only organizations have a kind', 'input.kind');
  const kind = type === 'Organization' ? (changes.kind ?? before.kind ?? 'OTHER') : null;
  const removed = changes.removeAliases ?? [];
  const missing = removed.filter((r) => !before.aliases.some((a) => same(a, r)));
  if (missing.length)
    throw new CurationError(`input.removeAliases: ${JSON.stringify(missing[0])} is not an alias of ${before.name}`, 'input.removeAliases');
  const kept = before.aliases.filter((a) => !removed.some((r) => same(a, r)));
  const aliases = cleanAliases(name, [...kept, ...(name !== before.name ? [before.name] : []), ...(changes.addAliases ?? [])]);
  return { ...before, name, type, kind, aliases };
}

const setState = (tx: ManagedTransaction, state: EntityState) => tx.run(S.setState, { id: state.id, state });

export async function updateEntity(tx: ManagedTransaction, by: string, key: string, changes: EntityChanges): Promise<EditModel> {
  const ticket = await beginEdit(tx);
  const [before] = await entityStates(tx, [key], 'id');
  const after = applyEntityChanges(before, changes);
  await setState(tx, after);
  return recordEdit(tx, ticket, { by, operation: 'UPDATE_ENTITY', target: key, before, after });
}

/** Keys as they resolve now: a merged id stands for the entity it was merged into. */
async function resolveMerged(tx: ManagedTransaction, keys: string[]): Promise<string[]> {
  const rows = (await tx.run(S.resolve, { ids: keys })).records;
  const byKey = new Map(rows.map((r) => [r.get('id') as string, (r.get('resolved') as string | null) ?? (r.get('id') as string)]));
  return keys.map((k) => byKey.get(k) ?? k);
}

/**
 * Claims, mentions, relations and aliases of `from` move to `into`; the merged entities are
 * deleted and their ids redirect to `into`. Ids are resolved under the edit lock, so two merges
 * of overlapping entities apply one after the other, the second to the first's result: an
 * entity the first merged away stands for its survivor in the second.
 */
export async function mergeEntities(
  tx: ManagedTransaction,
  by: string,
  requestedInto: string,
  requestedFrom: string[],
): Promise<EditModel> {
  const ticket = await beginEdit(tx);
  const [into, ...resolved] = await resolveMerged(tx, [requestedInto, ...requestedFrom]);
  const from = [...new Set(resolved)];
  if (from.includes(into))
    throw new CurationError(`from: ${requestedFrom[resolved.indexOf(into)]} is ${into} or was merged into it already`, 'from');
  const [survivor] = await entityStates(tx, [into], 'into');
  const merged = await entityStates(tx, from, 'from');
  const after: EntityState = {
    ...survivor,
    aliases: cleanAliases(survivor.name, [...survivor.aliases, ...merged.flatMap((m) => [m.name, ...m.aliases])]),
    description: survivor.description ?? merged.find((m) => m.description)?.description ?? null,
  };
  await tx.run(S.moveOutgoing, { into, from });
  await tx.run(S.moveIncoming, { into, from });
  await tx.run(S.deleteMerged, { from });
  await setState(tx, after);
  await tx.run(S.redirect, { into, from });
  const targets = [...new Set([requestedInto, ...from, ...requestedFrom])];
  return recordEdit(tx, ticket, {
    by,
    operation: 'MERGE_ENTITIES',
    target: into,
    targets,
    before: { into: survivor, from: merged },
    after,
  });
}

/** The entity a merged id now resolves to, if it was merged. */
export async function survivorOf(db: GraphDatabase, key: string): Promise<string | null> {
  return db.read(async (tx) => {
    const result = await tx.run(S.survivor, { id: key });
    return result.records.length ? (result.records[0].get('id') as string) : null;
  });
}
