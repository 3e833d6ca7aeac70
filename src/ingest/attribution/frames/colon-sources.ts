/**
 * Who speaks before a colon: "NY Daily News: S" or "Insiders: S" opening a headline, a name and
 * whom or what it speaks to or about ("Mayor Ruiz on the Transit Levy: S"), or a name that
 * introduces a quotation ("— Carl Bialik: “S”", "More from Jones: “S”").
 */
import { DependencyTree, isPunct, tokenRange } from '../tree.ts';

/** The source head before the colon at `colon`, or undefined when nobody stands there. */
export function colonSource(tree: DependencyTree, colon: number): number | undefined {
  return (
    headlineSource(tree, colon) ??
    commonNounHeadline(tree, colon) ??
    nameBeforeQuotation(tree, colon) ??
    addressedHeadline(tree, colon) ??
    quotedFrom(tree, colon)
  );
}

/** Prepositions after a headline's speaker that say whom or what the headline's quote addresses. */
const ADDRESS_CASES = new Set(['on', 'to', 'at']);
/** How far into the sentence the colon of a headline with an addressed phrase may stand. */
const MAX_ADDRESSED_COLON = 14;

/**
 * "Mayor Ruiz on the Transit Levy: S", "Former Governor Hale to Voters: S": a name (after at most
 * a title adjective) opens the sentence, then on/to/at and a phrase without punctuation run to the
 * colon. The name's last word heads the source.
 */
function addressedHeadline(tree: DependencyTree, colon: number): number | undefined {
  if (colon > MAX_ADDRESSED_COLON || tree.size - colon < 3) return undefined;
  let p = 1;
  while ((p < colon && /^(NNP|NNPS)$/.test(tree.token(p).pos)) || (p === 1 && tree.token(p).pos === 'JJ')) p++;
  const name = tokenRange(1, p - 1).filter((i) => /^NNPS?$/.test(tree.token(i).pos));
  if (name.length === 0 || p >= colon - 1 || !ADDRESS_CASES.has(tree.token(p).word.toLowerCase())) return undefined;
  if (tokenRange(p + 1, colon - 1).some((i) => isPunct(tree.token(i)))) return undefined;
  return name.at(-1);
}

/** "NY Daily News: S" opening a sentence: the name before the colon (at most 6 words, capitalised) heads the source. */
function headlineSource(tree: DependencyTree, colon: number): number | undefined {
  if (colon > 7 || tree.size - colon < 4) return undefined;
  const before = tokenRange(1, colon - 1);
  if (
    !before.every(
      (i) => /^(NNP|NNPS|POS|HYPH|CC|IN|DT|NN)$/.test(tree.token(i).pos) || isPunct(tree.token(i)) || isMistaggedCapital(tree, i),
    )
  )
    return undefined;
  if (!before.some((i) => /^NNPS?$/.test(tree.token(i).pos))) return undefined;
  const heads = before.filter((i) => !before.includes(tree.head(i)) && !isPunct(tree.token(i)) && !isMistaggedCapital(tree, i));
  return heads.length === 1 ? heads[0] : before.filter((i) => /^NNPS?$/.test(tree.token(i).pos)).at(-1);
}

/**
 * "OK Gov Fallin", "EXCLUSIVE – Roger Stone": a capitalised word the tagger took for an interjection or
 * adjective in a headline's name.
 */
function isMistaggedCapital(tree: DependencyTree, i: number): boolean {
  return /^(UH|JJ)$/.test(tree.token(i).pos) && /^[A-Z]+$/.test(tree.token(i).word);
}

/** "Insiders: Trump will rebound", "Report: S": one capitalised common noun opening the sentence (not "Q:" or "A:"). */
function commonNounHeadline(tree: DependencyTree, colon: number): number | undefined {
  if (colon !== 2 || tree.size - colon < 4) return undefined;
  const t = tree.token(1);
  return /^NNS?$/.test(t.pos) && /^[A-Z][A-Za-z]{2,}$/.test(t.word) ? 1 : undefined;
}

const DASHES = /^(-|--|—|–)$/;
/** "he tweeted about ... Donald Trump: “S”": an ellipsis sets a name off like a dash. */
const ELLIPSES = /^(\.\.\.|…)$/;

/**
 * '— Carl Bialik: “S”', 'More from Jones: “S”', 'Former secretary of state Hillary Clinton: “S”': a
 * proper-noun run closes right before a colon that opens a quotation, and stands first in the
 * sentence, after a title, a dash or "from".
 */
function nameBeforeQuotation(tree: DependencyTree, colon: number): number | undefined {
  if (colon >= tree.size || !isOpeningMark(tree, colon + 1)) return undefined;
  let first = colon;
  // 'Mark Blumenthal and Jon Cohen:', '— HuffPollster:' (a capitalised word the tagger took for a common noun, after a dash)
  const partOfName = (i: number) =>
    /^NNPS?$/.test(tree.token(i).pos) ||
    (tree.token(i).word === 'and' && i > 1 && /^NNPS?$/.test(tree.token(i - 1).pos) && /^NNPS?$/.test(tree.token(i + 1).pos)) ||
    (tree.token(i).pos === 'NN' && /^[A-Z]/.test(tree.token(i).word) && i > 1 && isDash(tree, i - 1));
  while (first > 1 && partOfName(first - 1)) first--;
  if (first === colon) return undefined;
  const before = first - 1;
  const opens =
    before === 0 ||
    DASHES.test(tree.token(before).word) ||
    ELLIPSES.test(tree.token(before).word) ||
    tree.token(before).pos === 'HYPH' ||
    tree.token(before).lemma.toLowerCase() === 'from' ||
    (before <= 6 && tokenRange(1, before).every((i) => /^(JJ|NN|NNS|IN|DT)$/.test(tree.token(i).pos)));
  if (!opens) return undefined;
  const name = tokenRange(first, colon - 1);
  const heads = name.filter((i) => !name.includes(tree.head(i)));
  return heads.length === 1 ? heads[0] : colon - 1;
}

/**
 * "From the report: “S”", "More from the letter: “S”": "from" and a noun phrase open the sentence (or
 * follow a dash) and close at a colon that opens a quotation; the noun phrase's head speaks.
 */
function quotedFrom(tree: DependencyTree, colon: number): number | undefined {
  if (colon >= tree.size || !isOpeningMark(tree, colon + 1) || !/^NNS?$/.test(tree.token(colon - 1).pos)) return undefined;
  let from = colon - 2;
  while (from > 0 && /^(DT|PRP\$|JJ|NN|NNS)$/.test(tree.token(from).pos)) from--;
  if (from < 1 || tree.token(from).lemma.toLowerCase() !== 'from') return undefined;
  const opener = from > 1 && tree.token(from - 1).lemma.toLowerCase() === 'more' ? from - 1 : from;
  return opener === 1 || isDash(tree, opener - 1) ? colon - 1 : undefined;
}

function isDash(tree: DependencyTree, i: number): boolean {
  return DASHES.test(tree.token(i).word) || tree.token(i).pos === 'HYPH';
}

function isOpeningMark(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  return t.pos === '``' || t.word === '“' || t.word === '"';
}
