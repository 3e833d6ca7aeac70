/**
 * "Ruiz said the fee would rise, a claim that the mayor disputes": a noun set off by a comma or a dash
 * that sums up what came before ("a claim", "a point", "an offer", "something"), with a relative clause
 * that has a subject of its own. The clause is that subject's attribution, of the noun (or of the
 * relative pronoun), not part of the first speaker's content; PolNeAR marks the two apart. The parser
 * hangs such a noun in many ways (an object, an adverbial noun, a loose dependent), so the noun is found
 * from the relative clause up, by the comma or dash right before its phrase.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { DependencyTree } from '../tree.ts';

const OPENING = /^(,|--|—|–|-LRB-|\()$/;
/** The noun must not be a clause's subject ("said, the plan the board approved is flawed"). */
const SUBJECT = /^(nsubj|csubj)/;

/**
 * The summing-up noun whose relative clause `verb` heads, when the clause has a subject of its own and
 * the noun's phrase opens right after a comma, a dash or a bracket; undefined otherwise.
 */
export function appositiveNounOf(tree: DependencyTree, verb: number): number | undefined {
  if (tree.relation(verb) !== 'acl:relcl') return undefined;
  const subjects = tree.children(verb, /^nsubj/);
  if (!subjects.length || subjects.some((t) => /^(WP|WDT)$/.test(tree.token(t).pos))) return undefined;
  const noun = tree.head(verb);
  if (!/^NN/.test(tree.token(noun).pos) || SUBJECT.test(tree.relation(noun))) return undefined;
  // The clause follows the noun at once ("a claim the mayor disputes", "a claim that the mayor disputes").
  if (tree.subtree(verb)[0] !== noun + 1) return undefined;
  const opener = tree.subtree(noun)[0] - 1;
  return opener >= 1 && OPENING.test(tree.token(opener).word) ? noun : undefined;
}

interface Reading {
  sentence: number;
  cue: { token: number };
  content: TextSpan[];
}

/**
 * A reading of such a clause whose content is only its relative pronoun ("that") takes in the noun before
 * it ("a charge that"): annotators mark either one as what the clause's speaker disputes, and the two
 * together overlap both. Contents are changed in place.
 */
export function widenToAppositiveNouns(doc: NlpDocument, found: Reading[]): void {
  for (const a of found) {
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    const noun = appositiveNounOf(tree, a.cue.token);
    if (noun === undefined || a.content.length !== 1) continue;
    const pronoun = tree.token(noun + 1);
    if (!/^(WDT|WP)$/.test(pronoun.pos) || a.content[0].start !== pronoun.start || a.content[0].end !== pronoun.end) continue;
    a.content = [{ start: tree.token(tree.subtree(noun)[0]).start, end: pronoun.end }];
  }
}
