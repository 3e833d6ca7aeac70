/** The saved operations of operations/ (embedded at build time) as GraphiQL's starting tabs. */
import operations from 'saved-operations';

export interface SavedOperation {
  file: string;
  query: string;
}

/**
 * One tab per saved operation, with the variables it needs that have no default left empty
 * (operations that take ids say in their comment which operation finds them).
 */
export function exampleTabs(): { query: string; variables?: string }[] {
  return (operations as SavedOperation[]).map(({ file, query }) => ({
    query: `# operations/${file}\n${query}`,
    variables: requiredVariables(query),
  }));
}

function requiredVariables(query: string): string | undefined {
  const header = /^\s*(?:query|mutation)\s+\w+\s*\(([^)]*)\)/m.exec(query)?.[1];
  if (!header) return undefined;
  const required = [...header.matchAll(/\$(\w+)\s*:\s*[\w[\]]+!(?!\s*=)/g)].map((m) => m[1]);
  if (!required.length) return undefined;
  return JSON.stringify(Object.fromEntries(required.map((name) => [name, ''])), null, 2);
}
