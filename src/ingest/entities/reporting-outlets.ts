/**
 * Outlets a closing credit shows to be outlets, though neither the gazetteer nor a media word in the
 * name says so. In "Mayor Ana Duarte said the bridge would reopen in May, Milenio reports." a name
 * (NER tags it a person, an organization or nothing) whose report carries another speaker's claim is
 * the outlet that carried it, not the claimant of the whole sentence; so is one that reports another's plan
 * ("City officials are weighing a cap, the Statesman reports"); a name reporting a plain fact
 * ("The bridge will reopen, Milenio reports.") is left as it was, so a company's own report types
 * nothing. In "…, the station reports." the noun stands for the outlet of its kind named before.
 */
import type { Attribution, ResolvedSource } from '../attribution/index.ts';
import { closingCredits } from '../attribution/credits/credits.ts';
import { reportsPlan } from '../attribution/credits/reported-acts.ts';
import type { NlpDocument } from '../nlp/types.ts';
import { isOutlet, lookupKnownName, organizationKindOfHead } from './gazetteer.ts';
import { DESCRIBED_MEDIUM } from './media-words.ts';
import { outletNamedBefore, type EntityRegistry, type NamedOutlet } from './registry.ts';

/** Verbs of a closing credit that make its name an outlet: "reports", and for a name NER does not call a person, "adds" and "notes". */
const REPORTING = new Set(['report', 'add', 'note']);
/** Capitalised words right after the noun, up to the sentence's or clause's end: "the newspaper Reforma." */
const NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s*(?:[.,;]|$)/u;

/** "Acme Corp", "Harlow University", "Dunmore Police": a name whose last word says it is no outlet. */
const COMPANY_WORD = /^(?:Corp|Corporation|Inc|Co|Ltd|LLC|plc|Holdings|Industries)\.?$/i;

function namesInstitution(name: string): boolean {
  const last = name.split(/\s+/).at(-1) ?? '';
  const head = organizationKindOfHead(last);
  return COMPANY_WORD.test(last) || (head !== undefined && head !== 'MEDIA');
}

/**
 * The names of closing credits that carry another speaker's claim: the article is read once taking
 * every such credit's name for an outlet, and the names that then carry a claim are kept.
 */
export function reportingOutletNames(
  doc: NlpDocument,
  read: (isOutlet: (s: ResolvedSource) => boolean) => Attribution[],
  known: (s: ResolvedSource) => boolean,
): Set<string> {
  const credits = closingCredits(doc)
    .filter((c) => REPORTING.has(c.cue.lemma))
    .map((c) => ({ token: doc.sentences[c.sentence].tokens[c.source - 1], lemma: c.cue.lemma }));
  const candidate = (s: ResolvedSource) =>
    !s.resolved &&
    /^[A-Z]/.test(s.name) &&
    [undefined, 'MEDIA'].includes(lookupKnownName(s.name)?.kind) &&
    !namesInstitution(s.name) &&
    credits.some(
      (c) =>
        s.mention.start <= c.token.start &&
        c.token.end <= s.mention.end &&
        (s.type !== 'PERSON' || (c.lemma === 'report' && !/\s/.test(s.name))),
    );
  if (!credits.length) return new Set();
  const names = new Set<string>();
  for (const a of read((s) => known(s) || candidate(s))) {
    for (const v of a.via) if (!known(v) && candidate(v)) names.add(v.name);
    // "City officials are weighing a cap, the Statesman reports": the plan's reading gave way to the credit (reported-acts.ts).
    const [claimant] = a.claimants;
    if (a.closingCredit && a.claimants.length === 1 && !known(claimant) && candidate(claimant) && reportsPlan(doc, a))
      names.add(claimant.name);
  }
  return names;
}

/** Registers the names as news outlets, before NER's mentions join them under another type. */
export function registerReportingOutlets(registry: EntityRegistry, names: Set<string>): void {
  for (const name of names) registry.add({ name, type: 'Organization', kind: 'MEDIA' });
}

/** "the station", "the paper": a bare noun of a medium, standing for the outlet of its kind named before it. */
export function describedOutlet(outlets: NamedOutlet[], text: string, source: ResolvedSource): NamedOutlet | undefined {
  const written = /\bthe\s+$/i.test(text.slice(Math.max(0, source.mention.start - 4), source.mention.start));
  const noun = DESCRIBED_MEDIUM.exec(source.mention.text)?.[1];
  if (source.resolved || noun === undefined || (!written && !/^the\s/i.test(source.mention.text))) return undefined;
  // "ESPN reports. … the broadcaster notes": failing one of the noun's kind, the outlet named last.
  return outletNamedBefore(outlets, source.mention.start, noun) ?? outletNamedBefore(outlets, source.mention.start, 'outlet');
}

/**
 * A via named by a bare noun of a medium ("…, the magazine reports") becomes the outlet it stands for: one
 * the registry knows, or one an earlier attribution names ("WKRN reports", which NER leaves untagged).
 */
export function nameDescribedVias(
  registry: EntityRegistry,
  text: string,
  attributions: Attribution[],
  outlet: (s: ResolvedSource) => boolean,
): void {
  const named = attributions
    .flatMap((a) => [...a.claimants, ...a.via])
    .filter((s) => !s.resolved && outlet(s) && !DESCRIBED_MEDIUM.test(s.mention.text))
    .map((s): NamedOutlet => ({ name: s.name, mentions: [s.mention] }));
  const outlets: NamedOutlet[] = [...registry.all().filter(isOutlet), ...named];
  for (const a of attributions)
    a.via = a.via.map((v) => {
      // "according to the newspaper Reforma": the outlet is the name after the noun.
      const after = DESCRIBED_MEDIUM.test(v.mention.text) ? NAME_AFTER.exec(text.slice(v.mention.end))?.[1] : undefined;
      if (after && !v.resolved) {
        const outlet = registry.add({ name: lookupKnownName(after)?.name ?? after, type: 'Organization', kind: 'MEDIA' });
        return { ...v, name: outlet.name, type: 'ORGANIZATION', resolved: true };
      }
      // "told the newspaper El Universal that S": a name after the noun is the outlet (outlet-phrases.ts), not one named before.
      if (DESCRIBED_MEDIUM.test(v.mention.text) && /^\s+\p{Lu}/u.test(text.slice(v.mention.end))) return v;
      const found = describedOutlet(outlets, text, v);
      return found ? { ...v, name: found.name, type: 'ORGANIZATION', resolved: true } : v;
    });
}

/** "…, the station reports.": the noun closes the sentence as an outlet's credit ("As the paper noted, S" is the paper's own claim). */
export function closingDescribedOutlet(outlets: NamedOutlet[], text: string, source: ResolvedSource): boolean {
  const closes = /^\s+(?:reports|reported|adds|added|notes|noted|says|said|writes|wrote)\s*[.!?]/.test(text.slice(source.mention.end));
  return closes && describedOutlet(outlets, text, source) !== undefined;
}
