/**
 * Who an attribution's source is: the words of the source phrase in the tree, and when that phrase
 * is a pronoun ("he", "they") or a relative ("who"), the nearest fitting name before it. Short names
 * grow to the fullest form the article uses ("Trump" → "Donald Trump"). Coreference is done here on
 * the parse, not with CoreNLP's coref annotator, which costs ~40× the parse (see the README).
 */
import { isPersonRole, lookupKnown, organizationKindOfHead } from '../../entities/gazetteer.ts';
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import type { FoundAttribution } from '../find.ts';
import type { Gender } from './pronoun-features.ts';
import { PronounAntecedents, type PronounOptions } from './pronoun-antecedents.ts';
import { PLURAL, PronounSources } from './pronoun-sources.ts';
import { openQuotationStart } from '../quotes/quotes.ts';
import { FIRST_PERSON, namelessPronoun, objectNoun, quotedThirdParty } from './nameless-sources.ts';
import { governingSpeaker } from './governing-speaker.ts';
import { redirectedSpeaker } from './redirected-speakers.ts';
import { mainClauseSpeaker } from './mention-heads.ts';
import { descriptionName } from './described-names.ts';
import { describedBeforeName, relativeOfOne } from './partitive-names.ts';
import { namesPossessor, possessedName, possessivePronoun } from './possessor-sources.ts';
import { partitivePossessive } from './partitive-possessors.ts';
import { withinLines } from './line-bound-names.ts';
import { nameMentions, type NameMention, type SourceType } from './name-mentions.ts';
import { RELATIVE, relativeSource } from './relative-sources.ts';
import { quotationSpeaker } from '../quotes/quotation-speaker.ts';
import { WEEKDAY_ALTERNATION } from '../../text/day-words.ts';
import { sourcePhrase } from './source-phrases.ts';
import { nameAfterQuotation } from './names-after-quotations.ts';
import { DependencyTree } from '../tree.ts';
import type { ResolvedSource } from './resolved-source.ts';
import { NameForms, type NameForm } from './name-forms.ts';
import { definiteDescriptionSource } from './definite-descriptions.ts';
import { agedPerson } from './age-epithets.ts';
import { roleDescribedPerson } from './role-epithets.ts';
import { appositiveName } from './appositive-names.ts';
import { accountOwner } from './account-owners.ts';
import { cutShortNameEnd } from './cut-short-names.ts';
import { referredPeople, spouseSource, type ReferringArticle } from './referred-people.ts';
import { institutionDescribedPeople } from './institution-descriptions.ts';
import { statementHolder } from './statement-holders.ts';
import { agreeingContentSubject, subjectPossessor } from './content-subject-possessors.ts';
import { roleBeforeBodyName } from './role-compound-speakers.ts';

export type { SourceType } from './name-mentions.ts';
export type { PronounObservation, PronounOptions } from './pronoun-antecedents.ts';
export type { ResolvedSource } from './resolved-source.ts';

const PERSONAL = /^(he|she|him|her|his|i|me|my)$/i;
/** Pronouns left unresolved: their antecedent is too often not the speaker. */
const UNRELIABLE = /^(it|its|that)$/i;
const POSSESSIVE_PRONOUN = /^(his|her|their|its)$/i;
/** Days and spans of time ("Friday", "the last two weeks", "months"), which the parser now and then makes a subject. */
const TIME_WORD = new RegExp(
  `^(${WEEKDAY_ALTERNATION}|days?|weeks?|months?|years?|night|morning|evening|afternoon|yesterday|tonight)$`,
  'i',
);
/** A token gluing several capitalised words ("FoleyFlagShareLikeReply"), not one name ("McConnell", "GoFundMe"). */
const GLUED_WORDS = /(?:[a-z][A-Z].*){3}/;

export class SourceResolver {
  private readonly names: NameMention[];
  /** The fullest forms and genders of names, which spoke() adds to. */
  private readonly forms: NameForms;
  /** insideQuotation()'s answers by character offset. */
  private readonly quoted = new Map<number, boolean>();
  private readonly pronouns: PronounSources;
  /** What the rules for "the former", "one", "her husband" read of the article (referred-people.ts). */
  private readonly referring: ReferringArticle;

  constructor(
    private readonly text: string,
    private readonly doc: NlpDocument,
    firstNames: Record<string, Gender> = {},
    pronouns: PronounOptions = {},
  ) {
    this.names = withinLines(text, doc, nameMentions(doc));
    this.forms = new NameForms(text, doc, this.names, firstNames);
    const article = {
      text,
      names: this.names,
      expand: (name: string, type: SourceType, start?: number) => this.expand(name, type, start),
      gender: (name: string, listed?: boolean) => this.forms.gender(name, listed),
      insideQuotation: (token: { start: number }) => this.insideQuotation(token),
    };
    this.pronouns = new PronounSources({ doc, text, names: this.names, forms: this.forms }, new PronounAntecedents(article, pronouns));
    this.referring = { doc, names: this.names, expand: article.expand, gender: (name) => this.forms.gender(name, true) };
  }

  /** An attribution's source, once named, is an antecedent for later pronouns ("..., he said"). */
  spoke(source: ResolvedSource, sentence: number): void {
    if (source.type === 'PLACE') return;
    const at = this.names.findIndex((n) => n.start > source.mention.start);
    const head = relativeOfOne(source.mention.text) ?? source.mention.text.split(/\s+/).at(-1)!.toLowerCase();
    const entry: NameMention = {
      sentence,
      start: source.mention.start,
      end: source.mention.end,
      text: source.name,
      type: source.type,
      subject: true,
      role: isPersonRole(head),
      speaker: true,
      relation: 'nsubj',
      main: mainClauseSpeaker(this.doc, source.mention, sentence),
    };
    this.names.splice(at < 0 ? this.names.length : at, 0, entry);
    this.forms.forget();
  }

  /** The others a plural pronoun source names beside its claimant ("they" for "Cruz and Rubio": Rubio). */
  companions(source: ResolvedSource): ResolvedSource[] {
    const others = PLURAL.test(source.mention.text) ? this.pronouns.partners : this.pronouns.pairPartners;
    const seen = new Set([source.name]);
    return (others.get(source.mention.start) ?? [])
      .map((n) => ({ mention: source.mention, ...this.expand(n.text, n.type, n.start), resolved: true }))
      .filter((c) => !seen.has(c.name) && seen.add(c.name));
  }

  resolve(
    a: Pick<FoundAttribution, 'sentence' | 'source' | 'closingCredit'> & {
      cue?: { token: number };
      content?: TextSpan[];
      confidence?: number;
    },
    sourceToken = a.source,
    /** The noun a relative "who" stands for, which may be a verb's object ("frustrated residents, who said S"). */
    antecedent = false,
  ): ResolvedSource | undefined {
    const sentence = this.doc.sentences[a.sentence];
    const tree = DependencyTree.of(sentence);
    const own = a.cue !== undefined && sourceToken === a.source;
    if (own && quotedThirdParty(tree, sourceToken) && this.insideQuotation(tree.token(sourceToken))) {
      const named = nameAfterQuotation(tree, sourceToken, a.cue!.token, (t) => this.insideQuotation(t));
      return named === undefined ? undefined : this.resolve({ sentence: a.sentence, source: named });
    }
    const speaker = a.cue && sourceToken === a.source ? redirectedSpeaker(tree, sourceToken, a.cue.token) : undefined;
    if (speaker !== undefined) return this.resolve({ sentence: a.sentence, source: speaker });
    const described = a.cue && sourceToken === a.source ? describedBeforeName(tree, sourceToken, a.cue.token) : undefined;
    if (described) {
      const source = this.resolve({ sentence: a.sentence, source: described.head });
      if (!source || source.resolved) return source;
      const [start, end] = [tree.token(described.first).start, tree.token(described.last).end];
      const text = this.text.slice(start, end);
      return { ...source, mention: { start, end, text }, name: descriptionName(text), aliases: [] };
    }
    const instead = a.cue && sourceToken === a.source ? governingSpeaker(tree, sourceToken, a.cue.token, a.content?.[0]) : undefined;
    if (instead) return instead.speaker === undefined ? undefined : this.resolve({ sentence: a.sentence, source: instead.speaker });
    const head = tree.token(sourceToken);
    const phrase = sourcePhrase(tree, sourceToken, own, a.cue?.token, a.content);
    if (!phrase) return undefined;
    // "LevineFlagShareLikeReplyAni": words a web page's buttons glued together name no one.
    if (phrase.some((t) => GLUED_WORDS.test(tree.token(t).word))) return undefined;
    const first = tree.token(phrase[0]);
    const last = tree.token(phrase.at(-1)!);
    const mention = { start: first.start, end: last.end, text: this.text.slice(first.start, last.end) };
    const word = head.word;
    // "the NGO, which advocates for ...", "Clinton, who believes ...": the noun or name a relative speaks for.
    if (phrase.length === 1 && RELATIVE.test(word)) {
      const resolveAt = (token: number, antecedent?: boolean) => this.resolve(a, token, antecedent);
      const expand = (t: string, type: SourceType, start?: number) => this.expand(t, type, start);
      return relativeSource(tree, a, sourceToken, mention, { text: this.text, names: this.names, resolveAt, expand });
    }
    // "It said", "that said": on PolNeAR train the antecedent we find is the annotated one only for
    // 24% (it) and 32% (that) of them (an "it" is mostly a report, an email, a statement, which are
    // not entities here), so such an attribution would mostly name the wrong speaker.
    // Only "The ministry said ... It added" stays: an organization that spoke in this sentence or the last.
    if (phrase.length === 1 && UNRELIABLE.test(word)) {
      if (!/^its?$/i.test(word)) return undefined;
      const speaker = this.pronouns.occasionSpeaker(head, a.sentence) ?? this.pronouns.itsAntecedent(head, a.sentence);
      return speaker && { mention, ...speaker, resolved: true };
    }
    const contentLength = own ? a.content?.reduce((n, s) => n + s.end - s.start, 0) : undefined;
    if (phrase.length === 1 && namelessPronoun(tree, sourceToken, () => this.insideQuotation(head), contentLength, a.cue?.token))
      return undefined;
    if (phrase.length === 1 && FIRST_PERSON.test(word)) {
      const speaker = quotationSpeaker(this.doc, this.text, head.start);
      const speakerWord = speaker && this.doc.sentences[speaker.sentence].tokens[speaker.token - 1].word;
      if (speaker && !/^(i|me|my|we)$/i.test(speakerWord!)) return this.resolve({ sentence: speaker.sentence, source: speaker.token });
    }
    if (phrase.length === 1 && (PERSONAL.test(word) || PLURAL.test(word))) {
      const source = this.pronouns.occasionSpeaker(head, a.sentence) ?? this.pronouns.pronounAntecedent(head, a.sentence);
      return source && { mention, ...source, resolved: true };
    }
    const roleForBody = roleBeforeBodyName(tree, sourceToken, mention);
    if (roleForBody) return roleForBody;
    // "A post on the mayor's Facebook page said": whoever keeps the page, with the post's words as its mention.
    const owner = accountOwner(tree, sourceToken);
    const keeper = owner === undefined ? undefined : this.keeperOf(tree, owner, a.sentence);
    if (keeper) return { mention, name: keeper.name, aliases: keeper.aliases, type: keeper.type, resolved: false };
    const referred = referredPeople(this.referring, mention, a.sentence, this.pronouns.pairPartners);
    if (referred) return referred;
    const holder = statementHolder(this.doc, tree, this.names, phrase, a.sentence);
    if (holder) return { mention, ...this.expand(holder.text, holder.type, holder.start), resolved: false };
    // "The chain, Lone Star Health, said": a name in apposition says who, before any earlier "chain" does.
    const appositive = appositiveName(tree, this.names, sourceToken, a.sentence);
    // "the ministry", "the senator": the latest earlier name or speaker with that head word.
    const definite =
      !appositive &&
      definiteDescriptionSource(tree, a, phrase, head, mention, this.names, this.text, (t, type, start) => this.expand(t, type, start));
    if (definite) return definite;
    // "the 34-year-old", "the captain": the one person named earlier with that age or role after the name.
    const epithet = agedPerson(mention, this.names, this.text) ?? roleDescribedPerson(mention, this.names, this.text);
    if (epithet) return { mention, ...this.expand(epithet.text, epithet.type, epithet.start), resolved: true };
    // A name that includes the head: "Svetlana Golub, head of ..." but not "Russia" in "Russia's defense ministry".
    const cueStart = a.cue ? tree.token(a.cue.token).start : mention.end;
    const nameEnd = cueStart > mention.end ? cutShortNameEnd(this.text, mention.end, cueStart) : mention.end;
    const named =
      this.names.find(
        (n) => n.sentence === a.sentence && n.start >= mention.start && n.end <= nameEnd && n.start <= head.start && head.end <= n.end,
      ) ?? appositive;
    if (named) {
      const expanded = this.expand(named.text, named.type, named.start);
      return {
        mention,
        name: expanded.name,
        aliases: [...new Set([...expanded.aliases, mention.text])].filter((x) => x !== expanded.name),
        type: named.type,
        resolved: false,
      };
    }
    // "Own said" where NER missed the surname: the person the article named in full.
    if (
      phrase.length === 1 &&
      /^[A-Z]/.test(head.word) &&
      this.names.some((n) => n.type === 'PERSON' && n.text.split(/\s+/).length > 1 && n.text.split(/\s+/).at(-1) === head.word)
    ) {
      return { mention, ...this.expand(head.word, 'PERSON', head.start), resolved: false };
    }
    // A closing credit's outlet is its verb's object when inverted (", reports the AP": "AP" tagged NN).
    // "toured the plant on Monday to inspect S", "issued a statement Tuesday saying S": a date the parser made the subject speaks for no one.
    if (TIME_WORD.test(head.word)) return undefined;
    if (!antecedent && objectNoun(tree, sourceToken) && !(a.closingCredit && sourceToken === a.source)) return undefined;
    const plural = /^NNPS?$|^NNS$/.test(head.pos) && head.pos !== 'NNP';
    const institution = organizationKindOfHead(head.word) !== undefined && !plural;
    const type = institution || (!plural && /^NNP/.test(head.pos)) ? 'ORGANIZATION' : 'GROUP';
    const expand = (t: string, kind: SourceType, start?: number) => this.expand(t, kind, start);
    const body = institutionDescribedPeople(tree, a, phrase, sourceToken, mention, this.names, this.text, expand);
    if (body) return { mention, ...body, type, resolved: false };
    const possessive = possessivePronoun(tree, phrase, sourceToken);
    if (possessive !== undefined) {
      const pronoun = tree.token(possessive);
      const found = this.pronouns.possessorOf(pronoun, a.sentence);
      // "The brothers deny it, their spokesman said": "their" is the brothers, whoever they name.
      const subject = agreeingContentSubject(tree, sourceToken, possessive);
      const possessor =
        subject === undefined || (found && this.resolve({ sentence: a.sentence, source: subject })?.name === found.name)
          ? found
          : subjectPossessor(tree, subject);
      const possessed = this.text.slice(tree.token(phrase[1]).start, mention.end);
      const spouse = possessor && spouseSource(this.referring, possessor, possessed, mention);
      if (spouse) return spouse;
      if (possessor && namesPossessor(possessor)) return { mention, ...possessedName(possessor, possessed), type, resolved: false };
    }
    const partitive = partitivePossessive(tree, phrase, sourceToken);
    const groupOwner = partitive && this.pronouns.possessorOf(tree.token(partitive.pronoun), a.sentence);
    if (partitive && groupOwner && namesPossessor(groupOwner)) {
      const group = possessedName(groupOwner, this.text.slice(partitive.possessed.start, partitive.possessed.end));
      const part = (name: string) => `${head.word} of ${name}`;
      return { mention, name: part(group.name), aliases: group.aliases.map(part), type, resolved: false };
    }
    return { mention, name: descriptionName(mention.text), aliases: [], type, resolved: false };
  }

  /** Who keeps a post's page or account: "his" through its antecedent, a noun resolved as a source. */
  private keeperOf(tree: DependencyTree, owner: number, sentence: number): NameForm | undefined {
    const token = tree.token(owner);
    // "The company's support account", with LinkedIn named before: the platform a post is on does not keep it.
    if (token.pos !== 'PRP$') {
      const keeper = this.resolve({ sentence, source: owner });
      return keeper && (/^NNP/.test(token.pos) || lookupKnown(keeper.name)?.kind !== 'PLATFORM') ? keeper : undefined;
    }
    if (!POSSESSIVE_PRONOUN.test(token.word)) return undefined;
    const keeper = this.pronouns.possessorOf(token, sentence);
    return keeper && namesPossessor(keeper) ? keeper : undefined;
  }

  /**
   * Whether a quotation is open at the token in its paragraph: curly, straight or doubled ('') marks,
   * and a quotation that runs on from the paragraph before (which opens again without closing).
   */
  private insideQuotation(token: { start: number }): boolean {
    const known = this.quoted.get(token.start);
    if (known !== undefined) return known;
    const open = openQuotationStart(this.text, token.start) !== undefined;
    this.quoted.set(token.start, open);
    return open;
  }

  private expand(text: string, type: SourceType, start?: number): NameForm {
    return this.forms.expand(text, type, start);
  }
}
