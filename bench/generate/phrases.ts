/** The words an article is made of: topics, predicates, verbs, quotes, measures and date formats. */

export const TOPICS = [
  ['ceasefire', 'talks on a ceasefire', 'the ceasefire talks'],
  ['grain', 'grain exports through the ports', 'the grain deal'],
  ['sanctions', 'new sanctions on energy exports', 'the sanctions package'],
  ['shelling', 'overnight shelling of residential areas', 'the shelling'],
  ['evacuation', 'the evacuation of civilians', 'the evacuation corridor'],
  ['prisoners', 'an exchange of prisoners of war', 'the prisoner exchange'],
  ['energy', 'strikes on the power grid', 'the blackouts'],
  ['drones', 'drone attacks on supply depots', 'the drone campaign'],
  ['aid', 'a convoy of humanitarian aid', 'the aid convoy'],
  ['elections', 'the conduct of local elections', 'the election results'],
  ['refugees', 'the number of refugees crossing the border', 'the refugee flows'],
  ['nuclear', 'safety at the nuclear power plant', 'the nuclear plant'],
  ['mobilization', 'a new round of mobilization', 'the call-up'],
  ['corruption', 'an investigation into defense procurement', 'the procurement scandal'],
  ['cyber', 'a cyberattack on government websites', 'the cyberattack'],
] as const;
export const PREDICATES = [
  'would continue despite',
  'had been delayed by',
  'was threatened by',
  'depended on',
  'had collapsed because of',
  'was a response to',
  'was made possible by',
  'would be reviewed after',
  'had nothing to do with',
  'was complicated by',
];
export const VERBS: { verb: string; kind: 'STATEMENT' | 'BELIEF' | 'OFFER' | 'ACTION'; modality: 'ASSERTED' | 'HEDGED' | 'BELIEVED' }[] = [
  { verb: 'said', kind: 'STATEMENT', modality: 'ASSERTED' },
  { verb: 'told reporters', kind: 'STATEMENT', modality: 'ASSERTED' },
  { verb: 'claimed', kind: 'STATEMENT', modality: 'HEDGED' },
  { verb: 'announced', kind: 'ACTION', modality: 'ASSERTED' },
  { verb: 'believes', kind: 'BELIEF', modality: 'BELIEVED' },
  { verb: 'suggested', kind: 'STATEMENT', modality: 'HEDGED' },
  { verb: 'offered', kind: 'OFFER', modality: 'ASSERTED' },
  { verb: 'confirmed', kind: 'STATEMENT', modality: 'ASSERTED' },
];
export const QUOTES = [
  'we will not stop until every family is safe',
  'this is a blatant violation of international law',
  'the situation remains extremely difficult',
  'there is no military solution to this conflict',
  'our doors remain open for negotiations',
  'these figures are simply not credible',
  'the world must not look away',
  'we have evidence and we will present it',
  'nobody is talking about surrender',
  'help is on its way',
];
export const MEASURES = [
  ['killed', 'soldiers'],
  ['wounded', 'civilians'],
  ['captured', 'troops'],
  ['displaced', 'residents'],
  ['destroyed', 'tanks'],
  ['shot down', 'drones'],
  ['evacuated', 'civilians'],
  ['detained', 'protesters'],
] as const;
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const ZONES: [string, string][] = [
  ['-05:00', 'EST'],
  ['-06:00', 'CST'],
  ['+00:00', 'GMT'],
  ['+01:00', 'CET'],
  ['+02:00', 'EET'],
  ['+03:00', 'MSK'],
];
