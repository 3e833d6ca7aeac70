/**
 * What the NLP stage hands to the rest of the ingest: Stanford CoreNLP's JSON output, reduced to
 * the fields the pipeline reads. Character offsets are UTF-16 code units into the text that was
 * sent (Java and JavaScript strings count alike), so they index the article text directly.
 */

export interface NlpToken {
  /** 1-based index within its sentence (the dependency graph's numbering; 0 is ROOT). */
  index: number;
  word: string;
  originalText: string;
  lemma: string;
  /** Penn Treebank tag: NNP, VBD, PRP, ... */
  pos: string;
  /** CoreNLP NER tag: PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY, DATE, TITLE, ... or O. */
  ner: string;
  /** For DATE/TIME/DURATION tokens: the normalised value ("2016-09-12", "XXXX-WXX-2", "PRESENT_REF"). */
  normalizedNER?: string;
  start: number;
  end: number;
}

/** One edge of the dependency graph: `governor` → `dependent` (token indices, 0 = ROOT). */
export interface NlpDependency {
  /** Universal Dependencies relation, with its subtype: nsubj, nsubj:pass, ccomp, obl:according_to, ... */
  dep: string;
  governor: number;
  dependent: number;
}

export interface NlpEntityMention {
  /** Token range within the sentence, 1-based, end exclusive (`tokens[begin - 1 .. end - 2]`). */
  tokenBegin: number;
  tokenEnd: number;
  text: string;
  start: number;
  end: number;
  ner: string;
  normalizedNER?: string;
}

export interface NlpSentence {
  /** 0-based index in the document. */
  index: number;
  tokens: NlpToken[];
  /** Basic UD dependencies: a tree (none when the sentence was not parsed). */
  dependencies: NlpDependency[];
  /** False when the dependency parse skipped this sentence (selective-parse.ts); absent means parsed. */
  parsed?: boolean;
  entityMentions: NlpEntityMention[];
}

export interface NlpDocument {
  sentences: NlpSentence[];
  /** Whether NER ran (every token then has a tag, if only O); absent on parses cached before it was recorded. */
  ner?: boolean;
}

/** The annotators a request asks for; the default is the ingest pipeline's. */
export interface AnnotateOptions {
  annotators?: string[];
  /** Abort the request after this many milliseconds. */
  timeoutMs?: number;
  /** The document's date (ISO), against which "Tuesday" or "last week" are normalised. */
  docDate?: string;
  /** CoreNLP properties for this request, over the client's own (e.g. `ner.applyFineGrained`). */
  properties?: Record<string, string>;
}

/** A CoreNLP server, local or remote. */
export interface NlpClient {
  readonly url: string;
  annotate(text: string, options?: AnnotateOptions): Promise<NlpDocument>;
}
