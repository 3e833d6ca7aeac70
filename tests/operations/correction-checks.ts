/**
 * The correction walk-through (operations/corrections/*.graphql), in the order an analyst runs
 * it, with what each step must answer on the seeded graph. Expected values come from the seed
 * annotation, never from the API's own output. A new file in operations/corrections needs a step here.
 */
import { expect } from 'vitest';
import { fromGlobalId } from '../../src/graph/ids.ts';
import { seedAnnotation as seed } from '../support/seed-annotation.ts';

export type RunCorrection = (file: string, variables?: Record<string, unknown>) => Promise<any>;

export interface CorrectionStep {
  file: string;
  variables?: (run: RunCorrection) => Promise<Record<string, unknown>>;
  check: (data: any) => void;
}

const key = (id: string) => fromGlobalId(id)?.key;
const byName = (name: string) => seed.entities.find((e) => e.name === name || e.aliases.includes(name))!;
const survivor = byName("Russia's defense ministry");
const duplicate = byName('Russian Defense Ministry Press Service');
const claimant = byName("Ukraine's defense ministry");
const fixedClaim = seed.claims.find((c) => c.text.includes('6,000 Russian troops'))!;
const claimsOf = (...ids: string[]) => seed.claims.filter((c) => c.claimants.some((k) => ids.includes(k)));

const ids = async (run: RunCorrection) => run('correction-ids.graphql');

export const CORRECTION_STEPS: CorrectionStep[] = [
  {
    file: 'correction-ids.graphql',
    check: (data) => {
      expect(key(data.survivor.id)).toBe(survivor.id);
      expect(key(data.duplicate.id)).toBe(duplicate.id);
      expect(key(data.claimant.id)).toBe(claimant.id);
      expect(data.claim.nodes).toHaveLength(1);
      expect(data.claim.nodes[0].text).toBe(fixedClaim.text);
      expect(data.claim.nodes[0].claimants.map((e: { id: string }) => key(e.id))).toEqual(fixedClaim.claimants);
    },
  },
  {
    file: 'merge-entities.graphql',
    variables: async (run) => {
      const found = await ids(run);
      return { into: found.survivor.id, from: found.duplicate.id };
    },
    check: ({ mergeEntities }) => {
      expect(key(mergeEntities.id)).toBe(survivor.id);
      expect(mergeEntities.aliases).toContain(duplicate.name);
      const expected = claimsOf(survivor.id, duplicate.id);
      expect(mergeEntities.claims.totalCount).toBe(expected.length);
      expect(mergeEntities.claims.nodes.map((c: { text: string }) => c.text).sort()).toEqual(expected.map((c) => c.text).sort());
    },
  },
  {
    file: 'fix-claimant.graphql',
    variables: async (run) => {
      const found = await ids(run);
      return { claim: found.claim.nodes[0].id, claimant: found.claimant.id };
    },
    check: ({ updateClaim }) => {
      expect(updateClaim.text).toBe(fixedClaim.text);
      expect(updateClaim.claimants.map((e: { id: string }) => key(e.id))).toEqual([claimant.id]);
      // A hand-annotated claim stays CURATED when a person corrects it.
      expect(updateClaim.origin).toBe('CURATED');
    },
  },
  {
    file: 'correction-history.graphql',
    variables: async (run) => {
      const found = await ids(run);
      return { claim: found.claim.nodes[0].id, entity: found.survivor.id };
    },
    check: ({ claim, entity, edits }) => {
      expect(claim.totalCount).toBe(1);
      expect(claim.nodes[0].operation).toBe('UPDATE_CLAIM');
      expect(JSON.parse(claim.nodes[0].before).claimants).toEqual(fixedClaim.claimants);
      expect(JSON.parse(claim.nodes[0].after).claimants).toEqual([claimant.id]);
      expect(entity.nodes.map((e: { operation: string }) => e.operation)).toEqual(['MERGE_ENTITIES']);
      expect(entity.nodes[0].targetIds.map(key)).toEqual([survivor.id, duplicate.id]);
      expect(edits.totalCount).toBe(2);
      expect(edits.nodes.map((e: { operation: string }) => e.operation)).toEqual(['UPDATE_CLAIM', 'MERGE_ENTITIES']);
      expect(edits.nodes[0].sequence).toBeGreaterThan(edits.nodes[1].sequence);
      expect(edits.nodes.every((e: { by: string }) => e.by === 'api-key')).toBe(true);
    },
  },
];
