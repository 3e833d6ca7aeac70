/** What the corpus generator takes and yields. */
import type { AnnotationFile } from '../../src/graph/annotation.ts';

export type GeneratedAnnotation = Omit<AnnotationFile, 'textFile'> & { text: string };

export interface CorpusOptions {
  seed: number;
  articles: number;
}

export type GeneratedClaim = NonNullable<GeneratedAnnotation['claims']>[number];
