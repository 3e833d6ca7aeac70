/** The explorer's fetcher sends the operation name the document in the editor defines. */
import { describe, expect, it } from 'vitest';
import { operationNameFor } from '../../web/explorer/operation-name.ts';

const golub = 'query GolubClaims { entity(name: "Svetlana Golub") { name } }';

describe('operationNameFor', () => {
  it('keeps a name the document defines', () => {
    expect(operationNameFor(golub, 'GolubClaims')).toBe('GolubClaims');
    const two = `${golub}\nquery Other { __typename }`;
    expect(operationNameFor(two, 'Other')).toBe('Other');
  });

  it("replaces the previous tab's name with the single operation's own", () => {
    expect(operationNameFor(golub, 'Contradictions')).toBe('GolubClaims');
    expect(operationNameFor('{ __typename }', 'Contradictions')).toBeNull();
  });

  it('leaves the choice to the server when it cannot be made here', () => {
    const two = `${golub}\nquery Other { __typename }`;
    expect(operationNameFor(two, 'Contradictions')).toBe('Contradictions');
    expect(operationNameFor('query {', 'Contradictions')).toBe('Contradictions');
    expect(operationNameFor(golub, undefined)).toBeUndefined();
  });
});
