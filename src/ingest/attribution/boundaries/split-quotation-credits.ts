/**
 * '"Did you know it was Mussolini?" Todd asked the mogul.' and '"Would I wish he was there? Absolutely,"
 * Woolson said of Cruz.': the splitter ends a sentence at a quotation's '?' or '!', so the credit's sentence
 * holds no quotation (or only its tail) and the cue's reading takes its object, its "of" phrase or a
 * participle after it as the content. When a verb of speaking closes such a quotation (only the speaker's
 * words between the closing mark and the cue), no other reading holds the quotation, and what the reading
 * took past its cue is no clause, the saying's content is the quotation back to its opening mark.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { FoundAttribution, TextSpan } from '../find.ts';
import { DependencyTree } from '../tree.ts';
import { verbClasses } from '../model/verb-classes.ts';
import { sentenceAt } from '../../nlp/sentence-at.ts';

/** The speaker's words between a closing mark and the cue: no quotation mark, no sentence end, no line break. */
const SPEAKER_WORDS = /^[^"“”''.;:!?\n]{0,100}$/;
/** The closing mark and the comma before a credit, on the same line. */
const CLOSING_MARKS = /^[ \t,”"’']+/;
/** A title's abbreviation inside the speaker's words ("Sen.", "Rep.", "Dr."). */
const TITLE_ABBREVIATION = /\b[A-Z][a-z]{0,3}\./g;
/** A quotation's words up to the sentence end the splitter made at its question or exclamation mark. */
const CUT_AT_MARK = /[?!][”"’'\s]*$/;
/** A content past the cue that is another's credit for the saying. */
const REPORT_CREDIT = /^[\s,]*(according\b|per\b)/i;
/** A finite verb or an infinitive: a content past the cue that holds one is a clause of its own. */
const CLAUSE_VERB = /^(VB|VBD|VBP|VBZ|MD)$/;

/** Gives each reading whose content lies past its cue the quotation its credit closes (in place). */
export function widenToSplitQuotations(text: string, doc: NlpDocument, quotes: TextSpan[], readings: FoundAttribution[]): void {
  const widened: Array<[FoundAttribution, TextSpan]> = [];
  for (const a of readings) {
    if (!a.content.length || a.content.some((s) => s.start < a.cue.span.end)) continue;
    // '?" the judge said, according to the Post': the credit's own report, which the according reading takes.
    if (REPORT_CREDIT.test(text.slice(a.cue.span.end, a.content[0].end))) continue;
    if (verbClasses(a.cue.lemma)[0] !== 'communication') continue;
    const tokens = doc.sentences[a.sentence].tokens;
    if (tokens.some((t) => a.content.some((s) => s.start <= t.start && t.end <= s.end) && CLAUSE_VERB.test(t.pos))) continue;
    const sentenceStart = tokens[0].start;
    const q = quotes.find(
      (q) =>
        q.start < sentenceStart &&
        sentenceStart <= q.end + 3 &&
        q.end <= a.cue.span.start &&
        CUT_AT_MARK.test(text.slice(q.start, sentenceStart)) &&
        SPEAKER_WORDS.test(speakerWords(text.slice(q.end, a.cue.span.start))),
    );
    if (!q || !opensSentence(doc, q) || !creditOpensAfter(text, doc, a, q)) continue;
    // Another cue between the quotation and this one ('"Why?" she asked, adding S') is the quotation's own.
    if (readings.some((r) => r !== a && q.end <= r.cue.span.start && r.cue.span.start < a.cue.span.start)) continue;
    if (readings.some((r) => r !== a && r.content.some((s) => s.start < q.end && q.start < s.end))) continue;
    widened.push([a, q]);
  }
  for (const [a, q] of widened) a.content = [q];
}

function speakerWords(between: string): string {
  return between.replace(CLOSING_MARKS, '').replace(TITLE_ABBREVIATION, '');
}

/**
 * The credit follows the closing mark at once: the speaker's phrase opens right after it ('?" Sen. Ann Cole
 * asked'), or the cue does with the speaker after it ('?" asked the boy'); not a sentence of its own that
 * names the speaker later ('!" After the rally, the candidate portrayed X').
 */
function creditOpensAfter(text: string, doc: NlpDocument, a: FoundAttribution, q: TextSpan): boolean {
  const opens = q.end + (CLOSING_MARKS.exec(text.slice(q.end))?.[0].length ?? 0);
  if (opens === a.cue.span.start) return true;
  const tree = DependencyTree.of(doc.sentences[a.sentence]);
  return a.source > 0 && tree.span(tree.subtree(a.source))?.start === opens;
}

/** The quotation opens its sentence: not words a verb before it quotes ('yelling "eminent domain!"'). */
function opensSentence(doc: NlpDocument, q: TextSpan): boolean {
  const sentence = sentenceAt(doc, q.start);
  return sentence !== undefined && q.start - sentence.tokens[0].start <= 1;
}
