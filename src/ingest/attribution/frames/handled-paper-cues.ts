/**
 * "Jail records obtained by the Boston Globe show S": the parser reads the reduced relative
 * ("obtained") as the main verb with the papers as its subject, and then either tags the cue as a
 * noun closing the outlet's name ("the Lexington Herald-Leader show", with the reported clause
 * hung on the participle) or hangs it as a loose dependent of the reported clause. Either way no
 * frame proposed the cue. The papers are its source (`outlet-documents.ts` then gives the claim to
 * the outlet that handled them) and the clause after the cue its content.
 */
import type { DependencyTree } from '../tree.ts';

/** Verbs of handling papers whose participle the parser takes for the main verb. */
const HANDLING = new Set(['obtain', 'see', 'review', 'examine', 'view', 'acquire', 'analyze', 'analyse']);
/** What papers show; the word, since a cue tagged as a noun has a noun's lemma ("shows" → "show"). */
const SHOWING = /^(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|suggest|suggests|suggested)$/i;
const CLAUSE = /^(ccomp|parataxis)$/;

export interface HandledPaperCue {
  content: number[];
  source: number;
}

/** `v` as the cue of papers handled by someone, misread as described above; undefined otherwise. */
export function handledPaperCue(tree: DependencyTree, v: number): HandledPaperCue | undefined {
  if (!SHOWING.test(tree.token(v).word)) return undefined;
  const relation = tree.relation(v);
  // "… the Lexington Herald-Leader show(NN) Mayhew was …": the cue heads the "by" phrase; the clause hangs on the participle.
  if (relation === 'obl' && tree.hasCase(v, 'by') && tree.subtree(v).every((t) => t <= v)) {
    const participle = tree.head(v);
    const source = papersHandled(tree, participle, v);
    const clause = tree.children(participle, CLAUSE).find((c) => c > v);
    if (source === undefined || clause === undefined) return undefined;
    return { content: tree.subtree(clause).filter((t) => t > v), source };
  }
  // "… the Boston Globe show(VBP) Mayhew was checked …": the cue hangs loose on the clause the participle governs.
  if (relation === 'dep') {
    const clause = tree.head(v);
    const participle = tree.head(clause);
    if (clause < v || !CLAUSE.test(tree.relation(clause))) return undefined;
    const source = papersHandled(tree, participle, v);
    if (source === undefined) return undefined;
    return { content: tree.subtree(clause).filter((t) => t > v), source };
  }
  return undefined;
}

/** The papers subject of `participle`, a root participle of handling whose "by" phrase ends right before the cue `v`. */
function papersHandled(tree: DependencyTree, participle: number, v: number): number | undefined {
  if (participle === 0 || tree.relation(participle) !== 'ROOT') return undefined;
  const token = tree.token(participle);
  if (!/^VB[ND]$/.test(token.pos) || !HANDLING.has(token.lemma.toLowerCase())) return undefined;
  if (tree.child(participle, /^(aux|aux:pass|obj)$/) !== undefined) return undefined;
  const papers = tree.child(participle, 'nsubj');
  if (papers === undefined || papers > participle || !/^NNS?$/.test(tree.token(papers).pos)) return undefined;
  const agent = tree.children(participle, 'obl').find((o) => o > participle && tree.hasCase(o, 'by'));
  if (agent === undefined) return undefined;
  const agentEnd = Math.max(...tree.subtree(agent));
  return agent === v || agentEnd === v - 1 ? papers : undefined;
}
