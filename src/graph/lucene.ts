/**
 * Turns free text into a safe Lucene query: words only, each escaped, lower-cased so that
 * AND/OR/NOT lose their operator meaning, joined with spaces (any word may match).
 */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function toLuceneTerms(input: string, maxTerms = 32): string {
  const words = input
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0)
    .slice(0, maxTerms);
  return words.map((w) => w.replace(SPECIAL, (c) => `\\${c}`)).join(' ');
}
