/**
 * A name the tagger calls PERSON whose people's adjective the article uses: "Velmora denied sending
 * troops. The Velmoran government said …". A country or region the tagger does not know is read as
 * a person when it speaks; its demonym (-n after -a, -ese, -i after a consonant) shows it is a place.
 * "-ian" is left out: "Trumpian", "Jeffersonian" are made from people's names. On train's 840 parses
 * (US politics) no PERSON name has such an adjective.
 */
import type { NlpDocument } from '../nlp/types.ts';

function demonyms(name: string): string[] {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return [];
  const forms = [`${name}ese`, `${name.replace(/[aeiou]$/, '')}ese`];
  if (/a$/.test(name)) forms.push(`${name}n`);
  if (/[^aeiouy]$/.test(name)) forms.push(`${name}i`);
  return forms.flatMap((f) => [f, `${f}s`]);
}

/** One-word names that some adjective of the article shows to be a place. */
export function namesWithDemonym(doc: NlpDocument, names: Iterable<string>): Set<string> {
  const words = new Set(doc.sentences.flatMap((s) => s.tokens.filter((t) => /^(?:JJ|NNPS?)$/.test(t.pos)).map((t) => t.word)));
  return new Set([...names].filter((n) => demonyms(n).some((d) => words.has(d))));
}
