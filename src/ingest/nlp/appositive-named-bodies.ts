/**
 * A body's name the tagger does not see, opening a sentence and described right after by an
 * appositive that calls it a body: "Access Now, a digital rights group that tracks internet
 * shutdowns, said S". The tagger reads "Now" as a date and tags nothing else, so the claim went to
 * the appositive ("digital rights group") and the name was lost. The opening words become one
 * organization mention when every one is capitalised (lower-case "for", "of", "the", "and" may sit
 * inside: "Fight for the Future"), none is already in another mention but a date, and the appositive
 * after the comma is "a" or "an" and words ending on a body noun that the parser makes the subject of
 * a verb or the name's appositive. A person's name is the tagger's to find, so "a" role noun
 * ("a retired teacher") is not a body, and a name with a plural or a number ("Thousands of Oromos, a
 * minority group") is a people. Where the parser made both the name and the appositive subjects
 * of the verb ("Access" and "group" both subjects of "said"), the appositive is hung on the name
 * again, so the name speaks and not the description.
 */
import type { NlpDependency, NlpDocument, NlpEntityMention, NlpSentence, NlpToken } from './types.ts';

const BODY_NOUN =
  /^(?:group|organi[sz]ation|nonprofit|non-profit|coalition|alliance|watchdog|charity|foundation|association|campaign|network|tank|institute|center|centre|union|collective|movement|company|firm|startup|start-up)$/;

const CAPITALISED = /^\p{Lu}[\p{L}\p{N}'’.&-]*$/u;
const INNER_WORD = /^(?:for|of|the|and|on|in)$/;
/** Capitalised words that open a sentence but are no name. */
const NOT_A_NAME =
  /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|Its|His|Her|Their|Our|Meanwhile|But|And|Still|Yet|Now|Also)$/;

/** The document with each such opening name made an organization mention, and so its later uses. */
export function markAppositiveNamedBodies(doc: NlpDocument, text: string): NlpDocument {
  const sentences = doc.sentences.map((s) => markSentence(s, text));
  const names = sentences.flatMap((s, i) =>
    s === doc.sentences[i] ? [] : [s.tokens.slice(0, s.entityMentions[0].tokenEnd - 1).map((t) => t.word)],
  );
  if (!names.length) return doc;
  return { ...doc, sentences: sentences.map((s, i) => (s === doc.sentences[i] ? markLaterUses(s, names, text) : s)) };
}

/** "Access Now also said S": the name again, where the tagger cut it or left it out. */
function markLaterUses(sentence: NlpSentence, names: string[][], text: string): NlpSentence {
  let out = sentence;
  for (const words of names) {
    for (let i = 0; i + words.length <= out.tokens.length; i++) {
      if (!words.every((w, k) => out.tokens[i + k]?.word === w)) continue;
      const begin = i + 1;
      const end = i + words.length + 1;
      const inside = (m: NlpEntityMention) => m.tokenBegin >= begin && m.tokenEnd <= end;
      const overlaps = (m: NlpEntityMention) => m.tokenBegin < end && m.tokenEnd > begin;
      if (out.entityMentions.some((m) => overlaps(m) && !inside(m) && m.ner !== 'DATE')) continue;
      if (out.entityMentions.some((m) => inside(m) && !/^(ORGANIZATION|DATE|MISC)$/.test(m.ner))) continue;
      const first = out.tokens[i];
      const last = out.tokens[i + words.length - 1];
      const mention: NlpEntityMention = {
        tokenBegin: begin,
        tokenEnd: end,
        text: text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        ner: 'ORGANIZATION',
      };
      const tokens = out.tokens.map((t, k) =>
        k >= i && k < i + words.length ? { ...t, ner: 'ORGANIZATION', normalizedNER: undefined } : t,
      );
      const mentions = [...out.entityMentions.filter((m) => !overlaps(m)), mention].sort((a, b) => a.tokenBegin - b.tokenBegin);
      out = { ...out, tokens, dependencies: withNameAsSubject(out.dependencies, begin, end - 1), entityMentions: mentions };
    }
  }
  return out;
}

function markSentence(sentence: NlpSentence, text: string): NlpSentence {
  const tokens = sentence.tokens;
  const comma = tokens.findIndex((t) => t.word === ',');
  if (comma < 1 || comma > 5) return sentence;
  const name = tokens.slice(0, comma);
  if (!isBodyName(name)) return sentence;
  if (sentence.entityMentions.some((m) => m.tokenBegin <= comma && m.ner !== 'DATE')) return sentence;
  const body = bodyNoun(sentence, comma);
  if (body === undefined) return sentence;
  const first = name[0];
  const last = name.at(-1) as NlpToken;
  const mention: NlpEntityMention = {
    tokenBegin: 1,
    tokenEnd: comma + 1,
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    ner: 'ORGANIZATION',
  };
  const marked = tokens.map((t, i) => (i < comma ? { ...t, ner: 'ORGANIZATION', normalizedNER: undefined } : t));
  const others = sentence.entityMentions.filter((m) => m.tokenBegin > comma);
  const dependencies = withNameAsSubject(withBodyAsAppositive(sentence.dependencies, comma, body), 1, comma);
  return { ...sentence, tokens: marked, dependencies, entityMentions: [mention, ...others] };
}

function isBodyName(words: NlpToken[]): boolean {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last || NOT_A_NAME.test(first.word)) return false;
  if (!CAPITALISED.test(first.word) || !CAPITALISED.test(last.word)) return false;
  // "Thousands of Oromos, a minority group that …": a people or a count, not a body's name.
  if (words.some((t) => /^(NNS|NNPS|CD)$/.test(t.pos))) return false;
  return words.every((t) => CAPITALISED.test(t.word) || INNER_WORD.test(t.word));
}

/** ", a digital rights group": "a" or "an" right after the comma, its noun a body's, a subject or the name's appositive. */
function bodyNoun(sentence: NlpSentence, comma: number): number | undefined {
  const article = sentence.tokens[comma + 1];
  if (!article || !/^an?$/i.test(article.word)) return undefined;
  const head = sentence.dependencies.find((d) => d.dependent === article.index && d.dep === 'det')?.governor;
  if (head === undefined) return undefined;
  const noun = sentence.tokens[head - 1];
  if (!noun || noun.pos !== 'NN' || !BODY_NOUN.test(noun.word.toLowerCase())) return undefined;
  const relation = sentence.dependencies.find((d) => d.dependent === head)?.dep;
  return relation === 'nsubj' || relation === 'appos' ? head : undefined;
}

/** ", a digital rights group" hung as a second subject of the verb becomes the name's appositive. */
function withBodyAsAppositive(dependencies: NlpDependency[], nameEnd: number, body: number): NlpDependency[] {
  const bodyEdge = dependencies.find((d) => d.dependent === body);
  if (bodyEdge?.dep !== 'nsubj') return dependencies;
  const nameSubject = dependencies.some(
    (d) => d.dependent >= 1 && d.dependent <= nameEnd && d.governor === bodyEdge.governor && d.dep === 'nsubj',
  );
  if (!nameSubject) return dependencies;
  return dependencies.map((d) => (d.dependent === body ? { ...d, dep: 'appos', governor: nameEnd } : d));
}

/**
 * A name one of whose words is a verb's subject while others hang on the verb apart ("Access" the
 * subject of "said", "Now" its adverb): the last word becomes the subject, the others its compounds.
 */
function withNameAsSubject(dependencies: NlpDependency[], begin: number, end: number): NlpDependency[] {
  const inName = (i: number) => i >= begin && i <= end;
  const subject = dependencies.find((d) => inName(d.dependent) && !inName(d.governor) && d.dep === 'nsubj');
  if (subject === undefined) return dependencies;
  return dependencies.map((d) => {
    if (d.dependent === end) return { ...d, dep: 'nsubj', governor: subject.governor };
    if (inName(d.dependent) && !inName(d.governor)) return { ...d, dep: 'compound', governor: end };
    return d;
  });
}
