/**
 * Title-case headlines ("Mayor Praises Council's Budget Plan") where the parser tags the verb as a
 * proper noun inside one long name: a capitalised third-person cue verb right after a name speaks
 * for that name, and what follows it, up to the first punctuation, is what it says or is aimed at.
 */
import { isTitleCase } from '../../entities/headlines/title-case.ts';
import type { DependencyTree } from '../tree.ts';

/** Third-person verbs that headlines use for a stance or a statement, with their lemma. */
const HEADLINE_VERBS = new Map(
  [
    'backs',
    'bashes',
    'blames',
    'blasts',
    'calls',
    'claims',
    'condemns',
    'criticizes',
    'defends',
    'denounces',
    'dismisses',
    'endorses',
    'knocks',
    'mocks',
    'praises',
    'rejects',
    'rips',
    'slams',
    'supports',
    'touts',
    'tweets',
    'urges',
    'warns',
  ]
    .map((w): [string, string] => [w, w.replace(/(?<=(sh|ch|ss|x))es$|s$/, '')])
    // "Harbor Workers Support Port Deal", "Senator Endorsed Smith", "Mayor Thinks S": a plural subject's verb, a past
    // stance and a belief (PolNeAR train has 4 such headlines, all annotated and now read: 4 more right claimants).
    .concat([
      ['support', 'support'],
      ['oppose', 'oppose'],
      ['endorsed', 'endorse'],
      ['backed', 'back'],
      ['thinks', 'think'],
      ['believes', 'believe'],
    ]),
);
const NAME = /^(NNP|NNPS)$/;
const LINKS = new Set(['for', 'on', 'about', 'against']);
/** Punctuation, and the words that open another clause, end the content. */
const STOP = /^([,.:;!?]|-+|[—–]|after|before|while|because|when|as|if|since|amid)$/i;

export interface HeadlineCue {
  lemma: string;
  source: number;
  content: number[];
}

/** The cue verb at `v` when the parser took it for a noun in a title-case headline, with its source and content. */
export function headlineVerb(tree: DependencyTree, v: number): HeadlineCue | undefined {
  const token = tree.token(v);
  const lemma = HEADLINE_VERBS.get(token.word.toLowerCase());
  if (!lemma || !/^[A-Z]/.test(token.word) || /^VB/.test(token.pos) || v < 2 || !NAME.test(tree.token(v - 1).pos)) return undefined;
  if (!isTitleCase(tree)) return undefined;
  const content: number[] = [];
  // "Calls for S": the preposition links the cue to its content; "... After X Happens": a clause of its own.
  const first = v + 1 <= tree.size && LINKS.has(tree.token(v + 1).word.toLowerCase()) ? v + 2 : v + 1;
  for (let t = first; t <= tree.size && !STOP.test(tree.token(t).word); t++) content.push(t);
  return content.length ? { lemma, source: v - 1, content } : undefined;
}
