/**
 * A cue hung inside the clause it reports ("S, she said", "As the mayor noted, S", "The plan, she says, is unworkable"),
 * or dominating it by parataxis, advcl or dep ("S," said X; "S, Ruiz said.").
 */
import { DependencyTree, isPunct, isVerb } from '../tree.ts';
import { closingReportHost } from './closing-reports.ts';
import { closingSayingFrame } from './closing-sayings.ts';
import { closingSentenceContent } from './closing-sentence-credits.ts';
import { contentTokens, markedBy, type Push } from './frame-proposal.ts';
import { endsAtCommaBefore } from './fronted-complements.ts';
import { interruptingAsTail } from './interrupting-as-tails.ts';

/** Proposes them for verb cue `v`; says whether one was taken. */
export function clauseHostProposals(
  tree: DependencyTree,
  v: number,
  source: number | undefined,
  subjects: number[],
  complements: number[],
  push: Push,
): boolean {
  let framed = false;
  const rel = tree.relation(v);
  if (rel === 'parataxis' || rel === 'ccomp' || rel === 'advcl' || rel === 'dep') {
    const head = tree.head(v);
    if (head !== 0 && (subjects.length > 0 || source !== undefined) && head < v) {
      const host = rel === 'parataxis' || rel === 'dep' ? (closingReportHost(tree, v, head) ?? head) : head;
      const frame = rel === 'parataxis' || rel === 'dep' ? (closingSayingFrame(tree, v, host, source) ?? 'parataxis') : 'ccomp-of';
      const sentence = frame === 'ccomp' ? undefined : closingSentenceContent(tree, v, source);
      if (sentence) {
        if (push(v, 'ccomp', sentence, source)) framed = true;
      } else if (push(v, frame, [...contentTokens(tree, host, [v]), ...interruptingAsTail(tree, v)], source)) framed = true;
    } else if (head > v && (rel === 'advcl' || rel === 'dep') && subjects.length > 0 && markedBy(tree, v, 'as')) {
      // "As the mayor noted, S": the clause the cue's "as" clause stands in (a dep where it interrupts that clause:
      // "The ferry is, as the Guardian puts it, "a floating museum"").
      if (push(v, 'ccomp-of', contentTokens(tree, head, [v]), source)) framed = true;
    } else if (head > v && rel === 'parataxis' && subjects.length > 0 && tree.subtree(head).some((t) => t < v && !isPunct(tree.token(t)))) {
      // "The new plan, she says, is unworkable": the cue interrupts the clause it reports.
      if (push(v, 'parataxis', contentTokens(tree, head, [v]), source)) framed = true;
    }
  }
  if (rel === 'ROOT' || rel === 'conj') {
    // "S," said X / S, X said: with no complement of its own, the cue may take a clause it dominates via parataxis.
    for (const p of tree.children(v, 'parataxis')) {
      if (p < v) {
        if (push(v, 'parataxis', contentTokens(tree, p), source)) framed = true;
      }
    }
    // "S, Biden said.": the parser sometimes hangs the clause before the comma as advcl or dep; also with the speaker
    // after the cue ("S, said Okafor"), where the parser made the name the cue's object.
    if (complements.length === 0 && (subjects.length > 0 || (source !== undefined && source > v)))
      for (const p of tree.children(v, /^(advcl|dep)$/)) {
        // A clause with its own subject is the content even when the parser took its verb for a 'to' infinitive.
        const marks = tree.children(p, 'mark').map((m) => tree.token(m).lemma.toLowerCase());
        const unmarked = marks.length === 0 || (marks.every((m) => m === 'to') && tree.child(p, /^nsubj/) !== undefined);
        if (p < v && isVerb(tree.token(p)) && endsAtCommaBefore(tree, p, v) && unmarked) {
          if (push(v, 'parataxis', contentTokens(tree, p), source)) framed = true;
        }
      }
  }
  return framed;
}
