/**
 * Descriptions that stand for people the article named just before, as a source: "the former", "the
 * couple", "both men" (pair-references.ts), a bare "one" after a group spoke (one-of-group.ts), "her
 * husband" (spouse-sources.ts). Not "resolved": the description is a mention of whom it names (as
 * "the company" is, definite-descriptions.ts).
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { NameForm } from './name-forms.ts';
import type { NameMention, SourceType } from './name-mentions.ts';
import { groupOfOne } from './one-of-group.ts';
import { namedPair, pairBearsNoun, pairGender, pairMember, pairNoun } from './pair-references.ts';
import type { Gender } from './pronoun-features.ts';
import type { ResolvedSource } from './resolved-source.ts';
import { namedSpouse } from './spouse-sources.ts';

/** What these rules read of the article, as the source resolver knows it. */
export interface ReferringArticle {
  doc: NlpDocument;
  /** The names in order, with the speakers recorded so far. */
  names: NameMention[];
  /** The fullest form of a name in the article. */
  expand: (text: string, type: SourceType, start?: number) => NameForm;
  /** A person's gender, a first-name list asked too. */
  gender: (name: string) => Gender | undefined;
}

type Mention = ResolvedSource['mention'];

/**
 * "The former", "the couple", "both men": the two people named together just before (both speak, the
 * second as a companion, recorded in `pairPartners` by the mention's offset); a bare "one" after a group
 * spoke: that group.
 */
export function referredPeople(
  article: ReferringArticle,
  mention: Mention,
  sentence: number,
  pairPartners: Map<number, NameMention[]>,
): ResolvedSource | undefined {
  const { doc, names, expand, gender } = article;
  const at = { start: mention.start, sentence };
  const group = groupOfOne(doc, names, mention.text, at);
  if (group) return { mention, ...expand(group.text, group.type, group.start), resolved: false };
  const member = pairMember(mention.text);
  const pair = member && namedPair(doc, names, at, (n) => expand(n.text, n.type, n.start).name);
  if (!pair) return undefined;
  const noun = pairNoun(mention.text);
  if (noun && !pairBearsNoun(doc, pair, noun)) return undefined;
  const wanted = pairGender(mention.text);
  const other = wanted === 'male' ? 'female' : 'male';
  if (wanted && pair.some((p) => gender(expand(p.text, p.type, p.start).name) === other)) return undefined;
  const [first, second] = pair;
  const speaker = member === 'second' ? second : first;
  if (member === 'both') pairPartners.set(mention.start, [second]);
  return { mention, ...expand(speaker.text, speaker.type, speaker.start), resolved: false };
}

/** "Her husband" for the husband the article named with her ("Walter and June Pruitt"), if one fits. */
export function spouseSource(
  article: ReferringArticle,
  possessor: { name: string },
  possessed: string,
  mention: Mention,
): ResolvedSource | undefined {
  const { expand } = article;
  const fullName = (n: NameMention) => expand(n.text, n.type, n.start).name;
  const spouse = namedSpouse({ ...article, fullName }, possessor, possessed, mention);
  return spouse && { mention, ...expand(spouse.text, spouse.type, spouse.start), resolved: false };
}
