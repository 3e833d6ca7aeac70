/**
 * Figures that are not casualties: the counted thing's verb before the number ("hit 250 Gaza
 * targets", "calling up 16,000 reservists") or after it ("25 people were able to escape",
 * "50 rockets had been fired"). The measure is the verb in the past tense, with its particle.
 */
import { wordTable } from '../text/own-entries.ts';

const NOT_VERBS = new Set([
  'including',
  'excluding',
  'according',
  'during',
  'following',
  'morning',
  'evening',
  'nothing',
  'something',
  'anything',
  'everything',
  'totaling',
  'totalling',
  'ranging',
  'numbering',
  'aged',
  'ages',
  'nearly',
  'roughly',
  'exceeded',
  'topped',
  'reached',
  'building',
  'meeting',
  'ceiling',
  'bring',
  'thing',
  'king',
  'spring',
  'string',
  'wing',
  'ring',
  'sibling',
  'ruling',
  'feeling',
  'hearing',
  'wedding',
  'red',
  'bed',
  'need',
  'seed',
  'speed',
  'hundred',
  'indeed',
  'shed',
]);
const IRREGULAR = wordTable<string>({
  sending: 'sent',
  send: 'sent',
  sent: 'sent',
  hitting: 'hit',
  hit: 'hit',
  shooting: 'shot',
  shot: 'shot',
  bringing: 'brought',
  brought: 'brought',
  taking: 'took',
  took: 'took',
  building: 'built',
  built: 'built',
  making: 'made',
  made: 'made',
  holding: 'held',
  held: 'held',
  selling: 'sold',
  sold: 'sold',
  seeing: 'saw',
  saw: 'saw',
  finding: 'found',
  found: 'found',
  losing: 'lost',
  lost: 'lost',
  paying: 'paid',
  paid: 'paid',
  freeing: 'freed',
  freed: 'freed',
  flown: 'flown',
  fled: 'fled',
  fleeing: 'fled',
  flee: 'fled',
  escape: 'escaped',
  struck: 'struck',
  striking: 'struck',
  strike: 'struck',
  shoot: 'shot',
  launch: 'launched',
  fire: 'fired',
  deploy: 'deployed',
  release: 'released',
  free: 'freed',
  evacuate: 'evacuated',
  rescue: 'rescued',
  leave: 'left',
  left: 'left',
  leaving: 'left',
  spent: 'spent',
  spending: 'spent',
  won: 'won',
  winning: 'won',
  drawing: 'drew',
  drew: 'drew',
});
export const STOP_WORD =
  /^(of|in|on|at|to|from|for|with|by|and|or|the|a|an|as|than|who|which|that|this|last|next|week|weeks|month|months|year|years|day|days|ago|earlier|later|today|yesterday|more|other|others|are|is|was|were|have|has|had|been|be|will|would|could|may|might|since|into|inside|there|here|more)$/i;
const PARTICLE = /^(up|off|out|down|back|away|over|in)$/i;

export interface GenericMeasure {
  measure: string;
  subject: string;
  /** Characters of the clause after the number that belong to the figure ("Gaza targets"). */
  tailLength: number;
}

/** The past form of a verb as written: "calling" → "called", "fired" → "fired", "hit" → "hit". */
export function pastTense(word: string): string | undefined {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (NOT_VERBS.has(w) || w.length < 4) return undefined;
  if (/ed$/.test(w)) return w;
  if (!/ing$/.test(w)) return undefined;
  let stem = w.slice(0, -3);
  if (/([bdfglmnprt])\1$/.test(stem) && !/ll$/.test(stem)) stem = stem.slice(0, -1);
  else if (/[^aeiou][aeiou][cvzsg]$|[^aeiou]u[rs]$|[aeiou][aeiou][cvzs]$|[^aeiou][aeiou]r$/.test(stem) && !/(ee|ea|oo)[rs]$/.test(stem))
    stem += 'e';
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  return stem.endsWith('e') ? `${stem}d` : `${stem}ed`;
}

/** A noun phrase of up to three words after the number: "Gaza targets", "reservists". */
function subjectAfter(tail: string): { subject: string; length: number } | undefined {
  const m = /^\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)/.exec(tail);
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (STOP_WORD.test(w) || /^\d/.test(w) || (/ed$/.test(w) && kept.length > 0)) break;
    kept.push(w);
  }
  if (kept.length === 0) return undefined;
  const subject = kept.join(' ');
  return { subject, length: tail.indexOf(subject) + subject.length };
}

/** The verb just before the number (after an optional qualifier), or after the counted noun. */
export function genericMeasure(clause: string, figureStart: number, tail: string): GenericMeasure | undefined {
  const before = /\b([A-Za-z]+)(?:\s+([A-Za-z]+))?\s+$/.exec(clause.slice(Math.max(0, figureStart - 30), figureStart));
  if (before) {
    const [verb, particle] = before[2] && PARTICLE.test(before[2]) ? [before[1], before[2]] : [before[2] ?? before[1], undefined];
    const past = pastTense(verb);
    const np = subjectAfter(tail);
    if (past && np) return { measure: particle ? `${past} ${particle.toLowerCase()}` : past, subject: np.subject, tailLength: np.length };
  }
  const after =
    /^\s+((?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:been\s+)?(?:able\s+to\s+([a-z]+)|([a-z]+ed|flown|fled|sent|shot|held|hit|taken|built|sold|freed))\b/.exec(
      tail,
    );
  if (after) {
    const subject = after[1];
    if (subject.split(/\s+/).some((w) => STOP_WORD.test(w))) return undefined;
    const verb = after[2] ? (IRREGULAR.get(after[2]) ?? (after[2].endsWith('e') ? `${after[2]}d` : `${after[2]}ed`)) : after[3];
    if (NOT_VERBS.has(verb)) return undefined;
    return { measure: verb, subject, tailLength: after[0].length };
  }
  return undefined;
}
