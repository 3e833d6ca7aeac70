/**
 * Casualty figures inside a claim: "around 6,000 Russian invaders have been killed" →
 * 6000, approximate, qualifier "around", measure "killed", subject "Russian troops".
 */
import type { AnnotatedClaim, AnnotatedFigure } from '../../graph/annotation.ts';
import { countryOfDemonym, demonymOf } from '../entities/gazetteer.ts';
import { genericMeasure, STOP_WORD } from './measures.ts';
import { wordTable } from '../text/own-entries.ts';

const QUALIFIERS = [
  'at least',
  'more than',
  'as many as',
  'up to',
  'an estimated',
  'around',
  'about',
  'almost',
  'nearly',
  'some',
  'roughly',
  'approximately',
  'over',
  'fewer than',
  'less than',
];
const NUMBER_WORDS = wordTable<number>({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  twenty: 20,
  fifty: 50,
  hundred: 100,
});
const MEASURES = wordTable<string>({
  killed: 'killed',
  died: 'killed',
  dead: 'killed',
  massacred: 'killed',
  executed: 'killed',
  slain: 'killed',
  wounded: 'wounded',
  injured: 'wounded',
  hurt: 'wounded',
  captured: 'captured',
  detained: 'captured',
  imprisoned: 'captured',
  arrested: 'captured',
  taken: 'captured',
  missing: 'missing',
});
const TROOP_WORDS = /^(invaders|soldiers|troops|forces|servicemen|fighters|personnel|occupiers)$/i;

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|thousand))?|\b(${[...NUMBER_WORDS.keys()].join('|')})\b`;
const QUALIFIER = String.raw`(?:\b(${QUALIFIERS.join('|')})\s+)?`;
const FIGURE = new RegExp(`${QUALIFIER}(?:${NUMBER})`, 'gi');
const MEASURE_AFTER =
  /^\s*((?:more|of (?:its|their|his|her|the) )?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?\s*(?:and\s+what\s+[^.;]{0,60}?\s+)?(?:have|has|had|were|was|are|is)?\s*(?:been\s+)?(killed|died|dead|massacred|executed|slain|wounded|injured|hurt|captured|detained|imprisoned|arrested|missing)\b/i;
const MEASURE_BEFORE = /\b(killed|massacred|executed|wounded|injured|captured|detained|arrested)\s*$/i;
const LEFT_DEAD = /^\s*([\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:and\s+[\w\s,]{0,40}?\s+)?(dead|wounded|injured)\b/i;

export interface FigureContext {
  /** Country of the claimant, for "its troops". */
  claimantCountry?: string;
}

export function extractFigures(text: string, start: number, end: number, context: FigureContext = {}): AnnotatedFigure[] {
  const clause = text.slice(start, end);
  const figures: AnnotatedFigure[] = [];
  let previousSubject: string | undefined;
  for (const m of clause.matchAll(FIGURE)) {
    const qualifier = m[1]?.toLowerCase();
    const value = parseValue(m[2], m[3], m[4]);
    if (value === undefined) continue;
    const tail = clause.slice(m.index + m[0].length);
    // A year or a percentage is not a count.
    if (/^\s*%|^\s*percent/.test(tail) || (value >= 1900 && value <= 2100 && !m[2].includes(','))) continue;
    let measureWord: string | undefined;
    let subjectText: string | undefined;
    let figureEnd = m.index + m[0].length;
    const after = MEASURE_AFTER.exec(tail) ?? LEFT_DEAD.exec(tail);
    const before = MEASURE_BEFORE.exec(clause.slice(Math.max(0, m.index - 20), m.index));
    if (after && after.index === 0) {
      measureWord = after[2]!;
      subjectText = after[1];
      figureEnd += after[0].length;
      if (subjectText) {
        const np = /^((?:more|of (?:its|their|his|her|the) )?[\w’'-]+(?:\s+[\w’'-]+)?)/i.exec(subjectText.trim());
        subjectText = np ? np[1] : subjectText;
      }
    } else if (before) {
      measureWord = before[1]!;
      const np = /^\s*([\w’'-]+)(?:\s+([\w’'-]+))?/.exec(tail);
      subjectText = np && np[2] && !STOP_WORD.test(np[2]) ? `${np[1]} ${np[2]}` : np?.[1];
      figureEnd += np ? tail.indexOf(subjectText!) + subjectText!.length : 0;
    }
    if (!measureWord) {
      if (m[0].startsWith('$') || /\$\s*$/.test(clause.slice(0, m.index))) continue;
      const generic = genericMeasure(clause, m.index, tail);
      if (!generic) continue;
      figures.push({
        value,
        approximate: qualifier !== undefined,
        ...(qualifier ? { qualifier } : {}),
        measure: generic.measure,
        subject: generic.subject,
        text: clause.slice(m.index, figureEnd + generic.tailLength).trim(),
      });
      continue;
    }
    const subject = normalizeSubject(subjectText, previousSubject, context);
    previousSubject = subject;
    const figureStart = m.index;
    figures.push({
      value,
      approximate: qualifier !== undefined,
      ...(qualifier ? { qualifier } : {}),
      measure: MEASURES.get(measureWord.toLowerCase())!,
      subject,
      text: clause.slice(figureStart, figureEnd).trim(),
    });
  }
  return figures;
}

function parseValue(digits: string | undefined, scale: string | undefined, word: string | undefined): number | undefined {
  if (word) return NUMBER_WORDS.get(word.toLowerCase());
  if (!digits) return undefined;
  const n = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return scale ? n * (scale.toLowerCase() === 'million' ? 1e6 : 1e3) : n;
}

/** "Russian invaders" → "Russian troops"; "its troops" → the claimant's; "more" → the previous subject. */
export function normalizeSubject(raw: string | undefined, previous: string | undefined, context: FigureContext): string {
  const words = (raw ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words[0].toLowerCase() === 'more') return previous ?? 'people';
  if (words[0].toLowerCase() === 'of') words.splice(0, 1);
  if (/^(its|their)$/i.test(words[0] ?? '')) {
    const demonym = context.claimantCountry ? demonymOf(context.claimantCountry) : undefined;
    words.splice(0, 1, ...(demonym ? [demonym] : []));
  }
  if (/^(his|her|the)$/i.test(words[0] ?? '')) words.splice(0, 1);
  const noun = words[words.length - 1] ?? 'people';
  const normalizedNoun = TROOP_WORDS.test(noun) ? 'troops' : noun;
  const adjectives = words.slice(0, -1).filter((w) => countryOfDemonym(w) || /^[a-z]/.test(w));
  return [...adjectives, normalizedNoun].join(' ') || 'people';
}

/**
 * "498 of its troops have died ... and almost 1,600 more have been wounded": one claim per
 * measure. The first keeps the evidence up to its figure, the others take their figure's words.
 */
export function splitByMeasure(claim: AnnotatedClaim, text: string): AnnotatedClaim[] {
  const measures = [...new Set(claim.figures.map((f) => f.measure))];
  if (measures.length < 2) return [claim];
  const ev = claim.evidence;
  const parts: AnnotatedClaim[] = [];
  measures.forEach((measure, i) => {
    const figures = claim.figures.filter((f) => f.measure === measure);
    const at = text.indexOf(figures[0].text, ev.start);
    if (at < 0 || at >= ev.end) return;
    const start = i === 0 ? ev.start : at;
    const lastFigure = figures[figures.length - 1];
    const end = i === 0 ? text.indexOf(lastFigure.text, ev.start) + lastFigure.text.length : at + figures[0].text.length;
    if (end <= start) return;
    parts.push({ ...claim, figures, evidence: { start, end, text: text.slice(start, end) } });
  });
  return parts.length > 0 ? parts : [claim];
}
