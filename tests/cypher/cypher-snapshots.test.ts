/**
 * Pins the text of every Cypher statement, one readable .cypher file per source file under
 * __snapshots__/, so a change to a query shows up in review as a diff of Cypher.
 * Update deliberately with `npx vitest run tests/cypher -u`.
 */
import { describe, expect, it } from 'vitest';
import { buildClaimQuery, type ClaimQueryFilter } from '../../src/graph/read/cypher/claims.ts';
import { buildEntitiesQuery } from '../../src/graph/read/cypher/entities.ts';
import { buildPathQuery, MAX_HOPS } from '../../src/graph/read/cypher/path.ts';
import { allStatements, CLAIM_FILTERS, CLAIM_ORDERS, statementGroups, type Statement } from './statements.ts';

/** The parameters a statement refers to, in order of first use (`$(expr)` is a dynamic label, not one). */
const paramRefs = (cypher: string) => [...new Set([...cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))];

/** The statement without the indentation it has inside its TypeScript template literal. */
function dedent(cypher: string): string {
  const lines = cypher
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

const render = (statements: Statement[]) =>
  statements
    .map((s) => {
      const params =
        paramRefs(s.cypher)
          .map((p) => `$${p}`)
          .join(', ') || '(none)';
      return `// ${s.name}\n// params: ${params}\n${dedent(s.cypher)}\n;\n`;
    })
    .join('\n');

const snapshotFile = (source: string) =>
  `__snapshots__/${source
    .replace(/^(read|write)\//, '')
    .replace(/^cypher\//, '')
    .replace(/\.ts$/, '')}.cypher`;

describe('Cypher statements, pinned', () => {
  for (const [source, statements] of Object.entries(statementGroups())) {
    it(`src/graph/${source}`, async () => {
      expect(statements.length).toBeGreaterThan(0);
      await expect(render(statements)).toMatchFileSnapshot(snapshotFile(source));
    });
  }

  it.each(allStatements().map((s) => [s.name, s] as const))('%s is given every parameter it refers to', (_, s) => {
    expect(paramRefs(s.cypher).filter((p) => !(p in s.params))).toEqual([]);
  });

  it('covers every claim filter combination in both directions of both orders', () => {
    const claimStatements = statementGroups()['read/cypher/claims.ts'];
    const names = claimStatements.map((s) => s.name).filter((n) => !n.includes(' with ') && !n.includes(' after a key '));
    expect(names).toHaveLength(Object.keys(CLAIM_FILTERS).length * (1 + CLAIM_ORDERS.length));
    expect(new Set(names).size).toBe(names.length);
  });
});

/** Text a user controls that would change a statement if it were concatenated into it. */
// The only string literals a statement may hold: the fixed labels of projected claims, articles
// and channels (src/graph/read/cypher/projections.ts). Anything else in quotes would be suspect.
const LABEL_LITERALS = /\['(Claim|Article|Channel)'\]/g;
const withoutLabelLiterals = (cypher: string) => cypher.replace(LABEL_LITERALS, '');

const HOSTILE = `x' OR 1=1 // "}) DETACH DELETE n //`;

describe('user input reaches Cypher only as parameters', () => {
  const filterKeys: (keyof ClaimQueryFilter)[] = [
    'claimant',
    'mentions',
    'reportedVia',
    'article',
    'kind',
    'modality',
    'saidFrom',
    'saidTo',
    'text',
  ];

  it.each(filterKeys)('claims filter.%s', (key) => {
    const q = buildClaimQuery({ [key]: HOSTILE }, { field: 'SAID_ON', direction: 'DESC' });
    for (const cypher of [q.count, q.page]) {
      expect(cypher).not.toContain(HOSTILE);
      expect(cypher).not.toContain('OR 1=1');
      expect(withoutLabelLiterals(cypher)).not.toContain("'");
      expect(cypher).toContain(`$${key}`);
    }
    expect(q.params).toEqual({ [key]: HOSTILE });
  });

  it("claims filter.text `' OR 1=1 //` together with every other filter", () => {
    const all = Object.fromEntries(filterKeys.map((k) => [k, `${k}' OR 1=1 //`])) as ClaimQueryFilter;
    const q = buildClaimQuery(all, { field: 'CREATED', direction: 'ASC' });
    expect(withoutLabelLiterals(q.count + q.page)).not.toMatch(/OR 1=1|'/);
    expect(q.params).toEqual(all);
  });

  it('entities filter.nameContains', () => {
    const q = buildEntitiesQuery({ type: 'PERSON', nameContains: HOSTILE });
    expect(q.count + q.page).not.toContain('OR 1=1');
    expect(q.count + q.page).not.toContain("'");
    expect(q.params).toEqual({ needle: HOSTILE.toLowerCase() });
  });

  it('entities filter.type only selects a fixed label', () => {
    const q = buildEntitiesQuery({ type: HOSTILE as never });
    expect(q.page).not.toContain('OR 1=1');
  });

  it('path maxHops is a validated integer, never free text', () => {
    for (const bad of [0, MAX_HOPS + 1, 1.5, Number.NaN, '3]-(x) DETACH DELETE x //' as unknown as number]) {
      expect(() => buildPathQuery('Entity', 'Entity', bad)).toThrow(RangeError);
    }
    expect(buildPathQuery('Entity', 'Claim', MAX_HOPS)).toContain(`[*..${MAX_HOPS}]`);
  });

  it('path node labels come from a fixed map', () => {
    const cypher = buildPathQuery(HOSTILE as never, 'Entity', 2);
    expect(cypher).not.toContain('OR 1=1');
  });
});
