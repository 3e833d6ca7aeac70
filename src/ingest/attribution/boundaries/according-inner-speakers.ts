/**
 * "The mayor praised the crews over the weekend, and the repairs cost far less than feared, according
 * to city records": an "according to" phrase closing a sentence takes the rest of the sentence
 * (according-spans.ts), but when the part before holds another speaker's own attribution, PolNeAR
 * marks the two apart: the report holds only the last clause ("the repairs cost far less than
 * feared"), and the praise is the mayor's. The same goes for a fronted clause ("When the mayor
 * announced the plan, the council was meeting, according to two aides") and for a relative clause the
 * parser hung the phrase on ("The mayor named a new clerk, who had run the archive, according to the
 * Ledger"). The report's content is cut to the clause the parser hung the phrase on when that leaves
 * the other speaker out, or else to the clause after the comma that closes the other speaker's part.
 * "X said S, according to Y" stays whole (credits/according-reports.ts): the remaining clause must not
 * be part of the other speaker's content. So does a survey's count of respondents ("Nearly two in three
 * say S1, but S2, according to the survey"): they speak through the report.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { DependencyTree, isPunct, isVerbOrPredicate } from '../tree.ts';
import { isCount } from '../sources/poll-respondents.ts';
import { accordingRest } from './according-spans.ts';

interface Reading {
  sentence: number;
  cue: { token: number; lemma: string; span: TextSpan };
  frame: string;
  content: TextSpan[];
  source: number;
  claimants: Array<{ name: string }>;
  confidence: number;
}

const within = (outer: TextSpan, inner: TextSpan) => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;

/**
 * Cuts, in place, each closing "according to" content that holds another speaker's attribution down to
 * its own last clause. Only a reading at least `likely` counts: a weak one is a verb of doing, not saying.
 */
export function cutAccordingBeforeInnerSpeakers(doc: NlpDocument, readings: Reading[], likely: number): void {
  for (const report of readings) {
    if (report.frame !== 'according' || report.content.length !== 1 || !report.claimants.length) continue;
    const tree = DependencyTree.of(doc.sentences[report.sentence]);
    const rest = accordingRest(tree, report.cue.token, report.source);
    if (!rest?.closing) continue;
    const inner = readings.find(
      (b) =>
        b !== report &&
        b.sentence === report.sentence &&
        b.confidence >= likely &&
        b.claimants.length > 0 &&
        b.claimants[0].name !== report.claimants[0].name &&
        b.source > 0 &&
        !isCount(tree, b.source) &&
        rest.tokens.includes(b.cue.token) &&
        rest.tokens.includes(b.source),
    );
    if (!inner) continue;
    const own = ownClause(tree, report.source, inner) ?? clauseAfterInner(tree, rest.tokens, inner);
    const span = own && tree.span(own);
    if (span && within(report.content[0], span)) report.content = [span];
  }
}

/** The clause the parser hung the phrase on, when it leaves out the other speaker's cue, source and content. */
function ownClause(tree: DependencyTree, source: number, inner: Reading): number[] | undefined {
  const clause = tree.head(source);
  if (clause === 0 || !isVerbOrPredicate(tree, clause)) return undefined;
  const phrase = new Set(tree.subtree(source));
  const tokens = tree.subtree(clause).filter((t) => !phrase.has(t));
  const chars = tree.span(tokens);
  if (!chars || tokens.includes(inner.cue.token) || tokens.includes(inner.source) || inner.content.some((s) => overlaps(s, chars)))
    return undefined;
  return words(tree, tokens) >= 3 ? tokens : undefined;
}

/**
 * The tokens after the first comma past the other speaker's cue and source whose remainder is one clause
 * of its own (a single head that is a verb or predicate), outside the other speaker's content; or a
 * relative clause set off by that comma ("…, which stood at 263"), which the other speaker's content
 * then gives up.
 */
function clauseAfterInner(tree: DependencyTree, rest: number[], inner: Reading): number[] | undefined {
  const from = Math.max(inner.cue.token, inner.source);
  for (const comma of rest.filter((t) => t > from && tree.token(t).word === ',')) {
    let tokens = rest.filter((t) => t > comma);
    if (tree.relation(tokens[0]) === 'cc') tokens = tokens.slice(1);
    const inside = new Set(tokens);
    const heads = tokens.filter((t) => !inside.has(tree.head(t)) && !isPunct(tree.token(t)));
    if (heads.length !== 1 || !isVerbOrPredicate(tree, heads[0]) || words(tree, tokens) < 3) continue;
    const chars = tree.span(tokens)!;
    if (inner.content.some((s) => overlaps(s, chars))) {
      if (!isRelativeClause(tree, heads[0], tokens[0])) return undefined;
      const end = tree.token(comma).start;
      inner.content = inner.content.filter((s) => s.start < end).map((s) => ({ ...s, end: Math.min(s.end, end) }));
    }
    return tokens;
  }
  return undefined;
}

/** A relative clause, or what the parser made of one: "which" or "who" opening it as its head's own dependent. */
function isRelativeClause(tree: DependencyTree, head: number, first: number): boolean {
  return tree.relation(head) === 'acl:relcl' || (/^(WDT|WP)$/.test(tree.token(first).pos) && tree.head(first) === head);
}

function words(tree: DependencyTree, tokens: number[]): number {
  return tokens.filter((t) => !isPunct(tree.token(t))).length;
}
