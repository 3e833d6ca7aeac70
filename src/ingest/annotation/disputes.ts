/**
 * DISPUTES between claims: one side denies, disputes or rejects what another side claimed.
 * - "Israel claims ..., but Hamas denied that": a denial whose object points back ("that",
 *   "it", "the claim", "the report") disputes the nearest earlier claim of another claimant;
 * - "Pyongyang ... says Malaysia's investigation is full of holes": a denial or a dismissive
 *   claim naming a party disputes that party's earlier claims (its own, its members' and
 *   those of its national bodies).
 */
import type { AnnotatedClaim } from '../../graph/annotation.ts';
import type { EntityRecord, EntityRegistry } from '../entities/registry.ts';
import { reportingLemma } from './verbs.ts';

const DENYING = new Set(['deny', 'dispute', 'refute', 'rebut', 'reject', 'dismiss', 'contest']);
const DISMISSIVE =
  /\b(false|untrue|not true|baseless|groundless|unfounded|fabricat\w*|lies|lying|nonsense|full of holes|contradictions|misleading|inaccurate|absurd|ridiculous|fake|slander\w*|smear)\b/i;
const POINTS_BACK =
  /^\s*(?:that|it|this|those|these|the|such)\b\s*(?:(?:claims?|reports?|allegations?|accusations?|account|figures?|charges?|assertions?|suggestions?)\b)?/i;
/** Characters back from a denial within which "that" can point. */
const REACH = 400;

export interface Dispute {
  from: string;
  type: 'DISPUTES';
  to: string;
  reason: string;
}

export function disputes(claims: AnnotatedClaim[], registry: EntityRegistry): Dispute[] {
  const out: Dispute[] = [];
  const add = (from: AnnotatedClaim, to: AnnotatedClaim, why: string) => {
    if (!out.some((d) => d.from === from.id && d.to === to.id)) out.push({ from: from.id, type: 'DISPUTES', to: to.id, reason: why });
  };
  claims.forEach((claim, i) => {
    const lemma = reportingLemma(claim.verb.split(/\s+/).at(-1) ?? '') ?? '';
    const denying = DENYING.has(lemma);
    const afterVerb = afterVerbText(claim);
    const dismissive = DISMISSIVE.test(afterVerb);
    if (!denying && !dismissive) return;
    const earlier = claims.slice(0, i).filter((c) => !c.claimants.some((id) => claim.claimants.includes(id)));
    const who = names(claim.claimants, registry);
    if (denying && POINTS_BACK.test(afterVerb)) {
      const target = earlier.filter((c) => claim.evidence.start - c.evidence.end < REACH).at(-1);
      if (target) add(claim, target, `${who} ${claim.verb} what ${names(target.claimants, registry)} said`);
    }
    for (const id of claim.mentions) {
      const party = registry.get(id);
      if (!party) continue;
      const theirs = earlier.filter((c) => c.claimants.some((cid) => speaksFor(registry.get(cid), party)));
      for (const target of theirs)
        add(claim, target, `${who} ${dismissive ? 'calls into question' : claim.verb} the account of ${party.name}`);
    }
  });
  return out;
}

function afterVerbText(claim: AnnotatedClaim): string {
  const ev = claim.evidence.text;
  const verb = claim.verb.split(/\s+/).at(-1)!;
  const at = ev.indexOf(verb);
  return at >= 0 ? ev.slice(at + verb.length) : ev;
}

/** The claimant is the party, belongs to its country, or is one of its parts. */
function speaksFor(claimant: EntityRecord | undefined, party: EntityRecord): boolean {
  if (!claimant) return false;
  if (claimant === party) return true;
  if (party.type === 'Place' && claimant.country === party.name) return true;
  return false;
}

function names(ids: string[], registry: EntityRegistry): string {
  return ids.map((id) => registry.get(id)?.name ?? id).join(' and ');
}
