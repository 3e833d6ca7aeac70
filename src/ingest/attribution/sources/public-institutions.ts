/**
 * Public institutions speak as organisations do ("Late Tuesday, the zoo posted on Facebook that S",
 * "the hospital said in a statement"), but neither the gazetteer's institution heads nor the cue
 * lexicon's source nouns (too few on PolNeAR train) know them.
 */
const PUBLIC_INSTITUTIONS = new Set(['zoo', 'museum', 'aquarium', 'hospital']);

/** A public institution's lemma ("zoo", "museum", "hospital"). */
export function isPublicInstitution(lemma: string): boolean {
  return PUBLIC_INSTITUTIONS.has(lemma);
}
