/**
 * Parse configurations `npm run bench:extract -- --configs a,b,...` times side by side: CoreNLP
 * properties sent with the request, over the client's (PIPELINE_PROPERTIES). `full` is the
 * pipeline's parse as the client sends it, `previous` CoreNLP's default NER (the client's before);
 * the others change one NER option from CoreNLP's defaults, or a few together.
 */
import cueLemmas from './extract-cue-lemmas.json' with { type: 'json' };
import { cueSentences, type SentenceChoice } from '../src/ingest/nlp/selective-parse.ts';

const ALL = ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'depparse'];
/** Train cue lemmas whose yield (attributions cued / sentences holding the lemma) is at least `min`. */
const cues = (min: number) => new Set(cueLemmas.lemmas.filter((l) => l.cues / l.sentences >= min).map((l) => l.lemma));
const ONE_CRF = 'edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz';
const THREE_CRF = [ONE_CRF, 'english.muc.7class.distsim.crf.ser.gz', 'english.conll.4class.distsim.crf.ser.gz']
  .map((m) => (m.includes('/') ? m : `edu/stanford/nlp/models/ner/${m}`))
  .join(',');
/** CoreNLP's default NER, written out so that the client's own options do not apply. */
const PREVIOUS = { 'ner.model': THREE_CRF, 'ner.applyNumericClassifiers': 'true', 'ner.useSUTime': 'true', 'ner.applyFineGrained': 'true' };

export interface ParseConfig {
  annotators: string[];
  properties: Record<string, string>;
  note: string;
  /** Parse only these sentences, in a second request (src/ingest/nlp/selective-parse.ts). */
  selective?: SentenceChoice;
}

export const PARSE_CONFIGS: Record<string, ParseConfig> = {
  full: { annotators: ALL, properties: {}, note: "the client's parse (its PIPELINE_PROPERTIES)" },
  previous: {
    annotators: ALL,
    properties: PREVIOUS,
    note: "CoreNLP's default NER (3 CRF models, numeric classifiers, SUTime, fine-grained rules)",
  },
  'no-sutime': { annotators: ALL, properties: { ...PREVIOUS, 'ner.useSUTime': 'false' }, note: 'ner.useSUTime=false' },
  'no-numeric': {
    annotators: ALL,
    properties: { ...PREVIOUS, 'ner.applyNumericClassifiers': 'false', 'ner.useSUTime': 'false' },
    note: 'ner.applyNumericClassifiers=false, ner.useSUTime=false',
  },
  'no-fine': { annotators: ALL, properties: { ...PREVIOUS, 'ner.applyFineGrained': 'false' }, note: 'ner.applyFineGrained=false' },
  'no-mentions': {
    annotators: ALL,
    properties: { ...PREVIOUS, 'ner.buildEntityMentions': 'false' },
    note: 'ner.buildEntityMentions=false',
  },
  'one-crf': { annotators: ALL, properties: { ...PREVIOUS, 'ner.model': ONE_CRF }, note: 'ner.model=english.all.3class only' },
  'high-recall': {
    annotators: ALL,
    properties: { ...PREVIOUS, 'ner.combinationMode': 'HIGH_RECALL' },
    note: 'ner.combinationMode=HIGH_RECALL',
  },
  lean: {
    annotators: ALL,
    properties: { ...PREVIOUS, 'ner.model': ONE_CRF, 'ner.applyNumericClassifiers': 'false', 'ner.useSUTime': 'false' },
    note: "one CRF, no numeric classifiers, no SUTime, fine-grained rules kept (the client's parse before bf774e6)",
  },
  leaner: {
    annotators: ALL,
    properties: {
      ...PREVIOUS,
      'ner.model': ONE_CRF,
      'ner.applyNumericClassifiers': 'false',
      'ner.useSUTime': 'false',
      'ner.applyFineGrained': 'false',
    },
    note: 'lean without fine-grained NER',
  },
  'one-thread': {
    annotators: ALL,
    properties: { 'depparse.nthreads': '1', 'output.prettyPrint': 'true' },
    note: "the client's parse before TRANSPORT_PROPERTIES: depparse on one thread, indented JSON",
  },
  'all-2': {
    annotators: ALL,
    properties: { 'depparse.nthreads': '2', 'pos.nthreads': '2', 'ner.nthreads': '2' },
    note: "the client's parse, depparse, pos and ner on 2 threads each",
  },
  'sel-prev': {
    annotators: ALL,
    properties: {},
    selective: cueSentences(cues(0.1)),
    note: 'depparse only on sentences with a cue (train yield >= 0.1), a quote, according, a colon, and the sentence before each',
  },
  'sel-0.2': {
    annotators: ALL,
    properties: {},
    selective: cueSentences(cues(0.2), false),
    note: 'depparse only on sentences with a cue (train yield >= 0.2), a quote, according or a colon',
  },
  'basic-deps': {
    annotators: ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'basicdep'],
    properties: { 'customAnnotatorClass.basicdep': 'provenance.BasicDepparseAnnotator', 'basicdep.nthreads': '2' },
    note: 'the parse with only the basic graph built (src/server/local-corenlp/basic-depparse.ts: a local server started by this project has it)',
  },
  'no-depparse': {
    annotators: ['tokenize', 'ssplit', 'pos', 'lemma', 'ner'],
    properties: {},
    note: 'no dependency parse at all (floor)',
  },
  'no-ner': { annotators: ['tokenize', 'ssplit', 'pos', 'lemma', 'depparse'], properties: {}, note: 'no NER at all (floor)' },
};

export function parseConfigs(names: string): Array<[string, ParseConfig]> {
  return names.split(',').map((name) => {
    const config = PARSE_CONFIGS[name.trim()];
    if (!config) throw new Error(`--configs: unknown configuration ${name}; known: ${Object.keys(PARSE_CONFIGS).join(', ')}`);
    return [name.trim(), config];
  });
}
