/**
 * Whom a relative pronoun source speaks for: the noun its clause modifies ("the NGO, which advocates
 * for S"; for a set-off "who", a verb's object too), else the name set off just before it ("Clinton, who
 * believes S" read as a clause of its own), else the people or plural noun before its comma ("some
 * residents, who said S").
 */
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import type { DependencyTree } from '../tree.ts';
import { joinedRelativeNoun, nameBeforeRelative, speakerBeforeComma } from './appositive-relatives.ts';
import type { NameForm } from './name-forms.ts';
import type { NameMention, SourceType } from './name-mentions.ts';
import type { ResolvedSource } from './resolved-source.ts';

export const RELATIVE = /^(who|which|that|whom)$/i;

/**
 * A restrictive clause's cue the model is at least this sure of names its group ("shop owners who fear S");
 * twice the model's threshold (PolNeAR train, right claimant 0.765827 -> 0.766404 against not naming them).
 */
const CONFIDENT_GROUP_CLAUSE = 0.6;

/** The attribution whose source is the relative. */
export interface RelativeAttribution {
  sentence: number;
  cue?: { token: number };
  confidence?: number;
}

/** What the resolver lends: the article's names, and the source resolved at another token of the attribution's sentence. */
export interface RelativeResolver {
  text: string;
  names: NameMention[];
  resolveAt: (token: number, antecedent?: boolean) => ResolvedSource | undefined;
  expand: (text: string, type: SourceType, start?: number) => NameForm;
}

/** The source a relative pronoun (RELATIVE) stands for, or none. */
export function relativeSource(
  tree: DependencyTree,
  a: RelativeAttribution,
  relative: number,
  mention: ResolvedSource['mention'],
  resolver: RelativeResolver,
): ResolvedSource | undefined {
  const word = tree.token(relative).word;
  // "the NGO, which advocates for ...": a relative pronoun speaks for the noun its clause modifies.
  const clause = tree.head(relative);
  const modified = clause > 0 && tree.relation(clause) === 'acl:relcl' ? tree.head(clause) : joinedRelativeNoun(tree, relative);
  if (modified !== undefined && modified > 0 && modified !== relative && /^(NN|PRP)/.test(tree.token(modified).pos)) {
    const commaSpeaker = speakerBeforeComma(tree, resolver.names, relative, a.sentence);
    const restrictive = !/^(,|-+|—|–|\()$/.test(tree.token(relative - 1)?.word ?? '');
    // "The speech moved the former governor, who insisted S": a set-off "who" speaks for its noun even where
    // that noun is a verb's object, which as a source of its own names no one.
    const named =
      resolver.resolveAt(modified) ??
      (commaSpeaker ? resolver.resolveAt(commaSpeaker) : undefined) ??
      (!restrictive && /^who$/i.test(word) ? resolver.resolveAt(modified, true) : undefined);
    // "voters who back the plan": a restrictive clause on a group says who they are, rarely what they claim;
    // unless it reports their words ("compared with 30 percent who said S") or the model is sure of its cue
    // ("shop owners who fear that S").
    const speaks =
      a.cue !== undefined &&
      (SPEECH_VERBS.has(tree.token(a.cue.token).lemma.toLowerCase()) || (a.confidence ?? 0) >= CONFIDENT_GROUP_CLAUSE);
    return restrictive && !speaks && /^who$/i.test(word) && named?.type === 'GROUP' ? undefined : named;
  }
  // "that said": a "that" the parse hangs on no noun is left unresolved, as sources.ts leaves "it" (UNRELIABLE).
  if (/^that$/i.test(word)) return undefined;
  // Where the parse attaches it to no noun ("Clinton, who believes ..." read as a clause of its own;
  // "those who said"), the name just before it, if only a comma stands between; else nobody: the
  // nearest earlier name was the annotated speaker for about a third of them on train.
  const before = nameBeforeRelative(tree, resolver.names, resolver.text, relative, a.sentence);
  if (!before) return peopleBeforeRelative(tree, a, relative, resolver);
  if (before.type === 'PLACE') return undefined;
  return { mention, ...resolver.expand(before.text, before.type, before.start), resolved: true };
}

/**
 * "The storm frustrated some residents, who said S": a comma-set "who" the parse hangs on no noun
 * speaks for the people noun right before its comma. A bare singular names no one in particular
 * ("a Hispanic, man or woman, who said S").
 */
function peopleBeforeRelative(
  tree: DependencyTree,
  a: RelativeAttribution,
  relative: number,
  resolver: RelativeResolver,
): ResolvedSource | undefined {
  if (!/^who$/i.test(tree.token(relative).word)) return undefined;
  const noun = speakerBeforeComma(tree, [], relative, a.sentence) ?? pluralBeforeComma(tree, relative);
  if (noun === undefined) return undefined;
  const bareSingular = tree.token(noun).pos === 'NN' && tree.child(noun, /^(det|nmod:poss)$/) === undefined;
  return bareSingular ? undefined : resolver.resolveAt(noun, true);
}

/**
 * "the party's old-guard figures, who are convinced S": a plural noun right before the comma of a set-off
 * "who" is people, whatever else the noun can mean. Not a predicate noun ("Most of us are Republicans, who
 * believe S"), whose phrase would be its whole clause.
 */
function pluralBeforeComma(tree: DependencyTree, relative: number): number | undefined {
  if (relative < 3 || tree.token(relative - 1).word !== ',') return undefined;
  const noun = relative - 2;
  return /^NNP?S$/.test(tree.token(noun).pos) && tree.child(noun, /^nsubj/) === undefined ? noun : undefined;
}
