/**
 * Documents an outlet reports on are not speakers: in "Bank ledgers show $2 million in payments to
 * Mayor Ruiz, the Tribune reports" or "Emails reviewed by the Tribune show S", the outlet tells what
 * the papers show, and the hand annotations make it the claim's claimant with no via (as "Israel has
 * hit 250 targets, the Journal reports" is the Journal's). A claim whose every claimant is named by a
 * document's noun ("ledgers", "records", "emails", "photos", "an audit") becomes the claim of the
 * outlet that credits it (its only via) or that handled the papers ("seen / obtained / reviewed by
 * the Tribune" before the claim's verb), when the verb is one of showing ("show", "reveal", "find"). A
 * memo that "says" S, "according to court records cited by the Tribune", and a study, report or poll
 * keep their claims: those speak, or have authors.
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import type { DraftClaim } from './draft.ts';

const DOCUMENT_NOUN =
  /^(?:ledgers?|records?|documents?|files?|filings?|memos?|memoranda|e-?mails?|texts?|text messages|messages|letters?|photos?|photographs?|images?|pictures?|videos?|footage|recordings?|tapes?|transcripts?|logs?|receipts?|invoices?|spreadsheets?|cables?|data|audit|review|analysis)$/i;
/** What papers show, as against what a memo says: "A memo seen by Reuters says S" and "according to court records cited by the Tribune" stay the papers' claims, through the outlet. */
const EVIDENCE_VERBS = new Set([
  'show',
  'reveal',
  'find',
  'indicate',
  'suggest',
  'detail',
  'confirm',
  'list',
  'document',
  'depict',
  'record',
]);
/** "obtained by", "seen by", "reviewed by": the outlet that handled the papers, right before its name. */
const HANDLED_BY = /\b(?:obtained|seen|reviewed|examined|viewed|acquired|analy[sz]ed)\s+by\s+$/i;

/** Claims whose claimants are documents become the crediting outlet's own claims (see above). */
export function outletDocuments(text: string, drafts: DraftClaim[], registry: EntityRegistry): void {
  const outlets = registry.all().filter(isOutlet);
  for (const d of drafts) {
    if (!EVIDENCE_VERBS.has(d.lemma.toLowerCase()) || !d.claimants.length || !d.claimants.every(namesDocument)) continue;
    const outlet = d.via.length === 1 && isOutlet(d.via[0]) ? d.via[0] : handlingOutlet(text, d, outlets);
    if (!outlet) continue;
    d.claimants = [outlet];
    d.via = [];
  }
}

function namesDocument(entity: EntityRecord): boolean {
  if (isOutlet(entity)) return false;
  const head = entity.name.trim().split(/\s+/).at(-1) ?? '';
  return DOCUMENT_NOUN.test(head);
}

/** "Emails reviewed by the Tribune show S": an outlet named after "reviewed by" between the sentence's start and the claim's verb. */
function handlingOutlet(text: string, d: DraftClaim, outlets: EntityRecord[]): EntityRecord | undefined {
  const end = d.verbSpan?.start ?? d.evidence.start;
  return outlets.find((o) =>
    o.mentions.some((m) => m.start >= d.unit && m.end <= end && HANDLED_BY.test(text.slice(d.unit, m.start).replace(/\bthe\s+$/i, ''))),
  );
}
