/**
 * Parse configurations `npm run bench:extract -- --configs a,b,...` times side by side: CoreNLP
 * properties sent with the request, over the client's defaults. `full` is the pipeline's parse
 * as the client sends it today; the others change one NER or parser option, or a few together.
 */
const ALL = ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'depparse'];
const ONE_CRF = 'edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz';

export interface ParseConfig {
  annotators: string[];
  properties: Record<string, string>;
  note: string;
}

export const PARSE_CONFIGS: Record<string, ParseConfig> = {
  full: { annotators: ALL, properties: {}, note: "the client's parse (3 CRF models, SUTime, numeric, fine-grained)" },
  'no-sutime': { annotators: ALL, properties: { 'ner.useSUTime': 'false' }, note: 'ner.useSUTime=false' },
  'no-numeric': {
    annotators: ALL,
    properties: { 'ner.applyNumericClassifiers': 'false', 'ner.useSUTime': 'false' },
    note: 'ner.applyNumericClassifiers=false, ner.useSUTime=false',
  },
  'no-fine': { annotators: ALL, properties: { 'ner.applyFineGrained': 'false' }, note: 'ner.applyFineGrained=false' },
  'no-mentions': { annotators: ALL, properties: { 'ner.buildEntityMentions': 'false' }, note: 'ner.buildEntityMentions=false' },
  'one-crf': { annotators: ALL, properties: { 'ner.model': ONE_CRF }, note: 'ner.model=english.all.3class only' },
  'high-recall': { annotators: ALL, properties: { 'ner.combinationMode': 'HIGH_RECALL' }, note: 'ner.combinationMode=HIGH_RECALL' },
  lean: {
    annotators: ALL,
    properties: { 'ner.model': ONE_CRF, 'ner.applyNumericClassifiers': 'false', 'ner.useSUTime': 'false' },
    note: 'one CRF, no numeric classifiers, no SUTime (fine-grained kept)',
  },
  leaner: {
    annotators: ALL,
    properties: { 'ner.model': ONE_CRF, 'ner.applyNumericClassifiers': 'false', 'ner.useSUTime': 'false', 'ner.applyFineGrained': 'false' },
    note: 'lean without fine-grained NER',
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
