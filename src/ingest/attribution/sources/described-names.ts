/**
 * "The company said", "the senator said": a definite description that stands for a name the article
 * gave earlier. As an entity "the company" would be wrong data (one node for every company that
 * spoke anywhere). Only a close, unambiguous fit is taken; otherwise the description stays as it is.
 */
import { withoutKindBeforeName } from './kind-words-before-names.ts';
import { lookupKnownName } from '../../entities/gazetteer.ts';
import type { NameMention } from './name-mentions.ts';
import { withoutEntryTime } from './stamped-headlines.ts';
import { OFFICE_TITLES } from './person-titles.ts';

/** Nouns that stand for an organization named before ("the company" after "Apple Inc."). */
export const ORGANIZATION_NOUN =
  /^(company|firm|corporation|agency|organization|organisation|group|retailer|airline|automaker|bank|network|utility|cooperative)$/i;

/** Nouns for a business: never a government body or a party ("the bank" is not "the Health Ministry"). */
const BUSINESS_NOUN = /^(company|firm|corporation|retailer|airline|automaker|bank|network)$/i;

/** Words that make a name a school, a research body or a charity: never "the company" ("a study by the University of Michigan"). */
const NON_BUSINESS =
  /\b(?:University|College|Institute|School|Academy|Hospital|Clinic|Foundation|Museum|Laboratory|Observatory|Society|Association)\b/;

/** Words that make a name a government body or a party. */
const PUBLIC_BODY =
  /\b(?:Ministry|Department|Administration|Agency|Commission|Committee|Congress|Senate|House|Parliament|Council|Court|Office|Bureau|Police|Army|Navy|Government|Party|Cabinet|Kremlin|Pentagon|Assembly|Authority|FBI|CIA|EPA|GOP|Democrats|Republicans)\b/;

/** Verbs whose object or listener is the outlet a speaker gave a claim to, and verbs an outlet reports with. */
const TOLD_TO = /^(tell|speak|talk|say)$/;
const REPORTED = /^(report|say|note|write)$/;

/** How many sentences back the name may stand. */
const WINDOW = 3;

/**
 * The earlier name a "the <noun>" source stands for: the organization named nearest before it for a
 * noun such as "company", the person last named with the matching title for "the senator"; none when
 * two different names fit the nearest sentence that has one.
 */
export function describedName(
  noun: string,
  at: { start: number; sentence: number },
  names: NameMention[],
  text: string,
): NameMention | undefined {
  const title = OFFICE_TITLES.get(noun.toLowerCase());
  const fits = (n: NameMention) =>
    title
      ? n.type === 'PERSON' &&
        names.some((m) => m.type === 'PERSON' && sameNameForm(m, n) && title.test(text.slice(Math.max(0, m.start - 14), m.start)))
      : ORGANIZATION_NOUN.test(noun) && n.type === 'ORGANIZATION' && kindFits(noun, n.text) && !creditedOutlet(noun, n, text);
  // Names only: an earlier speaker left as a description ("the company") is one of the names too.
  const before = publicBodiesForAgency(
    noun,
    names.filter((n) => n.end <= at.start && n.sentence >= at.sentence - WINDOW && /^[A-Z]/.test(n.text) && fits(n)),
  );
  const nearest = before.filter((n) => !cited(n, text)).at(-1) ?? before.at(-1);
  if (!nearest) return title ? undefined : theOneBodyBefore(at, names, fits);
  const rivals = new Set(before.filter((n) => n.sentence === nearest.sentence).map((n) => n.text.split(/\s+/).at(-1)));
  return rivals.size === 1 ? nearest : undefined;
}

/**
 * "The Food and Drug Administration said … Hillside Creamery first told grocers about the recall Friday, the
 * agency said": "the agency" is the public body named before, not the nearer business its sentence reports on.
 */
function publicBodiesForAgency(noun: string, before: NameMention[]): NameMention[] {
  if (!/^agency$/i.test(noun)) return before;
  const bodies = before.filter((n) => PUBLIC_BODY.test(n.text));
  return bodies.length > 0 ? bodies : before;
}

/**
 * A name only cited for a figure ("…, according to Downdetector, which tracks outages") is not the one the story
 * goes on calling "the company" when another name fits before it.
 */
function cited(n: NameMention, text: string): boolean {
  return /\baccording\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, n.start - 20), n.start));
}

/**
 * "The company said" when the company was named further back than the window: the one organization
 * of the noun's kind the article named before it, none when it named two.
 */
function theOneBodyBefore(at: { start: number }, names: NameMention[], fits: (n: NameMention) => boolean): NameMention | undefined {
  const before = names.filter((n) => n.end <= at.start && /^[A-Z]/.test(n.text) && fits(n));
  const bodies = new Set(before.map((n) => n.text.split(/\s+/).at(-1)));
  return bodies.size === 1 ? before.at(-1) : undefined;
}

/**
 * The organization's kind fits the noun's. (A name carrying the noun itself, "the bank" after "the
 * Central Bank of Kenya", is taken before this is asked: sources.ts.)
 */
function kindFits(noun: string, name: string): boolean {
  return !(BUSINESS_NOUN.test(noun) && (PUBLIC_BODY.test(name) || NON_BUSINESS.test(name)));
}

/**
 * An outlet credited as a whole ("told CNN", "CNN reports") is "the network", not "the company" its report is about;
 * so is a name the gazetteer does not know whose last word closes a sentence of the article with "reports"
 * ("told the Austin American-Statesman … , the Statesman reports.").
 */
function creditedOutlet(noun: string, n: NameMention, text: string): boolean {
  if (/^network$/i.test(noun)) return false;
  const last = n.text
    .split(/\s+/)
    .at(-1)!
    .replace(/[^\p{L}\p{N}]/gu, '');
  if (last && new RegExp(`\\b${last}\\s+reports\\s*\\.(?:\\s|$)`).test(text)) return true;
  const credit = /^(obj|iobj|obl)/.test(n.relation ?? '') ? TOLD_TO.test(n.governor ?? '') : n.subject && REPORTED.test(n.governor ?? '');
  return credit && lookupKnownName(n.text.replace(/^the\s+/i, ''))?.kind === 'MEDIA';
}

function sameSurname(a: NameMention, b: NameMention): boolean {
  return a.text.split(/\s+/).at(-1) === b.text.split(/\s+/).at(-1);
}

/**
 * Whether two mentions can be one person: the same surname, and the shorter name the end of the longer
 * ("Ferrell" and "Ann Ferrell"); "Sen. Ann Ferrell and her husband, Doug Ferrell": the husband holds no seat.
 */
function sameNameForm(a: NameMention, b: NameMention): boolean {
  if (!sameSurname(a, b)) return false;
  const [shorter, longer] = [a.text.toLowerCase().split(/\s+/), b.text.toLowerCase().split(/\s+/)].sort((x, y) => x.length - y.length);
  return shorter.every((word, i) => word === longer[longer.length - shorter.length + i]);
}

/**
 * The person a definite description that spoke renames ("Tom Baker said S. The county engineer added
 * S2. He ..."): the person of the pronoun's gender named as a subject in the description's sentence
 * before it or in the sentence before, the latest such; none when a name follows the description
 * ("The Post columnist Ann Porter", "the chairman, Tom Baker": a person of their own).
 */
export function renamedPerson(
  description: NameMention,
  names: NameMention[],
  text: string,
  sameGender: (n: NameMention) => boolean,
): NameMention | undefined {
  if (!/^the\s/i.test(description.text)) return undefined;
  const person = (n: NameMention) => n.type === 'PERSON' && !n.role && /^[A-Z]/.test(n.text);
  if (names.some((n) => person(n) && n.start >= description.end && /^[\s,]*$/.test(text.slice(description.end, n.start)))) return undefined;
  return names
    .filter((n) => person(n) && n.subject && n.end <= description.start && n.sentence >= description.sentence - 1)
    .filter(sameGender)
    .at(-1);
}

/** A description as its own name, an article the source wrote twice once ("the the inspection report"). */
export function descriptionName(text: string): string {
  return withoutKindBeforeName(withoutEntryTime(text).replace(/^(the|a|an)\s+(?=\1\s)/i, ''));
}
