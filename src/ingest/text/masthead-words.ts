/**
 * Masthead words: the last word of an English newspaper's name ("the Evening Courier", "the Post"), which
 * marks a name as a newspaper's. Here, in the lowest layer, because two stages read them: the NLP stage
 * joins "the Post and Courier" into one name (nlp/and-joined-mastheads.ts) and the entities stage tells
 * an outlet's name by them (entities/media-words.ts). Each stage keeps its own extra words beside it.
 */
export const MASTHEAD_WORDS = [
  'Observer',
  'Sentinel',
  'Courier',
  'Herald',
  'Gazette',
  'Tribune',
  'Chronicle',
  'Dispatch',
  'Examiner',
  'Inquirer',
  'Enquirer',
  'Telegraph',
  'Bulletin',
  'Ledger',
  'Journal',
  'Times',
  'Post',
  'Globe',
] as const;
