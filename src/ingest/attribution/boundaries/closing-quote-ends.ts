/**
 * "''We have the votes,'' Ms. Vance said, explaining why the bill would pass": the parser can hang the
 * participle after the speaker's verb on the quotation's own verb, and a content read back from the cue
 * then runs from the quotation across its own cue into the participle's words. PolNeAR marks the
 * quotation as the saying's content and the participle's words as the same speaker's second attribution,
 * so such a content ends at the quotation it closes before its cue, and a participle of saying reads the
 * rest on its own.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { cueOf, type FoundAttribution } from '../find.ts';
import { verbClasses } from '../model/verb-classes.ts';
import { cuesMostly } from './joined-speech-verbs.ts';

/** A quotation closed by its punctuation, then the speaker's words (no other quotation mark) up to the cue. */
const CLOSED_BEFORE_CUE = /[,.?!](''|”|")\s+(?:(?!'')[^"”“]){1,80}$/;
/** After the cue, a comma and a participle. */
const PARTICIPLE_AFTER_CUE = /^\s*,\s+([a-z]+ing)\b[\s,:]*/;

/** Ends each content that crosses its own cue at the quotation it closes before the cue (in place); returns the participles' readings. */
export function cutAtClosingQuotes<T extends FoundAttribution>(text: string, doc: NlpDocument, readings: T[]): T[] {
  const added: T[] = [];
  for (const a of readings) {
    if (a.content.length !== 1) continue;
    const [s] = a.content;
    if (!(s.start < a.cue.span.start && a.cue.span.end < s.end)) continue;
    const before = CLOSED_BEFORE_CUE.exec(text.slice(s.start, a.cue.span.start));
    const after = PARTICIPLE_AFTER_CUE.exec(text.slice(a.cue.span.end, s.end));
    if (!before || !after) continue;
    a.content = [{ start: s.start, end: s.start + before.index + 1 }];
    const at = a.cue.span.end + after[0].indexOf(after[1]);
    const token = doc.sentences[a.sentence].tokens.find((t) => t.start === at);
    if (!token) continue;
    const rest = { start: a.cue.span.end + after[0].length, end: s.end };
    // 'adding of X, "S"': a reading the cue model made of the participle, with only its object, takes the rest.
    const own = readings.filter((r) => r.cue.span.start === at && r.content.every((c) => rest.start <= c.start && c.end <= rest.end));
    for (const r of own) r.content = [rest];
    if (!own.length && saying(token.lemma)) added.push({ ...a, cue: cueOf(token), content: [rest] });
  }
  return added;
}

function saying(lemma: string): boolean {
  return verbClasses(lemma)[0] === 'communication' && cuesMostly(lemma);
}
