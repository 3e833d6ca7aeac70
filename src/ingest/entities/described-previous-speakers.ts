/**
 * "Sen. Marisa Quade said in an interview with Fox News S1. '…,' the Montana Democrat said.", "Wolves
 * coach Dale Perrin told ESPN S1. … The coach added S2", "Gov. Helen Marsh told the Register S1. '…,'
 * the Republican governor said": a description by party or post right after a named person's claim,
 * with no other person named since that claim's sentence began, is that person. The attribution stage
 * renames only a bare office title ("the governor") from the names before; with a word before the
 * noun, or a post written in lower case before the name ("Wolves coach"), the description became a
 * person of its own, and the interview's outlet did not go on to the claim (annotation/drafts.ts).
 *
 * The person must bear the description's noun: as a title before a mention ("Gov.", "Mayor", "coach",
 * "Actress"), or in an appositive after one (", a Democrat,"); a party noun also fits anyone given a
 * title of elected office or the party's name before theirs. "Mayor Carla Benton said S. The police
 * chief said S2" keeps the chief a person of their own.
 */
import type { Attribution } from '../attribution/attribution.ts';
import type { ResolvedSource } from '../attribution/sources/resolved-source.ts';
import { OFFICE_TITLES } from '../attribution/sources/person-titles.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';

/** "the Montana Democrat", "the first-term mayor", "The coach": up to three words before the noun. */
const DESCRIPTION = /^the\s+(?:[\w'’.-]+\s+){0,3}?([A-Za-z]+)$/i;
const PARTY_NOUN = /^(?:Democrat|Republican)$/;
/** Written right before a politician's name: an elected office or the party's name. */
const POLITICIAN_TITLE =
  /\b(?:Sen\.|Senator|Gov\.|Governor|Rep\.|Representative|Congress(?:man|woman)|Mayor|Ald\.|Alderman|Assembly(?:man|woman)|Council(?:man|woman|or)|Del\.|Democratic|Democrat|Republican)\s+(?:[\w.'’-]+\s+){0,3}$/;
/** How far before a name its title may begin ("Democratic Senate candidate "). */
const TITLE_REACH = 40;

/** Renames claimants described right after a named speaker to that speaker (see above). */
export function nameDescribedSpeakers(registry: EntityRegistry, text: string, doc: NlpDocument, attributions: Attribution[]): void {
  const ordered = [...attributions].sort((a, b) => a.cue.span.start - b.cue.span.start);
  const renamed = new Map<string, ResolvedSource>();
  ordered.forEach((a, i) => {
    a.claimants = a.claimants.map((c) => {
      const earlier = renamed.get(c.name);
      if (earlier && c.mention.start > earlier.mention.start) return { ...c, name: earlier.name, type: 'PERSON' };
      const speaker = describedPreviousSpeaker(registry, text, doc, ordered, i, c);
      if (!speaker) return c;
      renamed.set(c.name, { ...c, name: speaker.name });
      return { ...c, name: speaker.name, type: 'PERSON', aliases: [...c.aliases, c.name] };
    });
  });
}

function describedPreviousSpeaker(
  registry: EntityRegistry,
  text: string,
  doc: NlpDocument,
  ordered: Attribution[],
  at: number,
  source: ResolvedSource,
): EntityRecord | undefined {
  if (ordered[at].claimants.length !== 1) return undefined;
  const noun = DESCRIPTION.exec(source.mention.text.trim())?.[1];
  if (!noun || !source.mention.text.toLowerCase().includes(source.name.toLowerCase())) return undefined;
  // "Coach Says Rookie Will Start …" over the story: "The coach" was taken for the headline's word, no one.
  if (source.resolved && source.name.toLowerCase() !== noun.toLowerCase()) return undefined;
  const previous = ordered
    .slice(0, at)
    .reverse()
    .find((p) => p.cue.span.start < source.mention.start);
  if (!previous || previous.claimants.length !== 1 || previous.claimants[0].type !== 'PERSON') return undefined;
  if (ordered[at].sentence - previous.sentence > 1 || ordered[at].sentence < previous.sentence) return undefined;
  const person = registry.byName(previous.claimants[0].name);
  if (person?.type !== 'Person' || !/^[A-Z]/.test(person.name) || /^the\s/i.test(person.name)) return undefined;
  const from = doc.sentences[previous.sentence]?.tokens[0]?.start ?? previous.cue.span.start;
  if (text.slice(from, source.mention.start).includes('\n')) return undefined;
  const others = registry
    .all()
    .filter((r) => r !== person && r.type === 'Person' && r.mentions.some((m) => m.start >= from && m.start < source.mention.start));
  if (others.length) return undefined;
  return bearsNoun(text, person, noun) ? person : undefined;
}

/** The person was given the noun as a title or in an appositive, or, for a party's noun, a politician's title. */
function bearsNoun(text: string, person: EntityRecord, noun: string): boolean {
  const title = OFFICE_TITLES.get(noun.toLowerCase());
  const before = new RegExp(String.raw`\b${noun}\s+$`, 'i');
  const appositive = new RegExp(String.raw`^,\s+(?:also\s+)?(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?${noun}\b`, 'i');
  return person.mentions.some((m) => {
    const line = text.lastIndexOf('\n', m.start - 1) + 1;
    const window = text.slice(Math.max(line, m.start - TITLE_REACH), m.start);
    if (before.test(window) || title?.test(window) || appositive.test(text.slice(m.end, m.end + 80))) return true;
    return PARTY_NOUN.test(noun) && POLITICIAN_TITLE.test(window);
  });
}
