/**
 * Finds who says what in one unit (a sentence, or sentences joined by an open quote):
 * reporting verbs with the speaker before ("Ukraine says ...") or after ("..., said
 * Muneer Own"), appositions ("Svetlana Golub, head of ..., tells"), outlets cited as the
 * channel (", Reuters reports", "tells the Guardian", "according to a New York Times
 * report", "per the AP").
 */
import { isOutlet } from './gazetteer.ts';
import { splitPronounClauses } from './continuation.ts';
import { clauseStartBefore, isNounPhraseToken, isQuoteMark, trimEnd } from './phrases.ts';
import { creditInRelative, relativeContentOk, speakerBeforeWho, spanOf } from './relative.ts';
import type { Quote } from './quotes.ts';
import type { EntityRecord } from './registry.ts';
import { resolveSpeaker, resolveSpeakers, type SpeakerContext } from './speakers.ts';
import type { TextSpan, Token } from './types.ts';
import { reportingLemma, WEAK_VERBS } from './verbs.ts';

export interface Attribution {
  speakers: EntityRecord[];
  verb: Token;
  lemma: string;
  /** What is said: before the verb for `"...," she says`, after it for `she says ...`. */
  content: TextSpan;
  /** The clause: speaker, verb and content. */
  clause: TextSpan;
  via: EntityRecord[];
  /** The speaker followed the verb or the content ("..., said X"). */
  contentFirst: boolean;
  /** What a relative-clause credit is about: "VX nerve agent" in "VX nerve agent, which the BBC notes is ...". */
  topic?: TextSpan;
}

export interface UnitAttribution {
  attributions: Attribution[];
  /** Outlets the whole unit is credited to (", Reuters reports."). */
  trailingVia: EntityRecord[];
  /** The verb of the trailing credit ("reports", "per"), when the credit names only outlets. */
  trailingVerb?: Token;
  /** Where the unit's own content ends (before the trailing credit). */
  contentEnd: number;
}

const NOT_AFTER_VERB = new Set(['on', 'of', 'from', 'about', 'in', 'for', 'by', 'with', 'to']);
const PASSIVE_AUX = new Set(['been', 'be', 'being', 'was', 'were', 'is', 'are']);
const CLAUSE_PUNCT = /^[,;:.!?—–()]$/;

export function attributeUnit(ctx: SpeakerContext, from: number, to: number, quotes: Quote[]): UnitAttribution {
  const { tokens } = ctx;
  const inQuote = (t: Token) => quotes.some((q) => q.inner.start <= t.start && t.end <= q.inner.end);
  let end = to;
  while (end > from && /^[.!?"”)]$/.test(tokens[end - 1]!.text)) end--;

  const credits = creditPhrases(ctx, from, end, inQuote);
  const creditStart = credits.length > 0 ? credits[0]!.start : end;
  const trailing = trailingCredit(ctx, from, creditStart, inQuote);
  const contentEnd = trailing ? trailing.start : creditStart;
  const attributions: Attribution[] = [];
  if (trailing && trailing.speakers.length > 0) {
    const clauseFrom = clauseStartBefore(tokens, trailing.start, from);
    attributions.push({
      speakers: trailing.speakers,
      verb: trailing.verb!,
      lemma: trailing.lemma!,
      content: { start: tokens[clauseFrom]!.start, end: tokens[trailing.start - 1]!.end },
      clause: { start: tokens[clauseFrom]!.start, end: tokens[end - 1]!.end },
      via: trailing.via,
      contentFirst: true,
    });
  }
  for (let k = from; k < contentEnd; k++) {
    const t = tokens[k]!;
    if (inQuote(t) || !isReportingVerb(tokens, k, from)) continue;
    const a = coordinated(ctx, k, contentEnd, attributions) ?? speakerFirst(ctx, k, from, contentEnd, quotes) ?? speakerAfter(ctx, k, from, contentEnd);
    if (a) attributions.push(a);
  }
  attributions.sort((a, b) => a.clause.start - b.clause.start);
  // Each clause ends where the next begins.
  for (let i = 0; i + 1 < attributions.length; i++) {
    const next = attributions[i + 1]!;
    const cur = attributions[i]!;
    if (!cur.contentFirst && cur.content.end > next.clause.start) {
      cur.content.end = trimEnd(ctx.text, next.clause.start);
      cur.clause.end = cur.content.end;
    }
  }
  const trailingVia = trailing && trailing.speakers.length === 0 ? [...trailing.via] : [];
  let trailingVerb = trailing && trailing.speakers.length === 0 ? trailing.verb : undefined;
  for (const credit of credits) {
    if (credit.entities.every(isOutlet)) {
      // "..., Ehud Barak vowed, according to the New York Times": credit the nearest clause before it.
      const target = attributions.filter((a) => a.clause.end <= tokens[credit.start]!.start).at(-1);
      if (target) target.via.push(...credit.entities);
      else {
        trailingVia.push(...credit.entities);
        trailingVerb ??= tokens[credit.start + 1];
      }
    } else if (attributions.length === 0) {
      attributions.push({
        speakers: credit.entities,
        verb: tokens[credit.start + 1]!,
        lemma: 'according to',
        content: { start: tokens[from]!.start, end: tokens[credit.start - 1]!.end },
        clause: { start: tokens[from]!.start, end: tokens[credit.end - 1]!.end },
        via: [],
        contentFirst: true,
      });
    }
  }
  return { attributions: splitPronounClauses(ctx, attributions.filter((a) => a.speakers.length > 0), inQuote), trailingVia, trailingVerb, contentEnd: tokens[contentEnd - 1]?.end ?? tokens[from]!.end };
}

export function isReportingVerb(tokens: Token[], k: number, unitStart: number): boolean {
  const t = tokens[k]!;
  const lemma = reportingLemma(t.lower);
  if (!lemma) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (next && next.lower === 'to' && t.pos === 'VERB' && lemma !== 'tell') return false; // "said to be", "believed to have"
  if (prev && PASSIVE_AUX.has(prev.lower)) return false; // "have been reported"
  if (prev && tokens[k - 2]?.lower === 'what') return false; // "what it called"
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  // wink tags "Reuters reports." and "Israel claims the ..." as nouns.
  if (!prev || k === unitStart) return false;
  if (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM') return false;
  if (next && NOT_AFTER_VERB.has(next.lower)) return false;
  return prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON' || prev.text === ',';
}

/** `..., Reuters reports.` / `..., reports Reuters.` / `..., per the AP.` / `..., Own said;` at the end of the unit. */
function trailingCredit(ctx: SpeakerContext, from: number, end: number, inQuote: (t: Token) => boolean) {
  const { tokens } = ctx;
  // The last comma (or closing quote) outside quotes before the end.
  let comma = -1;
  for (let k = end - 1; k > from; k--) {
    const t = tokens[k]!;
    if (inQuote(t)) break;
    if (t.text === ',' || t.text === '—' || isQuoteMark(t)) {
      comma = k;
      break;
    }
  }
  if (comma < 0 || end - comma > 16) return undefined;
  let start = comma + 1;
  if (isQuoteMark(tokens[comma]!) && tokens[comma - 1]?.text === ',') comma--;
  const words = tokens.slice(start, end);
  if (words.length === 0) return undefined;
  const verbAt = words.findIndex((w, i) => isReportingVerb(tokens, start + i, start - 1) || (i === 0 && reportingLemma(w.lower) !== undefined));
  if (verbAt < 0) return undefined;
  const verbIndex = start + verbAt;
  const subject = verbAt === 0 ? [verbIndex + 1, end] : [start, verbIndex];
  if (verbAt !== 0 && verbIndex !== end - 1 && !isDateTail(tokens, verbIndex + 1, end)) return undefined;
  const credited = creditedEntities(ctx, subject[0]!, subject[1]!);
  if (credited.length > 0 && credited.every(isOutlet) && ['report', 'note', 'say', 'write'].includes(reportingLemma(tokens[verbIndex]!.lower)!)) {
    return { start: comma, via: credited, speakers: [] as EntityRecord[], verb: tokens[verbIndex]!, lemma: reportingLemma(tokens[verbIndex]!.lower)! };
  }
  const speakers = resolveSpeakers(ctx, subject[0]!, subject[1]!);
  if (speakers.length === 0) return undefined;
  // "Ehud Barak vowed, according to the New York Times": the speaker's own credit.
  return { start: comma, via: [] as EntityRecord[], speakers, verb: tokens[verbIndex]!, lemma: reportingLemma(tokens[verbIndex]!.lower)! };
}

function isDateTail(tokens: Token[], from: number, end: number): boolean {
  return end - from <= 3 && tokens.slice(from, end).every((t) => /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|on|last|this|week|morning|night)$/i.test(t.text));
}

/** ", according to volunteers who ..." / ", per the AP" / ", according to a New York Times report on ...". */
function creditPhrases(ctx: SpeakerContext, from: number, end: number, inQuote: (t: Token) => boolean) {
  const { tokens } = ctx;
  const out: Array<{ start: number; end: number; entities: EntityRecord[] }> = [];
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k]!;
    if (inQuote(t) || tokens[k - 1]!.text !== ',') continue;
    let np = -1;
    if (t.lower === 'per') np = k + 1;
    else if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') np = k + 2;
    if (np < 0) continue;
    let npEnd = np;
    while (npEnd < end && isNounPhraseToken(tokens, npEnd)) npEnd++;
    const entities = creditedEntities(ctx, np, npEnd);
    if (entities.length > 0) out.push({ start: k - 1, end: npEnd, entities });
  }
  return out;
}

/** Entities named in tokens [from, to): "the New York Times and Press TV", "a New York Times report". */
function creditedEntities(ctx: SpeakerContext, from: number, to: number, create = true): EntityRecord[] {
  const found: EntityRecord[] = [];
  for (let k = from; k < to; k++) {
    const r = ctx.registry.at(ctx.tokens[k]!.start);
    if (r && !found.includes(r)) found.push(r);
  }
  if (found.length > 0 || !create) return found;
  const speaker = resolveSpeaker(ctx, from, to);
  return speaker ? [speaker] : [];
}

/** `SPEAKER [, apposition,] [adverbs] VERB [addressee] [that] CONTENT` */
function speakerFirst(ctx: SpeakerContext, k: number, unitFrom: number, contentEnd: number, quotes: Quote[]): Attribution | undefined {
  const { tokens } = ctx;
  let j = k - 1;
  while (j >= unitFrom && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX' || /^(also|previously|now|however|then|not|n't)$/i.test(tokens[j]!.text))) j--;
  let subjectEnd = j + 1;
  let subjectStart: number;
  let relative = speakerBeforeWho(tokens, j, unitFrom);
  if (relative) {
    [subjectStart, subjectEnd] = relative.antecedent;
  } else if (j >= unitFrom && tokens[j]!.text === ',') {
    // Apposition or parenthetical: the subject is the clause's first noun phrase, up to its comma.
    const clauseStart = clauseStartBefore(tokens, j, unitFrom);
    let firstComma = clauseStart;
    while (firstComma < j && tokens[firstComma]!.text !== ',') firstComma++;
    if (firstComma === clauseStart) return undefined;
    if (/^["“”]$/.test(tokens[j - 1]?.text ?? '') || isQuoteMark(tokens[firstComma - 1]!)) return undefined;
    subjectStart = clauseStart;
    subjectEnd = firstComma;
    apposition(ctx, clauseStart, firstComma, j);
  } else {
    subjectStart = subjectEnd;
    while (subjectStart > unitFrom && isNounPhraseToken(tokens, subjectStart - 1)) subjectStart--;
    relative = creditInRelative(tokens, subjectStart, unitFrom);
  }
  if (subjectEnd <= subjectStart) return undefined;
  // `"...," she says.`: the content precedes, handled by speakerAfter.
  const after = tokens[k + 1];
  if (!after || k + 1 >= contentEnd || /^[.;!?]$/.test(after.text) || (after.text === ',' && isQuoteMark(tokens[subjectStart - 1] ?? after))) return undefined;
  const lemma = reportingLemma(tokens[k]!.lower)!;
  let c = k + 1;
  const via: EntityRecord[] = [];
  // Addressee: "tells the Guardian that", "told the mothers of ... that", "told his story to CNN:".
  if (lemma === 'tell' || lemma === 'urge' || lemma === 'warn') {
    let m = c;
    while (m < contentEnd && !/^(that|to|:)$/.test(tokens[m]!.lower) && tokens[m]!.text !== ',' && !(tokens[m]!.pos === 'PRON' && m > c)) m++;
    const addressee = creditedEntities(ctx, c, m, false).filter(isOutlet);
    via.push(...addressee);
    if (tokens[m]?.lower === 'to' && lemma === 'tell') {
      let n = m + 1;
      while (n < contentEnd && tokens[n]!.text !== ':' && tokens[n]!.text !== ',') n++;
      via.push(...creditedEntities(ctx, m + 1, n, false).filter(isOutlet));
      m = n;
    }
    if (m < contentEnd && m - c <= 12) c = m;
  }
  while (c < contentEnd && /^(that|:|,)$/i.test(tokens[c]!.lower)) c++;
  if (c >= contentEnd) return undefined;
  const quoteFollows = quotes.some((q) => q.start >= tokens[k]!.end && q.start - tokens[k]!.end < 60);
  if (relative?.kind === 'which') {
    if (!relativeContentOk(tokens, c)) return undefined;
  } else if (WEAK_VERBS.has(lemma) && tokens[k + 1]?.lower !== 'that' && !quoteFollows && tokens[k]!.pos !== 'VERB') return undefined;
  if ((lemma === 'call' || lemma === 'describe') && !quoteFollows) return undefined;
  if (tokens[k + 1]?.pos === 'DET' && tokens[k + 1]!.lower !== 'that' && ['tweet', 'write', 'add', 'report'].includes(lemma)) return undefined;
  const speakers = resolveSpeakers(ctx, subjectStart, subjectEnd);
  return {
    speakers,
    verb: tokens[k]!,
    lemma,
    content: { start: tokens[c]!.start, end: tokens[contentEnd - 1]!.end },
    clause: { start: tokens[relative?.clauseStart ?? subjectStart]!.start, end: tokens[contentEnd - 1]!.end },
    via,
    contentFirst: false,
    ...(relative?.kind === 'which' ? { topic: spanOf(tokens, relative.antecedent) } : {}),
  };
}

/** `"...," she says` / `..., said Muneer Own` / `..., Own said;` */
function speakerAfter(ctx: SpeakerContext, k: number, unitFrom: number, contentEnd: number): Attribution | undefined {
  const { tokens } = ctx;
  const lemma = reportingLemma(tokens[k]!.lower)!;
  const before = tokens[k - 1];
  let speakerFrom: number;
  let speakerTo: number;
  let contentStop: number;
  if (tokens[k]!.lower.endsWith('ing')) return undefined;
  if (before && (before.text === ',' || isQuoteMark(before))) {
    // ", said Muneer Own" / '," says a State Department spokesman'
    if (!['DET', 'PROPN', 'PRON', 'NUM', 'NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')) return undefined;
    speakerFrom = k + 1;
    speakerTo = speakerFrom;
    while (speakerTo < contentEnd && !CLAUSE_PUNCT.test(tokens[speakerTo]!.text) && !isQuoteMark(tokens[speakerTo]!)) speakerTo++;
    contentStop = k - 1;
  } else {
    // '"It is crazy," she says' / ", Own said;"
    speakerTo = k;
    speakerFrom = k;
    while (speakerFrom > unitFrom && isNounPhraseToken(tokens, speakerFrom - 1)) speakerFrom--;
    const mark = tokens[speakerFrom - 1];
    if (!mark || !(mark.text === ',' || isQuoteMark(mark))) return undefined;
    const next = tokens[k + 1];
    if (next && !CLAUSE_PUNCT.test(next.text) && !isQuoteMark(next) && !isDateWord(next)) return undefined;
    contentStop = speakerFrom - 1;
  }
  if (speakerTo <= speakerFrom) return undefined;
  while (contentStop > unitFrom && /^[,"“”]$/.test(tokens[contentStop - 1]!.text) && !isQuoteMark(tokens[contentStop]!)) contentStop--;
  const speakers = resolveSpeakers(ctx, speakerFrom, speakerTo);
  const clauseStart = clauseStartBefore(tokens, contentStop, unitFrom);
  if (contentStop <= clauseStart) return undefined;
  return {
    speakers,
    verb: tokens[k]!,
    lemma,
    content: { start: tokens[clauseStart]!.start, end: tokens[contentStop]!.end },
    clause: { start: tokens[clauseStart]!.start, end: tokens[Math.max(speakerTo, k + 1) - 1]!.end },
    via: [],
    contentFirst: true,
  };
}

/** "Pyongyang denies involvement and says ...": a second verb shares the first one's speaker. */
function coordinated(ctx: SpeakerContext, k: number, contentEnd: number, earlier: Attribution[]): Attribution | undefined {
  const { tokens } = ctx;
  const previous = earlier.at(-1);
  if (!previous || previous.contentFirst || tokens[k - 1]?.lower !== 'and' || k + 1 >= contentEnd) return undefined;
  if (previous.verb.index >= k || k - previous.verb.index > 12) return undefined;
  const andAt = tokens[k - 1]!;
  previous.content.end = trimEnd(ctx.text, andAt.start);
  previous.clause.end = previous.content.end;
  let c = k + 1;
  while (c < contentEnd && /^(that|:|,)$/i.test(tokens[c]!.lower)) c++;
  return {
    speakers: previous.speakers,
    verb: tokens[k]!,
    lemma: reportingLemma(tokens[k]!.lower)!,
    content: { start: tokens[c]!.start, end: tokens[contentEnd - 1]!.end },
    clause: { start: tokens[k]!.start, end: tokens[contentEnd - 1]!.end },
    via: [],
    contentFirst: false,
  };
}

function isDateWord(t: Token): boolean {
  return /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i.test(t.text);
}

/** "Svetlana Golub, head of the Soldiers' Mothers Committee NGO, ..." → HEAD_OF. */
function apposition(ctx: SpeakerContext, nameFrom: number, nameTo: number, lastComma: number): void {
  const { tokens } = ctx;
  const headWord = tokens[nameTo + 1];
  if (!headWord || !/^(head|chief|leader|director|chairman|chairwoman|founder|president)$/i.test(headWord.text) || tokens[nameTo + 2]?.lower !== 'of') return;
  const person = resolveSpeaker(ctx, nameFrom, nameTo);
  let orgEnd = nameTo + 3;
  while (orgEnd < lastComma && tokens[orgEnd]!.text !== ',') orgEnd++;
  const org = ctx.registry.mentionedIn(tokens[nameTo + 3]!.start, tokens[orgEnd - 1]!.end).find((r) => r.type === 'Organization');
  if (person && org) {
    ctx.relations.push({ from: person.id, type: 'HEAD_OF', to: org.id, evidence: { start: tokens[nameFrom]!.start, end: tokens[orgEnd - 1]!.end } });
  }
}
