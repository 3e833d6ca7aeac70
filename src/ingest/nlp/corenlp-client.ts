/**
 * HTTP client of a Stanford CoreNLP server (the project's local one, see src/server/local-corenlp,
 * or any server CORENLP_URL names). One POST per text: the properties travel in the query string,
 * the text is the body, the answer is CoreNLP's JSON, mapped to the pipeline's own types.
 */
import type { AnnotateOptions, NlpClient, NlpSentence } from './types.ts';

/** tokenize..depparse: what attribution, entities and dates need (coref is done on the parse). */
export const DEFAULT_ANNOTATORS = ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'depparse'];
/** A 30 kB article took 131 s on this 2-core machine under heavy load; the server side allows as long. */
const DEFAULT_TIMEOUT_MS = 300_000;

export class NlpServerError extends Error {
  override name = 'NlpServerError';
}

interface RawToken {
  index: number;
  word: string;
  originalText: string;
  lemma?: string;
  pos?: string;
  ner?: string;
  normalizedNER?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}
interface RawSentence {
  index: number;
  tokens: RawToken[];
  basicDependencies?: Array<{ dep: string; governor: number; dependent: number }>;
  entitymentions?: Array<{
    tokenBegin: number;
    tokenEnd: number;
    text: string;
    characterOffsetBegin: number;
    characterOffsetEnd: number;
    ner: string;
    normalizedNER?: string;
  }>;
}

/**
 * The NER options of the pipeline's parse (see README "Extraction speed"): NER is most of the parse,
 * and the pipeline reads only its PERSON/ORGANIZATION/LOCATION types and its entity mentions; dates
 * are read by its own rules, never SUTime's. The fine-grained rules (CITY, COUNTRY, TITLE,
 * NATIONALITY: a 533,000-line city list matched without case) took three quarters of the parse and
 * changed no figure of `npm run eval`.
 */
export const PIPELINE_PROPERTIES: Readonly<Record<string, string>> = {
  // One CRF model (PERSON, ORGANIZATION, LOCATION) instead of three.
  'ner.model': 'edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz',
  'ner.applyNumericClassifiers': 'false',
  'ner.useSUTime': 'false',
  'ner.applyFineGrained': 'false',
};

/** The properties a request sends beyond the annotators and the output format (the parse cache keys on them). */
export function extraProperties(options: AnnotateOptions = {}): Record<string, string> {
  return { ...(usesNer(options) ? PIPELINE_PROPERTIES : {}), ...options.properties };
}

/**
 * Properties that change how CoreNLP works and answers, never what it answers (the same parses,
 * checked on PolNeAR dev articles), so the parse cache does not key on them. See README "Extraction speed".
 */
export const TRANSPORT_PROPERTIES: Readonly<Record<string, string>> = {
  // The dependency parse is most of the work: an article's sentences on two threads (the wall time
  // of one request, not its CPU time; under load it gains nothing and costs nothing).
  'depparse.nthreads': '2',
  // JSON without indentation: 45 % fewer bytes, half the JSON.parse time.
  'output.prettyPrint': 'false',
};

/**
 * The annotator class of src/server/local-corenlp/basic-depparse.ts: depparse without the four graphs
 * the client never reads, the same answers. Only a server started by this project has it.
 */
export const BASIC_DEPPARSE_CLASS = 'provenance.BasicDepparseAnnotator';

function requestProperties(options: AnnotateOptions, basicDepparse: boolean): Record<string, string> {
  const annotators = options.annotators ?? DEFAULT_ANNOTATORS;
  const basic = basicDepparse && annotators.includes('depparse');
  return {
    annotators: (basic ? annotators.map((a) => (a === 'depparse' ? 'basicdep' : a)) : annotators).join(','),
    outputFormat: 'json',
    'ssplit.newlineIsSentenceBreak': 'two',
    ...TRANSPORT_PROPERTIES,
    ...(basic
      ? { 'customAnnotatorClass.basicdep': BASIC_DEPPARSE_CLASS, 'basicdep.nthreads': TRANSPORT_PROPERTIES['depparse.nthreads'] }
      : {}),
    ...extraProperties(options),
  };
}

const usesNer = (options: AnnotateOptions) => (options.annotators ?? DEFAULT_ANNOTATORS).includes('ner');

/**
 * `basicDepparse`: the server has BASIC_DEPPARSE_CLASS on its class path (a local server started
 * here); a function is asked at every request (the API's server may not have started yet).
 */
export function createCoreNlpClient(url: string, { basicDepparse = false }: { basicDepparse?: boolean | (() => boolean) } = {}): NlpClient {
  const base = url.replace(/\/+$/, '');
  return {
    url: base,
    async annotate(text, options = {}) {
      const params = new URLSearchParams({
        properties: JSON.stringify(requestProperties(options, typeof basicDepparse === 'function' ? basicDepparse() : basicDepparse)),
      });
      const docDate = options.docDate;
      if (docDate) params.set('date', docDate.length === 10 ? `${docDate}T12:00:00` : docDate.slice(0, 19));
      let response: Response;
      try {
        response = await fetch(`${base}/?${params}`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body: curlQuotes(text),
          signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        });
      } catch (error) {
        throw new NlpServerError(`the NLP server at ${base} did not answer: ${(error as Error).message}`);
      }
      const body = await response.text();
      if (!response.ok) throw new NlpServerError(`the NLP server at ${base} answered ${response.status}: ${body.slice(0, 300)}`);
      let json: { sentences: RawSentence[] };
      try {
        json = JSON.parse(body) as { sentences: RawSentence[] };
      } catch {
        throw new NlpServerError(`the NLP server at ${base} answered with something that is not JSON: ${body.slice(0, 200)}`);
      }
      return { sentences: json.sentences.map(toSentence), ner: json.sentences.some((s) => s.tokens.some((t) => t.ner !== undefined)) };
    },
  };
}

/**
 * Straight double quotes made curly, paired within each paragraph: CoreNLP's tagger guesses the
 * direction of a straight quote and, guessing wrong, parses '..., Business Insider reports.' as a
 * noun phrase. One character for one, so offsets still index the original text.
 */
export function curlQuotes(text: string): string {
  return text.replace(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g, (paragraph) => {
    let open = false;
    return paragraph.replace(/"|“|”/g, (mark) => {
      if (mark === '“') return ((open = true), mark);
      if (mark === '”') return ((open = false), mark);
      open = !open;
      return open ? '“' : '”';
    });
  });
}

function toSentence(s: RawSentence): NlpSentence {
  return {
    index: s.index,
    tokens: s.tokens.map((t) => ({
      index: t.index,
      word: t.word,
      originalText: t.originalText,
      lemma: t.lemma ?? t.word.toLowerCase(),
      pos: t.pos ?? '',
      ner: t.ner ?? 'O',
      ...(t.normalizedNER ? { normalizedNER: t.normalizedNER } : {}),
      start: t.characterOffsetBegin,
      end: t.characterOffsetEnd,
    })),
    dependencies: (s.basicDependencies ?? []).map((d) => ({ dep: d.dep, governor: d.governor, dependent: d.dependent })),
    entityMentions: (s.entitymentions ?? []).map((m) => ({
      tokenBegin: m.tokenBegin + 1,
      tokenEnd: m.tokenEnd + 1,
      text: m.text,
      start: m.characterOffsetBegin,
      end: m.characterOffsetEnd,
      ner: m.ner,
      ...(m.normalizedNER ? { normalizedNER: m.normalizedNER } : {}),
    })),
  };
}
