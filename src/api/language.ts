/**
 * The extractor reads English only (CoreNLP's English models, an English cue lexicon): an article
 * in another language would come out as a graph of garbage, so it is refused. Detection is by eld
 * (n-gram language detector); a text is refused only when it is long enough for the detector to be
 * sure and the detector is confident, so a short note or an English article quoting French passes.
 */
import eld from 'eld/small';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.ts';

/** Fewer letters than this and the text is let through: short texts are guessed, not detected. */
export const MIN_LETTERS_TO_REFUSE = 200;
/** How far the detected language must score above English. */
const MARGIN_OVER_ENGLISH = 0.15;
/** Enough to be sure; detecting on a 1 MB article costs time for nothing. */
const SAMPLE_CHARS = 20_000;

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

export interface DetectedLanguage {
  /** ISO 639-1 code: fr, de, es, ru, ... */
  code: string;
  /** English name: French, German, ... */
  name: string;
  score: number;
  englishScore: number;
}

/** The text's language when the detector is confident it is not English; undefined otherwise. */
export function foreignLanguage(text: string): DetectedLanguage | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS_TO_REFUSE) return undefined;
  const result = eld.detect(sample);
  if (!result.language || result.language === 'en' || !result.isReliable()) return undefined;
  const scores = result.getScores();
  const score = scores[result.language] ?? 0;
  const englishScore = scores.en ?? 0;
  if (score - englishScore < MARGIN_OVER_ENGLISH) return undefined;
  return { code: result.language, name: LANGUAGE_NAMES.of(result.language) ?? result.language, score, englishScore };
}

/** BAD_USER_INPUT naming the detected language (`extensions.language` carries its code). */
export function refuseNonEnglish(text: string, argument: string): void {
  const language = foreignLanguage(text);
  if (!language) return;
  throw new GraphQLError(`${argument} is in ${language.name} (${language.code}), not English: the extractor reads English articles only`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument, language: language.code },
  });
}
