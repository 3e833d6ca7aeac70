/** Internal shapes shared by the ingest stages. Offsets are always into the original article text. */

export interface Token {
  /** Index in the document-wide token array. */
  index: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT, ...). */
  pos: string;
  start: number;
  end: number;
  /** Whitespace precedes the token (false for "'s", "n't", closing punctuation). */
  spaced: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last, in the document-wide token array. */
  from: number;
  to: number;
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface TextSpan {
  start: number;
  end: number;
}
