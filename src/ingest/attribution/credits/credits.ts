/**
 * An outlet's credit closing a sentence — ", CNN reports.", ", notes the Washington Post." — read
 * off the sentence's last words rather than its tree: the parser often takes the verb for a noun
 * ("CNN reports" as the object of the clause before it), and then no frame proposes it. Also an
 * outlet's credit opening a relative clause ("…, which the BBC notes is classed as …": the parser
 * reads "the BBC notes" as a noun phrase). Whether the named source is an outlet is decided by the
 * caller, which knows the outlets.
 */
import type { NlpDocument, NlpToken } from '../../nlp/types.ts';
import { cueOf, type FoundAttribution } from '../find.ts';
import type { ResolvedSource } from '../sources/sources.ts';
import { NEAR_DAY_ALTERNATION, WEEKDAY_ALTERNATION } from '../../text/day-words.ts';
import { DependencyTree } from '../tree.ts';
import { datelineLength } from './dateline.ts';
import { openingScene } from '../frames/opening-scenes.ts';
import { isCiting } from './cited-speakers.ts';
import { describedOutletName } from './described-outlets.ts';
import { beforeConjoinedClause } from './credit-before-conjunction.ts';
import { CREDIT_VERBS } from './credit-verbs.ts';
import { qualifiedSpeakerHead } from './familiar-speakers.ts';
import { longCredit, staffOutletName } from './long-credits.ts';
import { namedReportWords } from './per-reports.ts';
import { verbBeforeOccasionPhrase } from './closing-occasion-phrases.ts';

const NAME_POS = /^(NNP|NNPS)$/;
const DASH = /^(—|--|–)$/;
/** A credit with its way of speaking ("the Kremlin said in a readout of the call") runs this many words at most. */
const MAX_CREDIT_WORDS = 12;
/** The rule's confidence: a credit is an attribution whenever its source turns out to be an outlet. */
const CREDIT_CONFIDENCE = 0.9;

export function closingCredits(doc: NlpDocument): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    const end = wordsEnd(tokens);
    // A credit closes the sentence, the part of it before a dash (", notes CNN—one official said ..."), or
    // the part before whom the outlet cites (", the Financial Times reported on Tuesday, citing …").
    const stops = [
      ...tokens.flatMap((t, i) => ((DASH.test(t.word) || isCiting(tokens, i) || beforeConjoinedClause(tokens, i)) && i < end ? [i] : [])),
      end,
    ];
    for (const stop of stops) {
      const comma = lastIndex(tokens, stop, (t) => t.word === ',' || DASH.test(t.word));
      if (comma < 1 || stop - comma > MAX_CREDIT_WORDS) continue;
      const tail = tokens.slice(comma + 1, stop);
      const verbAt = tail.findIndex((t) => CREDIT_VERBS.has(t.lemma.toLowerCase()));
      if (verbAt < 0) continue;
      // Past the short credit only the way or the day of it ("…, the Kremlin said in a readout of the call").
      const after = verbAt > 0 ? tail[verbAt + 1] : undefined;
      if (stop - comma > 7 && (!after || !/^(in|on)$/i.test(after.word)) && !longCredit(tail, verbAt)) continue;
      // "..., CNN reports" or "..., notes the Washington Post": a name, possibly after "the", and nothing else.
      // "…, as the Guardian notes.": the "as" opening the credit is no part of the name.
      const words = creditName(verbAt === 0 ? tail.slice(1) : tail.slice(/^as$/i.test(tail[0].word) ? 1 : 0, verbAt));
      if (!words) continue;
      const cue = tail[verbAt];
      const from = lastIndex(tokens, comma, (t) => DASH.test(t.word)) + 1;
      out.push({
        sentence: sentence.index,
        cue: cueOf(cue),
        frame: 'parataxis',
        content: [{ start: tokens[from].start, end: tokens[comma].start }],
        source: comma + 1 + tail.indexOf(nameHead(words)) + 1,
        confidence: CREDIT_CONFIDENCE,
        closingCredit: true,
      });
    }
    const relative = relativeCredit(sentence.index, tokens, end);
    if (relative) out.push(relative);
    const per = perCredit(sentence.index, tokens, end);
    if (per) out.push(per);
  }
  return out;
}

/** A name's head word: its last, or the last before "of" ("Trust" in "Press Trust of India"). */
function nameHead(words: NlpToken[]): NlpToken {
  const of = words.findIndex((t) => t.word === 'of');
  return of > 0 ? words[of - 1] : words.at(-1)!;
}

/** The words of an outlet's name closing a credit, its leading "the" left out; none when anything else stands there. */
function creditName(words: NlpToken[]): NlpToken[] | undefined {
  const name = words.filter((t, i) => !(i === 0 && /^the$/i.test(t.word)));
  // "the Press Trust of India": "of" may join two capitalised words.
  const named = (t: NlpToken, i: number) =>
    NAME_POS.test(t.pos) || /^[A-Z]/.test(t.word) || (t.word === 'of' && i > 0 && i < name.length - 1);
  if (name.length && name.every(named)) return name;
  return describedOutletName(words) ?? staffOutletName(words);
}

/**
 * "S, per NBC News.", "S, as reported by Politico.": a name after "per" or "as (first) reported by" closing the
 * sentence credits what stands before the comma, as "according to" does.
 */
function perCredit(sentence: number, tokens: NlpToken[], end: number): FoundAttribution | undefined {
  const comma = lastIndex(tokens, end, (t) => t.word === ',');
  const lead = comma < 1 ? 0 : creditLead(tokens.slice(comma + 1, end));
  if (!lead || end - comma > MAX_CREDIT_WORDS) return undefined;
  const words = tokens.slice(comma + 1 + lead, end);
  const report = lead === 1 && !creditName(words) ? namedReportWords(words) : undefined;
  if (!report && !creditName(words)) return undefined;
  const from = lastIndex(tokens, comma, (t) => DASH.test(t.word)) + 1;
  return {
    sentence,
    cue: { ...cueOf(tokens[comma + lead - (lead > 1 ? 1 : 0)]), lemma: 'accord' },
    frame: 'according',
    content: [{ start: tokens[from].start, end: tokens[comma].start }],
    source: end,
    confidence: CREDIT_CONFIDENCE,
    closingCredit: true,
  };
}

/** How many words open a closing credit by phrase: "per" (1), "as reported by", "as first reported by" (3, 4); 0 for none. */
function creditLead(words: NlpToken[]): number {
  const text = words.slice(0, 4).map((t) => t.word.toLowerCase());
  if (text[0] === 'per') return 1;
  if (text[0] !== 'as') return 0;
  const at = /^(first|originally|previously|earlier)$/.test(text[1] ?? '') ? 2 : 1;
  return text[at] === 'reported' && text[at + 1] === 'by' ? at + 2 : 0;
}

/** Verbs a closing clause of any speaker reports with (", Malaysian police revealed Friday."). */
const TAIL_VERBS = new Set([
  'say',
  'add',
  'report',
  'reveal',
  'announce',
  'confirm',
  'fear',
  'believe',
  'claim',
  'allege',
  'note',
  'write',
  'warn',
  'insist',
  'suspect',
  'estimate',
  'explain',
  'argue',
  'admit',
  'acknowledge',
  'concede',
  'predict',
  'tweet',
  'state',
  'declare',
  'disclose',
  'contend',
  'maintain',
  'think',
  // "S, county tax records show.": documents close a sentence as speakers do (on PolNeAR train 2 more right, 1 fewer wrong).
  'show',
  'indicate',
]);
const isTailVerb = (t: NlpToken) => t.lemma.toLowerCase() === 'tell' || TAIL_VERBS.has(t.lemma.toLowerCase());
/** Words a closing clause's speaker is written with: "police", "Malaysian police", "the country's top prosecutor". */
const SPEAKER_POS = /^(DT|JJ|NN|NNS|NNP|NNPS|POS|CD)$/;
/** When the saying was: "Friday", "on Friday", "late Tuesday", "today". */
const WHEN = new RegExp(
  `^(on|late|early|last|this|${WEEKDAY_ALTERNATION}|${NEAR_DAY_ALTERNATION}|night|morning|afternoon|evening|week)$`,
  'i',
);
/** Below the model's threshold, a closing clause read off the words counts this much. */
const TAIL_CONFIDENCE = 0.6;

/** Whom a closing clause's speaker told: "the paper", "reporters", "The Associated Press" (not "a joke"). */
const LISTENER_POS = /^(NN|NNS|NNP|NNPS)$/;
/** Up to this many words name whom the speaker told. */
const MAX_LISTENER_WORDS = 4;

/** ", a spokeswoman told the paper.": the "told" before the listener that ends the clause at `last`, if any. */
function tellingBefore(tokens: NlpToken[], comma: number, last: number): number | undefined {
  if (!/^(NN|NNS|NNP|NNPS)$/.test(tokens[last].pos)) return undefined;
  for (let k = last - 1; k > comma && last - k <= MAX_LISTENER_WORDS; k--) {
    // What was told is a clause: "S, she told the paper", not "On Friday morning, he told a joke".
    if (tokens[k].lemma.toLowerCase() === 'tell') return tokens.slice(0, comma).some((t) => /^VB/.test(t.pos)) ? k : undefined;
    if (!LISTENER_POS.test(tokens[k].pos) && !/^the$/i.test(tokens[k].word)) return undefined;
  }
  return undefined;
}

/**
 * A speaker's clause closing a sentence, or the part of it before an outlet's credit — "S, Malaysian
 * police revealed Friday." , "S, rebels fear, the Washington Post reports." — read off the words:
 * the parser often hangs such a verb on the noun before the comma, or takes the whole sentence,
 * credit included, for its content. The caller keeps one only where the trees propose nothing better.
 */
export function closingTails(doc: NlpDocument): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    const end = wordsEnd(tokens);
    const stops = [...tokens.flatMap((t, i) => ((t.word === ',' || DASH.test(t.word)) && i < end ? [i] : [])), end];
    // "Asked if S, X said, ...": the opening question, or any opening scene, is not what X says (frames/opening-scenes.ts).
    const tree = DependencyTree.of(sentence);
    const scene = openingScene(tree, datelineLength(tokens) + 1);
    for (const stop of stops) {
      const comma = lastIndex(tokens, stop, (t) => t.word === ',' || DASH.test(t.word));
      if (comma < 2) continue;
      let verb = stop - 1;
      while (verb > comma && WHEN.test(tokens[verb].word)) verb--;
      verb = tellingBefore(tokens, comma, verb) ?? verbBeforeOccasionPhrase(tree, tokens, comma, verb) ?? verb;
      const cue = tokens[verb];
      if (verb - comma < 2 || !/^VB[DPZ]$/.test(cue.pos) || !isTailVerb(cue)) continue;
      const speaker = tokens.slice(comma + 1, verb);
      const bare = speaker.length <= 5 && speaker.every((t) => SPEAKER_POS.test(t.pos)) && /^(NN|NNS|NNP|NNPS)$/.test(speaker.at(-1)!.pos);
      // The source is the speaker's last word (1-based: `verb`), or a qualified speaker's head noun.
      const qualifiedHead = bare ? undefined : qualifiedSpeakerHead(speaker);
      const source = bare ? verb : qualifiedHead !== undefined ? comma + 1 + qualifiedHead : undefined;
      if (source === undefined) continue;
      const from = lastIndex(tokens, comma, (t) => DASH.test(t.word)) + 1;
      if (comma - from < 3 || comma + 1 === scene?.end) continue;
      out.push({
        sentence: sentence.index,
        cue: cueOf(cue),
        frame: 'parataxis',
        content: [{ start: tokens[from].start, end: tokens[comma - 1].end }],
        source,
        confidence: TAIL_CONFIDENCE,
      });
    }
  }
  return out;
}

/**
 * A speaker's clause joined after a dash or semicolon — "S1—and police suspect the women put it on
 * his face" — read off the words where the parser left the verb without a subject (it hangs such a
 * verb under the clause after it, and the speaker in the clause before). The content runs to the
 * sentence's end. The caller keeps one only where the trees propose nothing better.
 */
export function joinedClauses(doc: NlpDocument): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    const end = wordsEnd(tokens);
    const tree = DependencyTree.of(sentence);
    for (let verb = 2; verb < end - 3; verb++) {
      const cue = tokens[verb];
      if (!/^VB[DPZ]$/.test(cue.pos) || !TAIL_VERBS.has(cue.lemma.toLowerCase()) || tree.child(cue.index, /^nsubj/) !== undefined) continue;
      let from = verb;
      while (from > 0 && verb - from < 5 && SPEAKER_POS.test(tokens[from - 1].pos)) from--;
      const opener = /^(and|but)$/i.test(tokens[from - 1]?.word ?? '') ? from - 2 : from - 1;
      const speaker = tokens.slice(from, verb);
      if (!speaker.length || !/^(NN|NNS|NNP|NNPS)$/.test(speaker.at(-1)!.pos) || !/^(;|—|--|–)$/.test(tokens[opener]?.word ?? '')) continue;
      const first = /^that$/i.test(tokens[verb + 1].word) ? verb + 2 : verb + 1;
      out.push({
        sentence: sentence.index,
        cue: cueOf(cue),
        frame: 'ccomp',
        content: [{ start: tokens[first].start, end: tokens[end - 1].end }],
        source: verb,
        confidence: TAIL_CONFIDENCE,
      });
    }
  }
  return out;
}

/**
 * Where a report's own words end when another speaker's clause is joined to them inside its content
 * ("X reports that S1—and police suspect S2"): at the dash or semicolon before that speaker, with S1 left
 * long enough to be a claim; undefined otherwise.
 */
export function joinedAfter(
  text: string,
  report: FoundAttribution,
  inner: { claimants: ResolvedSource[]; cue: FoundAttribution['cue'] },
): number | undefined {
  const content = report.content.find((s) => s.start <= inner.cue.span.start && inner.cue.span.end <= s.end);
  const from = Math.min(inner.claimants[0].mention.start, inner.cue.span.start);
  if (!content || from <= content.start) return undefined;
  const before = text.slice(content.start, from);
  const join = /\s*(?:;|—|–|--)\s*(?:(?:and|but)\s+)?(?:the\s+)?$/i.exec(before);
  if (!join || before.slice(0, join.index).split(/\s+/).length < 3) return undefined;
  return content.start + join.index;
}

/**
 * "…, which the BBC notes is classed as …": the relative clause is the outlet's claim (its frame is
 * the verb's complement, so it carries none of the sentence's other claims).
 */
function relativeCredit(sentence: number, tokens: NlpToken[], end: number): FoundAttribution | undefined {
  for (let i = 0; i + 3 < end; i++) {
    if (tokens[i].word !== ',' || !/^(which|who)$/i.test(tokens[i + 1].word)) continue;
    let at = i + 2;
    if (/^the$/i.test(tokens[at].word)) at++;
    const nameFrom = at;
    while (at < end && at - nameFrom < 4 && (NAME_POS.test(tokens[at].pos) || /^[A-Z]/.test(tokens[at].word))) at++;
    const verb = tokens[at];
    if (at === nameFrom || !verb || !CREDIT_VERBS.has(verb.lemma.toLowerCase()) || at + 1 >= end || isSymbolsOnly(tokens[at + 1])) continue;
    // The clause runs to the sentence's end, or to the next comma or dash.
    let stop = at + 1;
    while (stop < end && tokens[stop].word !== ',' && !DASH.test(tokens[stop].word)) stop++;
    return {
      sentence,
      cue: cueOf(verb),
      frame: 'ccomp',
      content: [{ start: tokens[at + 1].start, end: tokens[stop - 1].end }],
      source: at,
      confidence: CREDIT_CONFIDENCE,
      closingCredit: true,
    };
  }
  return undefined;
}

function isSymbolsOnly(t: NlpToken): boolean {
  return /^[^\p{L}\p{N}]+$/u.test(t.word);
}

/** A credit standing before a dash ("…, notes CNN—S, one official said"): the part before it is the outlet's own claim. */
export function beforeDash(doc: NlpDocument, c: Pick<FoundAttribution, 'sentence' | 'source' | 'cue'>): boolean {
  const next = doc.sentences[c.sentence]?.tokens[Math.max(c.source, c.cue.token)];
  return next !== undefined && DASH.test(next.word);
}

/** Where a sentence's words end: before its closing punctuation and quotation marks. */
function wordsEnd(tokens: NlpToken[]): number {
  let end = tokens.length;
  while (end > 0 && /^[.!?"”')\]]$/.test(tokens[end - 1].word)) end--;
  return end;
}

function lastIndex(tokens: NlpToken[], before: number, test: (t: NlpToken) => boolean): number {
  for (let i = before - 1; i >= 0; i--) if (test(tokens[i])) return i;
  return -1;
}
