/**
 * "The Gazette quoted Mayor Ellen Park as saying S": the quoting verb's object and its "as saying"
 * clause. The parser hangs that clause on the quoting verb either by "saying" itself or, misread, by
 * S's verb with "saying" a `dep` or `discourse` of it. Read by the attribution stage (the saying is
 * carried inside the quoting: filters/quoted-sayings.ts) and the annotation stage (the quoted person
 * claims S: annotation/quoted-as-saying.ts).
 */
import type { TextSpan } from '../../text/spans.ts';
import type { DependencyTree } from '../tree.ts';

export interface QuotedSaying {
  /** The quoted person's head ("Park" in "quoted Mayor Ellen Park", "Park was quoted by …"): the quoting verb's object or passive subject. */
  quoted?: number;
  /** The "saying" token. */
  saying: number;
  /** The clause hung on the quoting verb: "saying" itself, or S's verb when the parser misread it. */
  clause: number;
  /** What is said: the clause's words after "saying". */
  said?: TextSpan;
}

/** Each "as saying" clause under the quoting verb `cue`, in the order the parser gave them. */
export function quotedSayings(tree: DependencyTree, cue: number): QuotedSaying[] {
  const quoted = tree.child(cue, 'obj') ?? tree.child(cue, 'nsubj:pass');
  const found: QuotedSaying[] = [];
  for (const clause of tree.children(cue, 'advcl')) {
    const saying = [clause, ...tree.children(clause, /^(dep|discourse|mark)$/)].find(
      (t) => tree.token(t).lemma === 'say' && tree.token(t).pos === 'VBG',
    );
    if (saying === undefined) continue;
    const as = [...tree.children(clause, /^(case|mark)$/), ...tree.children(saying, /^(case|mark)$/)];
    if (!as.some((t) => t < saying && /^as$/i.test(tree.token(t).word))) continue;
    const said = tree.span(tree.subtree(clause).filter((t) => t > saying));
    found.push({ ...(quoted === undefined ? {} : { quoted }), saying, clause, ...(said ? { said } : {}) });
  }
  return found;
}

/**
 * "Ruiz was quoted as saying S", with no "by" agent: no one quotes in the sentence, so the quoted
 * subject's saying is read on its own ("saying" the cue, S the content, as "Ruiz said S").
 */
export function agentlessQuotedSaying(
  tree: DependencyTree,
  cue: number,
): { saying: number; content: number[]; source: number } | undefined {
  const token = tree.token(cue);
  if (token.lemma.toLowerCase() !== 'quote' || token.pos !== 'VBN') return undefined;
  const source = tree.child(cue, 'nsubj:pass');
  const byAgent = (t: number) => tree.hasCase(t, 'by');
  if (source === undefined || tree.children(cue, /^obl/).some(byAgent)) return undefined;
  const found = quotedSayings(tree, cue).find((s) => s.quoted === source && s.said);
  if (!found) return undefined;
  return { saying: found.saying, content: tree.subtree(found.clause).filter((t) => t > found.saying), source };
}
