/**
 * The verb a conjunct cue really joins. The parser often hangs "and CUE" on the last verb before it,
 * even when that verb sits inside the object's relative clause or infinitive ("X described the
 * candidate as the first to run and said S": *said* a conjunct of *run*). Conjuncts share their verb
 * form, so when the cue's form differs from its host's, the nearest verb above the host with the
 * cue's form is the one it joins, and that verb's subject is the speaker. The parser may also hang it
 * on a noun, the first verb's object ("Lee cut the debt to $9,000 but said S": *said* a conjunct of
 * the number): then too the nearest verb above with the cue's form is the one it joins.
 */
import type { DependencyTree } from '../tree.ts';

type VerbForm = 'finite' | 'gerund' | 'infinitive';

/** A host that cannot be a verb the cue joins: a noun, a number or a pronoun. */
const NOMINAL_HOST = /^(NN|NNS|NNP|NNPS|CD|PRP)$/;

/** How many steps up from the parser's host a matching verb may stand. */
const MAX_CLIMB = 4;

function verbForm(tree: DependencyTree, i: number): VerbForm | undefined {
  const { pos } = tree.token(i);
  if (pos === 'VBD' || pos === 'VBZ' || pos === 'VBP') return 'finite';
  if (pos === 'VBG') return 'gerund';
  if (pos === 'VB' && tree.children(i, /^(mark|aux)$/).some((c) => tree.token(c).word.toLowerCase() === 'to')) return 'infinitive';
  return undefined;
}

/** The verb the conjunct `cue` joins: its parser host, or a verb above it with the cue's form. */
export function conjunctHost(tree: DependencyTree, cue: number): number {
  const host = tree.head(cue);
  const form = verbForm(tree, cue);
  const hostForm = verbForm(tree, host);
  if (form === undefined || form === 'infinitive' || hostForm === form) return host;
  if (hostForm === undefined && (host === 0 || !NOMINAL_HOST.test(tree.token(host).pos))) return host;
  let n = host;
  for (let steps = 0; steps < MAX_CLIMB && n !== 0; steps++) {
    n = tree.head(n);
    if (n !== 0 && verbForm(tree, n) === form) return n;
  }
  return host;
}
