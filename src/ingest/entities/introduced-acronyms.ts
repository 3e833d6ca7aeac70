/**
 * A body's name the text gives with its acronym is one organization, known by both: "The
 * Organization for Security and Co-operation in Europe (OSCE) said", "The Committee to Protect
 * Journalists, known as CPJ, said", "Reporters Without Borders, known by its French initials RSF,".
 * The tagger cuts such names at "and" or a lower-case word ("Organization for Security" and the
 * place "Europe"), and the acronym became an organization of its own. In parentheses or after
 * "known as" the acronym must spell the name's capitalised words ("Co-operation" gives its C);
 * after "initials" or "acronym" the text says outright that it names the body, so any acronym counts.
 */
import type { NlpDocument } from '../nlp/types.ts';
import type { TextSpan } from '../text/spans.ts';
import { addEntity } from './added-entities.ts';
import { lookupKnownName, organizationKindOfHead } from './gazetteer.ts';
import { typeOfNer } from './ner-types.ts';
import type { EntityRegistry } from './registry.ts';

export interface IntroducedAcronym {
  /** The full name, without a leading "the". */
  name: string;
  acronym: string;
  /** Where the full name is written. */
  span: TextSpan;
}

/** Words that may join a body's capitalised words: "Committee to Protect Journalists". */
const JOINING_WORD = /^(?:of|for|and|the|on|in|to|at|&|de|du|des|la|le)$/;
const ACRONYM = String.raw`\p{Lu}[\p{Lu}&]{1,7}`;
const AFTER_NAME = new RegExp(
  String.raw`^(?:\s+\((${ACRONYM})\)|,\s+(?:(?:also\s+)?known|referred\s+to)\s+as\s+(?:the\s+)?(${ACRONYM})\b|,\s+known\s+by\s+its\s+(?:[\p{L}-]+\s+)?(?:initials|acronym)\s+(${ACRONYM})\b)`,
  'u',
);
const WORD = /[\p{L}&][\p{L}'’.&-]*/gu;

/** The initials of a name's capitalised words. */
function initials(words: string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Every name the text gives with an acronym right after it, in parentheses or by "known as". */
export function introducedAcronyms(text: string): IntroducedAcronym[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const out: IntroducedAcronym[] = [];
  words.forEach((last, i) => {
    if (!/^\p{Lu}/u.test(last.word)) return;
    const after = AFTER_NAME.exec(text.slice(last.end));
    if (!after) return;
    const acronym = after[1] ?? after[2] ?? after[3];
    const stated = after[3] !== undefined;
    // The name's words run back from its last word over capitalised and joining words, all one space apart.
    let first = i;
    while (
      first > 0 &&
      i - first < 12 &&
      /^\s$/.test(text.slice(words[first - 1].end, words[first].start)) &&
      !words[first - 1].word.endsWith('.') &&
      (/^\p{Lu}/u.test(words[first - 1].word) || JOINING_WORD.test(words[first - 1].word))
    )
      first--;
    // The shortest run that opens on a capitalised word and whose initials spell the acronym; after "initials", the whole run.
    for (let start = i; start >= first; start--) {
      const run = words.slice(start, i + 1);
      if (!/^\p{Lu}/u.test(run[0].word) || run[0].word === 'The') continue;
      const spelled = initials(run.flatMap((w) => w.word.split('-'))) === acronym || initials(run.map((w) => w.word)) === acronym;
      if (spelled || (stated && start === firstCapitalised(words, first, i))) {
        if (run.length < 2) return;
        out.push({ name: text.slice(run[0].start, last.end), acronym, span: { start: run[0].start, end: last.end } });
        return;
      }
    }
  });
  return out;
}

function firstCapitalised(words: Array<{ word: string }>, from: number, to: number): number {
  for (let k = from; k <= to; k++) if (/^\p{Lu}/u.test(words[k].word) && words[k].word !== 'The') return k;
  return to;
}

/**
 * Registers each named body under its full name with the acronym as an alias. The tagger must call
 * the whole name, or a piece of it, an organization, or one of its words must be a body's ("Council",
 * "Committee": gazetteer.ts): a law, treaty or system given so ("the
 * Affordable Care Act (ACA)", "the Trans-Pacific Partnership (TPP)") is left alone, as is a name it
 * calls a person's, even in part ("Alexandria Ocasio-Cortez (AOC)"). Returns whether a span lies
 * inside a registered name, whose cut-up mentions must not be registered again.
 */
export function registerIntroducedAcronyms(registry: EntityRegistry, doc: NlpDocument, text: string): (span: TextSpan) => boolean {
  const mentions = doc.sentences.flatMap((s) => s.entityMentions);
  const registered: TextSpan[] = [];
  for (const { name, acronym, span } of introducedAcronyms(text)) {
    const inside = mentions.filter((m) => m.start < span.end && span.start < m.end);
    if (inside.some((m) => m.ner === 'PERSON')) continue;
    const whole = inside.find((m) => m.start <= span.start && span.end <= m.end);
    const bodyWord = name.split(/\s+/).some((w) => organizationKindOfHead(w) !== undefined);
    const type = whole ? typeOfNer(whole.ner) : bodyWord || inside.some((m) => m.ner === 'ORGANIZATION') ? 'Organization' : undefined;
    if (!type) continue;
    const record = addEntity(registry, name, type, span);
    registry.alias(record, acronym);
    // The speaker's phrase is named by the tagger's cut ("Organization for Security"): it names the whole
    // body, unless the cut is a body of its own ("United Nations" in "United Nations High Commissioner for
    // Refugees (UNHCR)"): one the gazetteer knows or the text names elsewhere.
    for (const cut of inside) {
      if (cut.start !== span.start || cut.end >= span.end || lookupKnownName(cut.text)) continue;
      if (mentions.some((m) => m.text === cut.text && (m.start < span.start || m.start >= span.end))) continue;
      registry.alias(record, cut.text);
    }
    registered.push(span);
  }
  return (span) => registered.some((r) => r.start <= span.start && span.end <= r.end);
}
