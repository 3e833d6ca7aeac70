/**
 * "Coach Says Rookie Will Start Sunday" over "Rookie quarterback Eli Dunn will start Sunday, coach Mark
 * Halvorsen said": a headline line tells the saying the body reports, so it is one claim, the body's. The
 * headline's claim stays only when no body claim has its speaker and its verb. Its speaker is the same when
 * the two claims share a claimant, or when the headline's speaker words ("Coach", "Doctors", "Union") all
 * stand in the body claim's credit ("coach Mark Halvorsen said", "their doctors said").
 */
import type { Paragraph } from '../text/spans.ts';
import type { DraftClaim } from './draft.ts';

/** A headline's verbs that a body's plain "said" repeats; a colon headline ("Police: S") is a saying. */
const SAYING = new Set(['say', 'tell', ':']);

export function withoutHeadlineRepeats(text: string, drafts: DraftClaim[], paragraphs: Paragraph[]): DraftClaim[] {
  if (paragraphs.length < 2 || !isHeadline(text.slice(paragraphs[0].start, paragraphs[0].end))) return drafts;
  const headline = paragraphs[0];
  const inHeadline = (d: DraftClaim) => headline.start <= d.evidence.start && d.evidence.end <= headline.end;
  const body = drafts.filter((d) => d.evidence.start >= paragraphs[1].start);
  return drafts.filter((d) => !inHeadline(d) || !body.some((b) => sameVerb(d, b) && sameSpeaker(text, d, b)));
}

/** One line standing alone above the body, with no closing stop. */
export function isHeadline(line: string): boolean {
  return !/[\r\n]/.test(line) && !/[.]["”’']?$/.test(line.trim());
}

function sameVerb(headline: DraftClaim, body: DraftClaim): boolean {
  const h = headline.lemma.toLowerCase();
  const b = body.lemma.toLowerCase();
  return h === b || (SAYING.has(h) && SAYING.has(b));
}

function sameSpeaker(text: string, headline: DraftClaim, body: DraftClaim): boolean {
  if (headline.claimants.some((c) => body.claimants.includes(c))) return true;
  const credit = new Set(words(creditText(text, body)));
  return headline.claimants.some((c) => {
    const name = words(c.name);
    return name.length > 0 && name.every((w) => credit.has(w));
  });
}

/** The body claim's words outside its content: its speaker's phrase and its verb. */
function creditText(text: string, d: DraftClaim): string {
  return text.slice(d.evidence.start, d.content.start) + ' ' + text.slice(d.content.end, d.evidence.end);
}

const words = (s: string) => s.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];
