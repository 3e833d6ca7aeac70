/**
 * A speaker named by capitalised words closing on a body's head word in the plural is that body, not
 * a group of people: "Iran's Revolutionary Guards said S", "the Guards said S", "the Tarvik Brigades
 * claimed S" (the parse reads a plural noun as people). Only a name of two or more words, or one
 * after "the", counts: a lone plural opening a sentence is capitalised too ("Authorities said S",
 * "Prosecutors say S"), and lowercase heads ("Israeli forces") stay groups, as the hand annotations
 * have them.
 */
import { organizationKindOfHead } from './gazetteer.ts';

const CAPITALISED_NAME = /^(?:(?:the|The)\s+\p{Lu}\p{L}+|(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}\p{L}+)$/u;

export function isPluralBodyName(mention: string): boolean {
  if (!CAPITALISED_NAME.test(mention)) return false;
  const last = mention.split(/\s+/).at(-1)!;
  return /s$/.test(last) && (organizationKindOfHead(last) !== undefined || organizationKindOfHead(last.slice(0, -1)) !== undefined);
}
