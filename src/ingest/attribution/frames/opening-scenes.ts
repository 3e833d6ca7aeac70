/**
 * "Asked whether the ferry would keep running, the harbor master said, 'Every day of the year.'": a
 * sentence that opens with a participle of being asked ("Asked", "Pressed", "Questioned", "When asked")
 * sets the scene of the answer. The question is what the speaker was asked, never what the speaker
 * of the main clause says, yet the parser often hangs it on that cue as a loose clause (`dep`,
 * `advcl`, even `ccomp`), or hangs the cue under the quotation whose subtree then holds the question
 * too. The question runs to the first comma followed by a subject; its words are taken out of the
 * content of the cue whose speaker follows that comma, so the cue keeps its own complement or
 * quotation, and a cue left with nothing but the question has it dropped (its quotation is then
 * tried, as for any cue with no complement). Any opening participle without a subject sets a scene
 * the same way ("Reached by phone, the clerk said, 'Maybe.'", "Pushed on the deadline, X said S").
 * Another speaker further on may report the whole scene ("Asked about S, the mayor said no, the
 * Ledger reported"): that content is left whole.
 */
import { DependencyTree, isVerb } from '../tree.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import { isDoubleMark } from '../quotes/quote-tokens.ts';

/** Words that may stand before the participle ("When asked about S"). */
const LEADS = new Set(['when', 'once', 'if']);

/** An opening participle clause with no subject: a question the speaker was asked, or any other scene. */
export interface OpeningScene {
  participle: number;
  /** The comma that closes the scene, right before the main clause's subject. */
  end: number;
}

/** The opening scene of a sentence whose words start at `firstWord`, if it opens with one. */
export function openingScene(tree: DependencyTree, firstWord: number): OpeningScene | undefined {
  let p = firstWord;
  if (p <= tree.size && LEADS.has(tree.token(p).word.toLowerCase())) p += 1;
  if (p > tree.size) return undefined;
  const token = tree.token(p);
  if (token.pos !== 'VBN') return undefined;
  if (tree.child(p, /^(nsubj|nsubj:pass|aux|aux:pass)$/) !== undefined) return undefined;
  for (let end = p + 1; end < tree.size; end++) {
    // "When asked about S, the mayor said: 'Q,' the Ledger reported": a saying before the comma means the parse lost the clause.
    if (isVerb(tree.token(end)) && SPEECH_VERBS.has(tree.token(end).lemma.toLowerCase())) return undefined;
    if (tree.token(end).word === ',' && subjectStartsAt(tree, clauseStart(tree, end))) return { participle: p, end };
  }
  return undefined;
}

/** `content` without the opening scene when cue `cue`'s speaker `source` is the subject right after it. */
export function withoutOpeningScene(
  tree: DependencyTree,
  scene: OpeningScene | undefined,
  cue: number,
  source: number | undefined,
  content: number[],
): number[] {
  if (scene === undefined || source === undefined || cue <= scene.end || phraseStart(tree, source) !== clauseStart(tree, scene.end))
    return content;
  return content.filter((t) => t > scene.end);
}

/** The first word after comma `comma` and any closing quotation marks ('on "This Morning," the senator said'). */
function clauseStart(tree: DependencyTree, comma: number): number {
  let t = comma + 1;
  while (t < tree.size && isDoubleMark(tree, t)) t++;
  return t;
}

/** Some subject's phrase opens at token `t`. */
function subjectStartsAt(tree: DependencyTree, t: number): boolean {
  for (let s = t; s <= tree.size; s++) if (/^nsubj/.test(tree.relation(s)) && phraseStart(tree, s) === t) return true;
  return false;
}

function phraseStart(tree: DependencyTree, head: number): number {
  return Math.min(...tree.subtree(head));
}
