/**
 * '"We lost everything but the dog," Carla Jensen said, per the Helena Independent Record.': the parser
 * hangs the "per" or "according to" phrase on the quotation, not on "said", so the outlet came out as
 * the speaker of the whole sentence, Jensen's saying inside it, and Jensen's claim had no via. A credit
 * written right after a speaker's verb credits that saying: the outlet becomes its via, and the outlet's
 * own reading of the sentence goes. A name no list knows counts as an outlet there when it closes on a
 * newspaper's title word ("the Helena Independent Record"); "…, he told officers, according to the
 * sheriff's office" stays as it was.
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import { MASTHEAD_WORD } from '../entities/media-words.ts';
import type { DraftClaim } from './draft.ts';

const RIGHT_AFTER_VERB = /^\s*,?\s*(?:per|according\s+to)\b/i;
/** Title words of papers that also name other things, taken only in such a credit. */
const TITLE_WORD = /^(?:Record|Independent|Star|Sun|Standard|Mirror|Express|Advocate|Register|Review|News|Bee)$/;

export function creditPerPhrasesToSayings(text: string, drafts: DraftClaim[]): void {
  for (const credit of [...drafts]) {
    if (credit.lemma !== 'according to' || credit.via.length || credit.claimants.length !== 1) continue;
    const outlet = credit.claimants[0];
    if (!isOutlet(outlet) && !isNewspaperName(outlet)) continue;
    const saying = drafts.find(
      (d) =>
        d !== credit &&
        d.unit === credit.unit &&
        d.verbSpan !== undefined &&
        d.verbSpan.start >= credit.evidence.start &&
        d.content.start < credit.content.end &&
        credit.content.start < d.content.end &&
        RIGHT_AFTER_VERB.test(text.slice(d.verbSpan.end, credit.evidence.end)) &&
        d.claimants.length > 0 &&
        !d.claimants.some(isOutlet) &&
        d.via.every((v) => v === outlet),
    );
    if (!saying) continue;
    if (outlet.type === 'Organization' && outlet.kind === 'OTHER') outlet.kind = 'MEDIA';
    saying.via = [outlet];
    drafts.splice(drafts.indexOf(credit), 1);
  }
}

function isNewspaperName(entity: EntityRecord): boolean {
  const last = entity.name.split(/\s+/).at(-1) ?? '';
  return entity.type === 'Organization' && entity.kind === 'OTHER' && (MASTHEAD_WORD.test(last) || TITLE_WORD.test(last));
}
