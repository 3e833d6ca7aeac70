/**
 * "Ruiz spent much of her speech praising S", "Reyes spent most of the campaign attacking X": the
 * one who spends the time does what the participle says. The parser makes the time the
 * participle's subject ("much ... praising") or hangs the participle on it ("the campaign
 * attacking"), so the participle would name the time or the event as its speaker.
 */
import { DependencyTree } from '../tree.ts';

/** Words for the share of a time or an event that is spent ("much of", "most of the week", "two days"). */
const SPENT =
  /^(much|most|part|all|some|rest|bulk|half|lot|time|moment|minute|hour|day|week|month|year|morning|afternoon|evening|night|weekend|summer|speech|campaign)$/;

export function spentTimeSubject(tree: DependencyTree, v: number): number | undefined {
  if (tree.token(v).pos !== 'VBG') return undefined;
  const isSpend = (i: number) => i > 0 && tree.token(i).lemma.toLowerCase() === 'spend';
  const isSpent = (i: number | undefined) => i !== undefined && SPENT.test(tree.token(i).lemma.toLowerCase());
  const rel = tree.relation(v);
  let spend: number | undefined;
  if (/^(dep|xcomp|advcl)$/.test(rel) && isSpend(tree.head(v))) {
    // "spent much of her speech praising S": the parser's subject of "praising" is "much".
    const own = tree.child(v, /^nsubj/);
    if (own === undefined || isSpent(own)) spend = tree.head(v);
  } else if (rel === 'acl') {
    // "spent most of the campaign attacking X": the participle hangs on "the campaign".
    const noun = tree.head(v);
    const share = tree.relation(noun) === 'nmod' ? tree.head(noun) : noun;
    if (tree.relation(share) === 'obj' && isSpent(share) && isSpend(tree.head(share))) spend = tree.head(share);
  }
  return spend === undefined ? undefined : tree.child(spend, /^nsubj/);
}
