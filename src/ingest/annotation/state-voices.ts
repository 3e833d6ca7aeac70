/**
 * An outlet named as a state's or a faction's own voice: "Syrian state TV reported", "the official SANA
 * news agency said", "the state news agency Xinhua reported", "the rebel-run Saba news agency said".
 * Such an outlet speaks for a party, as a government would; a war summary sets the activists and
 * officials quoted after it beside it, not inside its story, so its report carries no passage
 * (report-passages.ts): "The official SANA news agency said S1. Opposition activists said S2" gives the
 * activists no via. An outlet the gazetteer lists as state-run is one with no such word: "the Tass news
 * agency reported", "Xinhua reported".
 */
import { isStateRunOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';
import { sentenceAt } from '../nlp/sentence-at.ts';

/** Words that make an outlet a party's own voice ("state-run", "official", "rebel-run", "government-controlled"). */
const STATE_WORD = /^(?:state|state-(?:run|owned|controlled)|official|semi-official|government-(?:run|owned|controlled)|[a-z]+-run)$/i;
/** Relations that join the words of one outlet's name and description. */
const NAME_PART = /^(?:compound|appos|flat|amod)$/;

export function speaksAsStateMedia(doc: NlpDocument, outlet: EntityRecord, span: { start: number; end: number }): boolean {
  if (outlet.name.split(/\s+/).some((w) => STATE_WORD.test(w))) return true;
  if ([outlet.name, ...outlet.aliases].some(isStateRunOutlet)) return true;
  const mention = outlet.mentions.find((m) => m.start >= span.start && m.end <= span.end);
  if (!mention) return false;
  const sentence = sentenceAt(doc, mention.start);
  if (!sentence) return false;
  const inMention = sentence.tokens.filter((t) => t.start >= mention.start && t.end <= mention.end).map((t) => t.index);
  return nameWords(sentence, new Set(inMention)).some((i) => STATE_WORD.test(sentence.tokens[i - 1].word));
}

/** The mention's tokens with the words its name and description join: up and down compound, appos, flat and amod edges. */
function nameWords(sentence: NlpSentence, seed: Set<number>): number[] {
  const found = new Set(seed);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of sentence.dependencies) {
      if (!NAME_PART.test(d.dep) || d.governor === 0) continue;
      const up = found.has(d.dependent) && !found.has(d.governor) && d.dep !== 'amod';
      const down = found.has(d.governor) && !found.has(d.dependent);
      if (up) found.add(d.governor);
      if (down) found.add(d.dependent);
      if (up || down) grew = true;
    }
  }
  return [...found];
}
