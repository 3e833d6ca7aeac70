/**
 * Whom a pronoun source stands for (SourceResolver asks): "he", "she", "they" by the hand rules and
 * the learned ranker (pronoun-antecedents.ts); "they" for every name of a pair or of names joined by
 * "and"; "its" and "it" only for an organization that just spoke or acted; "X issued a statement. It
 * said" for the one who put the occasion out. What a pick finds is kept for later pronouns: the others
 * a "they" stood for, and the descriptions a person was renamed by.
 */
import type { NlpDocument, NlpToken } from '../../nlp/types.ts';
import type { Gender } from './pronoun-features.ts';
import type { PronounAntecedents } from './pronoun-antecedents.ts';
import { quotationOpeningSentence } from './closing-quotation-pronouns.ts';
import { listenerTest } from './pronoun-listeners.ts';
import { pluralForOneName } from './nameless-sources.ts';
import { coordinatedNames } from './coordinated-names.ts';
import { singularDescription } from './mention-heads.ts';
import { renamedPerson } from './described-names.ts';
import { pluralPeopleSubject } from './group-antecedents.ts';
import { joinedGroup } from './name-joined-groups.ts';
import { actedJustBefore } from './acting-organizations.ts';
import { occasionHolder } from './occasion-holders.ts';
import { describedSpeaker } from './described-speakers.ts';
import type { NameMention, SourceType } from './name-mentions.ts';
import type { NameForm, NameForms } from './name-forms.ts';

export const PLURAL = /^(they|them|their|we|us|our)$/i;

/** What pronoun resolution reads of the article: the names in order (with the speakers so far) and their forms. */
export interface PronounArticle {
  doc: NlpDocument;
  text: string;
  names: NameMention[];
  forms: NameForms;
}

export class PronounSources {
  /** The other names a "they" stands for, by the pronoun's offset ("Cruz and Rubio … they"). */
  readonly partners = new Map<number, NameMention[]>();
  /** The second of a pair a description stands for, by the description's offset ("the couple": June Pruitt). */
  readonly pairPartners = new Map<number, NameMention[]>();
  /** The descriptions a pronoun's pick renamed a person by (renamedPerson): that person's aliases for later pronouns too. */
  private readonly describedAs = new Map<string, Set<string>>();

  constructor(
    private readonly article: PronounArticle,
    private readonly antecedents: PronounAntecedents,
  ) {}

  /** Whom "his", "her", "their" or "its" stands for. */
  possessorOf(pronoun: NlpToken, sentence: number): NameForm | undefined {
    return /^its$/i.test(pronoun.word) ? this.itsAntecedent(pronoun, sentence) : this.pronounAntecedent(pronoun, sentence);
  }

  /** The name a personal or plural pronoun ("he", "her", "they", "their") stands for, by the rules or the ranker. */
  pronounAntecedent(pronoun: NlpToken, sentence: number): NameForm | undefined {
    const { doc, text, names, forms } = this.article;
    const word = pronoun.word;
    const wanted: SourceType[] = PLURAL.test(word) ? ['ORGANIZATION', 'GROUP', 'PERSON'] : ['PERSON'];
    const gender: Gender | undefined = /^(he|him|his)$/i.test(word) ? 'male' : /^(she|her)$/i.test(word) ? 'female' : undefined;
    const skip = listenerTest(doc, names, pronoun, sentence, (n) => this.expand(n.text, n.type, n.start).name);
    const own = this.antecedents.byRules(pronoun, wanted, gender, sentence, skip);
    const from = own ? sentence : quotationOpeningSentence(doc, text, pronoun, sentence);
    const rule = from < sentence ? this.antecedents.byRules(pronoun, wanted, gender, from, skip) : own;
    const antecedent = this.antecedents.ranked(pronoun, from, rule, skip);
    const described = !antecedent && gender ? describedSpeaker(names, pronoun, sentence, gender) : undefined;
    if (described) return this.expand(described.text, described.type, described.start);
    if (!antecedent) return pluralPeopleSubject(doc, text, pronoun, sentence);
    if (PLURAL.test(word) && (pluralForOneName(antecedent) || singularDescription(doc, antecedent))) {
      // "Cruz and Rubio …. They said": one name of several joined by "and"; "they" names them all, in text order.
      // "The couple said S. They added": the pair the description stood for.
      const pair = antecedent.speaker ? this.pairPartners.get(antecedent.start) : undefined;
      const coordinated = pair ?? coordinatedNames(doc, names, antecedent);
      // "Marcus Bell and other union officers met …. They said": the name and the group (name-joined-groups.ts).
      const group = coordinated.length ? undefined : joinedGroup(doc, text, antecedent);
      const joined = group ? [group] : coordinated;
      if (!joined.length) return pluralPeopleSubject(doc, text, pronoun, sentence, antecedent);
      const [first, ...rest] = [antecedent, ...joined].sort((x, y) => x.start - y.start);
      this.partners.set(pronoun.start, rest);
      // "The two … They … They": each "they" after the pair stands for it too.
      if (pair) this.pairPartners.set(pronoun.start, rest);
      return this.expand(first.text, first.type, first.start);
    }
    const renamed =
      gender && antecedent.role
        ? renamedPerson(antecedent, names, text, (n) => forms.gender(this.expand(n.text, n.type, n.start).name, true) === gender)
        : undefined;
    const source = renamed
      ? this.expand(renamed.text, renamed.type, renamed.start)
      : this.expand(antecedent.text, antecedent.type, antecedent.start);
    if (renamed) this.describedAs.set(source.name, new Set([...(this.describedAs.get(source.name) ?? []), antecedent.text]));
    source.aliases = [...new Set([...source.aliases, ...(this.describedAs.get(source.name) ?? [])])];
    if (gender && source.type === 'PERSON' && !forms.calledBy.has(source.name)) forms.calledBy.set(source.name, gender);
    return source;
  }

  /** "X issued a statement. It said S": the one who put the occasion out (occasion-holders.ts). */
  occasionSpeaker(pronoun: NlpToken, sentence: number): NameForm | undefined {
    const { doc, text, names, forms } = this.article;
    const gender = (n: NameMention) => forms.gender(this.expand(n.text, n.type, n.start).name, true);
    const holder = occasionHolder(doc, text, names, pronoun, sentence, gender);
    return holder && this.expand(holder.text, holder.type, holder.start);
  }

  /**
   * "It" (or "its") only for an organization that spoke in this sentence or the one before, or that
   * opened the sentence before as its main verb's subject.
   */
  itsAntecedent(pronoun: NlpToken, sentence: number): NameForm | undefined {
    const speaker = this.antecedents.byRules(pronoun, ['ORGANIZATION'], undefined, sentence);
    if (!speaker) return undefined;
    if (!(speaker.speaker && speaker.sentence >= sentence - 1) && !actedJustBefore(speaker, pronoun, sentence)) return undefined;
    return this.expand(speaker.text, speaker.type);
  }

  private expand(text: string, type: SourceType, start?: number): NameForm {
    return this.article.forms.expand(text, type, start);
  }
}
