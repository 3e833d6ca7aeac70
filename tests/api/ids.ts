/**
 * Global ids as clients see them, derived from the annotation's keys (never from responses):
 * a global id is the base64url form of a node key such as `person/svetlana-golub`.
 */
import { seedAnnotation } from '../support/seed-annotation.ts';

export const gid = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

export const ARTICLE_ID = seedAnnotation.article.id;
export const articleGid = gid(`article/${ARTICLE_ID}`);
export const claimGid = (localId: string) => gid(`claim/${ARTICLE_ID}/${localId}`);
export const channelGid = (localId: string) => gid(`channel/${localId}`);

/** The annotation's claim with this local id (fails loudly when the seed changes). */
export function annotatedClaim(localId: string) {
  const claim = seedAnnotation.claims.find((c) => c.id === localId);
  if (!claim) throw new Error(`the seed annotation has no claim ${localId}`);
  return claim;
}

export function annotatedEntity(id: string) {
  const entity = seedAnnotation.entities.find((e) => e.id === id);
  if (!entity) throw new Error(`the seed annotation has no entity ${id}`);
  return entity;
}

/** The local id of the claim that states a figure with this value. */
export function claimWithFigure(value: number) {
  const claim = seedAnnotation.claims.find((c) => c.figures.some((f) => f.value === value));
  if (!claim) throw new Error(`the seed annotation has no claim with figure ${value}`);
  return claim;
}

/** GraphQL enum value of an annotation entity type. */
export const entityTypeEnum = (type: string) => type.toUpperCase();
