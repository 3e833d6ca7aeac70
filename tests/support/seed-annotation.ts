/** The curated seed annotation, read straight from the file: the source of expected values. */
import { annotationFilesIn, readAnnotationFile } from '../../src/graph/annotation-file.ts';
import { SEED_DIR } from '../../src/graph/seed.ts';

export const seedAnnotationPath = annotationFilesIn(SEED_DIR)[0];
export const seedAnnotation = readAnnotationFile(seedAnnotationPath);
