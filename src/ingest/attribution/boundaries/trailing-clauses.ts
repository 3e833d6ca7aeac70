/**
 * PolNeAR never nests attributions, so a relative clause or an appositive that holds another
 * speaker's cue is left out of the content it hangs in: in "Ruiz cited the audit, which the
 * board said was rushed" or "Lee said the fee would rise, a claim the mayor disputes", the
 * annotated content ends at the comma, and the clause after it is an attribution of its own.
 * The parser hangs such a clause inside the first content, which then swallows the second.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { DependencyTree } from '../tree.ts';
import { wordCount } from './content-ends.ts';
import { appositiveNounOf } from './appositive-relatives.ts';

const TRAILING = /^(acl:relcl|appos)$/;
const OPENING = /^(,|--|—|–|-LRB-|\()$/;
/** Words the content keeps before the clause, at least: a shorter rest is no claim of its own. */
const MIN_WORDS = 3;

interface Cut {
  sentence: number;
  cue: { token: number };
  content: TextSpan[];
  continued?: boolean;
}

/**
 * Cuts each attribution's content before a relative clause or appositive, opened by a comma, a dash
 * or a bracket, that holds one of `cues` (another candidate's cue of the same sentence); the words
 * after the clause stay. Contents are changed in place. The clause's own attribution is not added:
 * where it was kept beside the outer one, dev lost precision; only a relative clause with a subject of its own
 * ("which the board said") stands beside it (relative-speakers.ts).
 */
export function cutTrailingClauses(
  text: string,
  doc: NlpDocument,
  found: Cut[],
  cues: Array<{ sentence: number; cue: { token: number } }>,
): void {
  for (const a of found) {
    if (a.continued) continue;
    const others = cues.filter((c) => c.sentence === a.sentence && c.cue.token !== a.cue.token).map((c) => c.cue.token);
    if (!others.length) continue;
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    const last = a.content.at(-1)!;
    const inContent = (i: number) => last.start <= tree.token(i).start && tree.token(i).end <= last.end;
    for (let j = 1; j <= tree.size; j++) {
      // "S, a claim that the mayor disputes": the summing-up noun's phrase is the clause (appositive-relatives.ts).
      const i = appositiveNounOf(tree, j) ?? j;
      if (i === j && !TRAILING.test(tree.relation(i))) continue;
      if (!inContent(i) || !inContent(tree.head(i)) || tree.dominates(i, a.cue.token)) continue;
      const clause = tree.subtree(i);
      const opener = clause[0] - 1;
      if (opener < 1 || !OPENING.test(tree.token(opener).word) || !inContent(opener)) continue;
      if (!others.some((t) => clause.includes(t))) continue;
      const cutAt = tree.token(opener).start;
      if (wordCount(text.slice(last.start, cutAt)) < MIN_WORDS) continue;
      const after = afterClause(text, tree.token(clause.at(-1)!).end, last.end);
      a.content = [...a.content.slice(0, -1), { start: last.start, end: cutAt }, ...(after ? [after] : [])];
      break;
    }
  }
}

/** The words of the content after the clause, past the punctuation that closes it. */
function afterClause(text: string, from: number, end: number): TextSpan | undefined {
  const rest = /^[\s,;:—–)-]*/.exec(text.slice(from, end))![0].length;
  return /\w/.test(text.slice(from + rest, end)) ? { start: from + rest, end } : undefined;
}
