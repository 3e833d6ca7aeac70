/** updateClaim and deleteClaim: each one write transaction with its Edit. */
import type { ManagedTransaction } from 'neo4j-driver';
import { beginEdit, recordEdit, type EditModel } from './edits.ts';
import { CurationError } from './errors.ts';
import { claimState } from './state.ts';
import { CLAIM_STATEMENTS as S, STATE_STATEMENTS } from './statements.ts';

/** Fields left undefined stay; null clears (channel, saidOn). */
export interface ClaimChanges {
  claimants?: string[];
  reportedVia?: string[];
  channel?: string | null;
  saidOn?: string | null;
  kind?: string;
  modality?: string;
  text?: string;
}

/** Every key must name an entity; outlets must be organizations. */
async function checkEntities(tx: ManagedTransaction, keys: string[], argument: string, organizations: boolean): Promise<void> {
  const rows = (await tx.run(STATE_STATEMENTS.entitiesExist, { ids: keys })).records;
  for (const r of rows) {
    if (!r.get('found')) throw new CurationError(`${argument}: there is no entity with the id ${r.get('id')}`, argument);
    if (organizations && !r.get('organization')) throw new CurationError(`${argument}: ${r.get('id')} is not an organization`, argument);
  }
}

export async function updateClaim(tx: ManagedTransaction, by: string, key: string, changes: ClaimChanges): Promise<EditModel> {
  const ticket = await beginEdit(tx);
  const before = await claimState(tx, key);
  // A person's change makes an extracted claim theirs: re-extraction keeps it from now on.
  const origin = before.origin === 'EXTRACTED' ? 'EDITED' : (before.origin ?? 'CURATED');
  const props: Record<string, string> = { origin };
  for (const field of ['kind', 'modality', 'text'] as const) if (changes[field] !== undefined) props[field] = changes[field]!;
  await tx.run(S.setProperties, { id: key, props });
  if (changes.saidOn !== undefined) await tx.run(S.setSaidOn, { id: key, saidOn: changes.saidOn });
  if (changes.claimants) {
    await checkEntities(tx, changes.claimants, 'input.claimants', false);
    await tx.run(S.setClaimants, { id: key, entities: changes.claimants });
  }
  if (changes.reportedVia) {
    await checkEntities(tx, changes.reportedVia, 'input.reportedVia', true);
    await tx.run(S.setReportedVia, { id: key, entities: changes.reportedVia });
  }
  if (changes.channel !== undefined) {
    if (changes.channel === null) await tx.run(S.removeChannel, { id: key });
    else {
      const found = (await tx.run<{ found: boolean }>(STATE_STATEMENTS.channelExists, { id: changes.channel })).records[0].get('found');
      if (!found) throw new CurationError(`input.channel: there is no channel with the id ${changes.channel}`, 'input.channel');
      await tx.run(S.setChannel, { id: key, channel: changes.channel });
    }
  }
  const after = await claimState(tx, key);
  return recordEdit(tx, ticket, { by, operation: 'UPDATE_CLAIM', target: key, targets: [after.article], before, after });
}

export async function deleteClaim(tx: ManagedTransaction, by: string, key: string): Promise<EditModel> {
  const ticket = await beginEdit(tx);
  const before = await claimState(tx, key);
  await tx.run(S.rememberDeleted, { id: key });
  await tx.run(S.deleteClaim, { id: key });
  return recordEdit(tx, ticket, { by, operation: 'DELETE_CLAIM', target: key, targets: [before.article], before, after: null });
}
