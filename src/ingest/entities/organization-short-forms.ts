/**
 * An organization named by the first word of its name, which the tagger calls a person: "Fighters
 * of the Tarnov Group … Tarnov recruiters have turned to prisons", "the Nusra Front … Nusra is al
 * Qaeda". Only a name the text also gives in full with a body's head word (Group, Front, News,
 * Party, …; gazetteer.ts) or with a plural noun, as businesses are named ("Ridgeway Foods", "Getty
 * Images"; no person's name ends in one), counts, and a person of that surname is named in full or
 * with a title ("Hillary Clinton … the Clinton Foundation … Clinton said"), so such a name stays a
 * person. On
 * PolNeAR train's 840 parses 28 PERSON mentions have the shape, 27 of them an organization's ("Fox"
 * with Fox News, "Breitbart" with Breitbart News, "Nusra"); the other is "Obama" in a headline.
 * Where the text names two such organizations ("Fox Business Network and Fox News … But Fox didn't
 * replay it"), the one the gazetteer knows by the short form is meant; the first named only when it
 * knows neither, since the short form, as the other's alias, would merge the two.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { lookupKnownName, organizationKindOfHead } from './gazetteer.ts';
import { personNameTest } from './person-names.ts';
import { nounClasses } from '../attribution/model/noun-classes.ts';

/** One-word PERSON names of the text → the full name of the organization each opens. */
export function organizationShortForms(doc: NlpDocument): Map<string, string> {
  const mentions = doc.sentences.flatMap((s) => s.entityMentions.map((m) => ({ s, m })));
  const persons = mentions.filter(({ m }) => m.ner === 'PERSON');
  const isPersonName = personNameTest(doc);
  // "Bernie Sanders" tagged ORGANIZATION once: a plural word the text gives as a person's name is a surname.
  const surnames = new Set(persons.flatMap(({ m }) => m.text.split(/\s+/)));
  const forms = new Map<string, string>();
  for (const { m } of persons) {
    if (/\s/.test(m.text) || forms.has(m.text)) continue;
    const organizations = mentions.filter(({ m: o }) => {
      const words = o.text.split(/\s+/);
      return (
        o.ner === 'ORGANIZATION' &&
        words.length > 1 &&
        words[0] === m.text &&
        (organizationKindOfHead(words.at(-1)!) !== undefined || (isPluralCommonNoun(words.at(-1)!) && !surnames.has(words.at(-1)!)))
      );
    });
    const known = lookupKnownName(m.text)?.name;
    const organization =
      organizations.find(({ m: o }) => known !== undefined && lookupKnownName(o.text)?.name === known) ?? organizations[0];
    if (organization && !isPersonName(m.text)) forms.set(m.text, organization.m.text);
  }
  return forms;
}

/** "Foods", "Pharmaceuticals", "Industries": the plural of a noun WordNet knows (the tagger tags them NNP). */
function isPluralCommonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : /[^s]s$/.test(lower) ? lower.slice(0, -1) : undefined;
  return singular !== undefined && nounClasses(singular).length > 0;
}
