/**
 * "The storm claimed six lives", "she claimed the title", "Velora recalled 80,000 chargers": a claim
 * of a life or a title, or a recall of counted goods, takes something or takes it back; nothing is
 * asserted or remembered. So does an organization's recall of anything ("Lumen Foods Recalls Frozen
 * Waffles"): companies recall products, not memories (PolNeAR train's one organization recalling an
 * object, "Recalling the pitfalls of the last election, the RNC began …", matches no attribution).
 * PolNeAR train keeps its readings of "claimed the prize for exceeding expectations", "recalling a
 * 2007 bill" and "claimed nearly 400 delegates participated" (a clause the parser hung as the object),
 * so prizes, years and counts after "claim" are left alone. An organization recalling quoted words
 * ("Recalling ''the consequences …,'' the statement urged", the statement a museum issued) remembers them.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

/** What is won, or lost to a disaster. */
const TAKEN_BY_CLAIM = new Set(['title', 'crown', 'medal', 'trophy', 'championship', 'pennant', 'life', 'lives']);
const YEAR = /^(1[89]|20)\d\d$/;
/** What an organization recalls: an object, or one the parser read as a small clause ("is recalling puzzles sold at X"). */
const RECALLED_THING = /^(obj|xcomp)$/;
const QUOTE_MARK = /^(``|''|[“”"])$/;

function isClaimedTitle(tree: DependencyTree, object: number): boolean {
  return TAKEN_BY_CLAIM.has(tree.token(object).lemma.toLowerCase());
}

function isRecalledGoods(tree: DependencyTree, object: number): boolean {
  if (tree.token(object).pos !== 'NNS') return false;
  return tree.children(object, 'nummod').some((n) => !YEAR.test(tree.token(n).word));
}

/** "Recalling ''the consequences to Jews …,'' the statement urged": quoted words are recalled, not goods. */
function recallsQuotedWords(tree: DependencyTree, cue: number): boolean {
  return tree.children(cue, RECALLED_THING).some((o) => {
    const first = tree.subtree(o)[0];
    return [first - 1, first].some((i) => i > cue && QUOTE_MARK.test(tree.token(i).word));
  });
}

/** A claim reading whose object is a title or lives, a recall reading whose object is counted goods, or an organization's recall. */
export function isTakenObject(tree: DependencyTree, a: CueReading): boolean {
  if (a.cue.lemma === 'recall' && RECALLED_THING.test(a.frame) && a.claimants?.[0]?.type === 'ORGANIZATION')
    return !recallsQuotedWords(tree, a.cue.token);
  const taken = a.cue.lemma === 'claim' ? isClaimedTitle : a.cue.lemma === 'recall' ? isRecalledGoods : undefined;
  if (!taken) return false;
  return tree.children(a.cue.token, 'obj').some((o) => taken(tree, o));
}
