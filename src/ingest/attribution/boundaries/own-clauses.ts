/**
 * A speaker's content ends where the same speaker's next clause begins. In "Lopez called for an
 * audit of the fund, describing its managers as careless" or "Okafor predicted that the economy
 * would recover and praised the bank", the parser often hangs the second verb inside the first
 * one's content (on "audit", on "recover"), so the first content swallows it and the second verb
 * takes the wrong subject, while PolNeAR marks two attributions of one speaker. A participle after
 * a comma, or a conjunct verb with no subject of its own in the cue's tense (its own or its
 * auxiliary's: "concluded that S, but did not recommend S2") where the word it hangs on has another,
 * ends the content before it and speaks for the cue's source.
 */
import type { Candidate } from '../frames/frames.ts';
import type { DependencyTree } from '../tree.ts';
import { answersInnerSpeaker } from './inner-speakers.ts';
import { sharesReportedSubject } from './shared-subject-conjuncts.ts';

const LOOSE = /^(dep|acl|advcl|parataxis|conj|xcomp)$/;

/** The sentence's candidates with contents cut before their speaker's next clause, and that clause's candidates given the speaker. */
export function splitOwnClauses(tree: DependencyTree, proposed: Candidate[]): Candidate[] {
  const cues = new Set(proposed.map((c) => c.cue));
  const speaker = new Map<number, number>();
  const cut = proposed.map((c) => {
    if (c.source === undefined || !c.content.length) return c;
    const inContent = new Set(c.content);
    const clause = c.content.find(
      (t) =>
        t > c.cue &&
        cues.has(t) &&
        inContent.has(tree.head(t)) &&
        ownClause(tree, c.cue, t) &&
        !answersInnerSpeaker(tree, c.cue, c.source!, t),
    );
    if (clause === undefined) return c;
    const start = tree.subtree(clause)[0];
    const content = c.content.filter((t) => t < start);
    if (content.length < 2) return c;
    if (!speaker.has(clause)) speaker.set(clause, c.source);
    return { ...c, content };
  });
  return cut.map((c) => (speaker.has(c.cue) ? { ...c, source: speaker.get(c.cue) } : c));
}

function ownClause(tree: DependencyTree, cue: number, t: number): boolean {
  const rel = tree.relation(t);
  if (!LOOSE.test(rel)) return false;
  const word = tree.token(t);
  if (word.pos === 'VBG') return rel !== 'conj' && afterComma(tree, t);
  const cuePos = tree.token(cue).pos;
  // "concluded that S, but did not recommend S2", "says S but has withheld Y": the auxiliary carries the tense.
  const pos = finiteAuxiliary(tree, t) ?? word.pos;
  // "X has said that S, but praised Y": a past tense goes with a present perfect's participle too.
  const tense = pos === cuePos || (cuePos === 'VBN' && pos === 'VBD');
  if (rel !== 'conj' || !/^VB[DZP]$/.test(pos) || !tense) return false;
  // "have surrendered or sabotaged": a past participle the tagger read as a past tense shares its head's auxiliary.
  // "said she was relieved but feared S": a conjunct in its head's own tense shares the reported subject.
  if (sharesReportedSubject(tree, t, pos)) return false;
  const head = tree.token(tree.head(t)).pos;
  return head !== pos && !(head === 'VBN' && pos === 'VBD') && tree.children(t, /^nsubj/).length === 0;
}

/** The tense of a verb's own finite auxiliary ("did not recommend", "has withheld"), if it has one. */
function finiteAuxiliary(tree: DependencyTree, t: number): string | undefined {
  const aux = tree.children(t, 'aux').map((k) => tree.token(k).pos);
  return aux.find((p) => /^VB[DZP]$/.test(p));
}

/** A comma right before `t`, or before the closing quotation mark right before it ('"S," describing'). */
function afterComma(tree: DependencyTree, t: number): boolean {
  const before = tree.token(t - 1).word;
  if (before === ',') return true;
  return /^(''|"|”|’)$/.test(before) && t > 2 && tree.token(t - 2).word === ',';
}
