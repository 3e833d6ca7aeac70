/** The words of one claim: its sentence in the article, its normalized text, verb, kind, modality and figures. */
import { MEASURES, PREDICATES, QUOTES, VERBS, type TOPICS } from './phrases.ts';
import { chance, int, pick, type Rand } from './random.ts';
import type { GeneratedClaim } from './types.ts';
import { COUNTRIES, NATIONALITY } from './world.ts';

type ClaimKind = GeneratedClaim['kind'];
type Modality = 'ASSERTED' | 'HEDGED' | 'BELIEVED';

/** What the sentence is about and how it is attributed, already worded. */
export interface ClaimSetting {
  /** "A and B". */
  claimantNames: string;
  /** " today", " on Monday" or "" (no date said). */
  when: string;
  /** ", according to X citing Y" or "". */
  sources: string;
  place: string;
  topic: (typeof TOPICS)[number];
  /** Whom a plain statement is about. */
  targetName: string;
}

/** One side of the article's figure contradiction: both sides count the same thing. */
export interface ConflictSide {
  measure: (typeof MEASURES)[number];
  nationality: string;
  /** The first side's count, when this is the second side (which gives a materially smaller one). */
  firstValue?: number;
}

export interface ClaimWording {
  sentence: string;
  text: string;
  verb: string;
  kind: ClaimKind;
  modality: Modality;
  quote?: string;
  figures: NonNullable<GeneratedClaim['figures']>;
}

const formatNumber = (n: number) => n.toLocaleString('en-US');

/** A figure when the claim is a side of a conflict (or at random), else a quote, else a plain statement. */
export function wordClaim(r: Rand, setting: ClaimSetting, conflictSide: ConflictSide | undefined): ClaimWording {
  if (conflictSide || chance(r, 0.12)) return wordFigure(r, setting, conflictSide);
  if (chance(r, 0.25)) return wordQuote(r, setting);
  return wordStatement(r, setting);
}

function wordFigure(r: Rand, { claimantNames, when, sources, place }: ClaimSetting, side: ConflictSide | undefined): ClaimWording {
  const [measure, subjectNoun] = side ? side.measure : pick(r, MEASURES);
  const subject = `${side ? side.nationality : NATIONALITY[pick(r, COUNTRIES.slice(0, 4))]} ${subjectNoun}`;
  const value = side?.firstValue !== undefined ? Math.max(1, Math.round(side.firstValue * (0.05 + r() * 0.4))) : int(r, 50, 9000);
  const approximate = chance(r, 0.5);
  const qualifier = approximate ? pick(r, ['around', 'almost', 'about', 'at least']) : undefined;
  const figureText = `${qualifier ? `${qualifier} ` : ''}${formatNumber(value)} ${subject} ${measure}`;
  const verb = pick(r, ['said', 'reported', 'claimed', 'estimated']);
  return {
    sentence: `${claimantNames} ${verb}${when} that ${figureText} in ${place}${sources}.`,
    text: `${claimantNames} ${verb} that ${figureText} in ${place}.`,
    verb,
    kind: 'FIGURE',
    modality: verb === 'claimed' || verb === 'estimated' ? 'HEDGED' : 'ASSERTED',
    figures: [{ value, approximate, ...(qualifier ? { qualifier } : {}), measure, subject, text: figureText }],
  };
}

function wordQuote(r: Rand, { claimantNames, when, sources, place, topic }: ClaimSetting): ClaimWording {
  const said = pick(r, QUOTES);
  const quote = `${said[0].toUpperCase()}${said.slice(1)}`;
  const verb = pick(r, ['said', 'told reporters', 'wrote']);
  return {
    sentence: `"${quote}," ${claimantNames} ${verb}${when} about ${topic[2]} in ${place}${sources}.`,
    text: `${claimantNames} ${verb} about ${topic[2]} in ${place}: ${quote}.`,
    verb,
    kind: 'QUOTE',
    modality: 'ASSERTED',
    quote,
    figures: [],
  };
}

function wordStatement(r: Rand, { claimantNames, when, sources, place, topic, targetName }: ClaimSetting): ClaimWording {
  const { verb, kind, modality } = pick(r, VERBS);
  // The sentence and the normalized text each draw their own predicate (as the corpus always has).
  const sentence = `${claimantNames} ${verb}${when} that ${topic[1]} in ${place} ${pick(r, PREDICATES)} ${targetName}${sources}.`;
  const text = `${claimantNames} ${verb} that ${topic[1]} in ${place} ${pick(r, PREDICATES)} ${targetName}.`;
  return { sentence, text, verb, kind, modality, figures: [] };
}
