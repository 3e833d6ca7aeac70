/**
 * The words of a source phrase in the tree: "according to the Harlow council, which meets Monday" is
 * "the Harlow council", without what attaches it ("according to", "by"), the clauses hung on it, or a
 * dateline ("MACAU — Police").
 */
import type { TextSpan } from '../../text/spans.ts';
import { datelineLength } from '../credits/dateline.ts';
import { isPunct, type DependencyTree } from '../tree.ts';
import { joinedInName } from './and-in-names.ts';
import { reportedPhrase } from './reported-phrases.ts';
import { isSpeakerAside } from './speaker-asides.ts';
import { namesNounOfSource } from './source-body-names.ts';

const PHRASE_STOP = /^(acl:relcl|acl|appos|punct|parataxis|ccomp|advcl|conj|cc|dep|discourse|list)$/;

/**
 * The tokens of the phrase headed at `sourceToken`, sorted, punctuation left out; undefined when the
 * head lies in the dateline. `own`: the source is its cue's own subject, whose reading is `content`.
 */
export function sourcePhrase(
  tree: DependencyTree,
  sourceToken: number,
  own: boolean,
  cue?: number,
  content?: TextSpan[],
): number[] | undefined {
  const head = tree.token(sourceToken);
  // The phrase without what attaches it ("according to", "by"): its own words, none of a dateline ("MACAU — Police").
  const dateline = datelineLength(tree.sentence.tokens);
  if (sourceToken <= dateline) return undefined;
  // "those who back her opponents": the clause is all that says who they are (unless it holds the cue).
  const describing = (e: { dep: string; to: number }, from: number) =>
    (from === sourceToken &&
      /^those$/i.test(head.word) &&
      /^acl/.test(e.dep) &&
      !(cue !== undefined && tree.subtree(e.to).includes(cue))) ||
    (from === sourceToken && e.dep === 'acl' && publishedIn(tree, sourceToken, e.to));
  // "That's according to the survey": the pronoun the parser made the source's subject is the content, not its name.
  const according = tree.hasCase(sourceToken, 'accord');
  const attaching = (dep: string) => dep === 'case' || (according && /^(nsubj|cop)$/.test(dep));
  // An organization's "and" or comma stays in the phrase also below its head: "Officials at the Department of Parks and Recreation".
  const stop = (e: { dep: string; to: number }, from: number) =>
    (PHRASE_STOP.test(e.dep) &&
      !describing(e, from) &&
      !(/^(appos|dep)$/.test(e.dep) && namesNounOfSource(tree, sourceToken, e.to)) &&
      !(/^(conj|cc)$/.test(e.dep) && (joinedInName(tree, sourceToken, e.to) || joinedInName(tree, from, e.to)))) ||
    (from === sourceToken && (attaching(e.dep) || (own && reportedPhrase(tree, e, content))));
  const age = (e: { dep: string; to: number }, from: number) => from === sourceToken && isAgeAfterName(tree, sourceToken, e.to);
  return tree
    .subtree(sourceToken, (e, from) => stop(e, from) || age(e, from) || isSpeakerAside(tree, sourceToken, from, e.to))
    .filter((t) => t > dateline && !isPunct(tree.token(t)));
}

/** "MacInnes, 67, told": a number set off by a comma after a proper name is the speaker's age, no part of the name. */
function isAgeAfterName(tree: DependencyTree, name: number, child: number): boolean {
  return /^NNPS?$/.test(tree.token(name).pos) && tree.token(child).pos === 'CD' && child > name && tree.token(child - 1)?.word === ',';
}

const PUBLISHED_PAPERS = new Set(['study', 'paper', 'report', 'analysis', 'survey', 'review', 'article']);

/** "a study published in Nature Medicine": where a paper came out tells which one it is. */
function publishedIn(tree: DependencyTree, paper: number, participle: number): boolean {
  if (!PUBLISHED_PAPERS.has(tree.token(paper).lemma.toLowerCase())) return false;
  if (tree.token(participle).pos !== 'VBN' || tree.token(participle).lemma.toLowerCase() !== 'publish') return false;
  return tree.children(participle, /^obl/).some((o) => tree.hasCase(o, 'in') && /^NNPS?$/.test(tree.token(o).pos));
}
