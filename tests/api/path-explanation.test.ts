/**
 * PathStep.explanation and weakLink on the two five-hop paths from the Pentagon to the Kremlin in
 * the seed (path() returns either): steps through an article in the middle are weak, the rest
 * are not, and each explanation names both ends.
 */
import { describe, expect, it } from 'vitest';
import type { NodeModel, PathModel } from '../../src/graph/model.ts';
import { explainPath } from '../../src/api/path-explanation.ts';

const entity = (key: string, name: string) => ({ nodeType: 'Group', key, name, aliases: [] }) as unknown as NodeModel;
const claim = (key: string, text: string) => ({ nodeType: 'Claim', key, text }) as unknown as NodeModel;
const article = (key: string, title: string) => ({ nodeType: 'Article', key, title }) as unknown as NodeModel;

const pentagon = entity('org/pentagon', 'Pentagon');
const official = entity('group/pentagon-official', 'Pentagon official');
const kremlin = entity('org/kremlin', 'Kremlin');
const forces = entity('group/russian-forces', 'Russian forces');
const morale = claim('claim/a/c16', 'A Pentagon official said that morale is low among some Russian units.');
const belief = claim('claim/a/c15', 'Svetlana Golub and military experts believe the Kremlin is concealing the toll.');
const theArticle = article('article/a', 'Ukraine to Russian Mothers: Come and Get Your Sons');

const path = (middle: NodeModel, rel: string, reversed: boolean): PathModel => ({
  nodes: [pentagon, official, morale, middle, belief, kremlin],
  steps: [
    { from: official, relationship: 'MEMBER_OF', to: pentagon },
    { from: morale, relationship: 'CLAIMED_BY', to: official },
    { from: morale, relationship: rel, to: middle },
    reversed ? { from: belief, relationship: rel, to: middle } : { from: middle, relationship: rel, to: belief },
    { from: belief, relationship: 'MENTIONS', to: kremlin },
  ],
});

describe('path explanations', () => {
  it('marks the two steps through a shared article as the weak links', () => {
    const steps = explainPath(path(theArticle, 'APPEARS_IN', true));
    expect(steps.map((s) => s.weakLink)).toEqual([false, false, true, true, false]);
    expect(steps[0].explanation).toBe('Pentagon official is a member of Pentagon');
    expect(steps[2].explanation).toContain('appears in the article “Ukraine to Russian Mothers');
  });

  it('marks nothing weak on the path through what both claims mention', () => {
    const steps = explainPath(path(forces, 'MENTIONS', true));
    expect(steps.every((s) => !s.weakLink)).toBe(true);
    expect(steps[3].explanation).toMatch(/^The claim “Svetlana Golub .*” mentions Russian forces$/);
  });

  it('does not call an article at either end of the path weak', () => {
    const steps = explainPath({ nodes: [theArticle, morale], steps: [{ from: morale, relationship: 'APPEARS_IN', to: theArticle }] });
    expect(steps[0].weakLink).toBe(false);
  });
});
