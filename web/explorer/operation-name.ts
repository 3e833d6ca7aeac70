/**
 * The operation name to send with a query. GraphiQL derives the name from the editor's text a
 * moment after the text changes, so a Run pressed right after switching tabs can carry the previous
 * tab's name ("Unknown operation named …"). The document being sent is what the person sees: a name
 * it does not define is dropped when the document has a single operation, whose name is sent.
 */
import { Kind, parse } from 'graphql';

export function operationNameFor(query: string, operationName?: string | null): string | null | undefined {
  let names: (string | undefined)[];
  try {
    names = parse(query)
      .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name?.value);
  } catch {
    return operationName; // the server reports the syntax error
  }
  if (!operationName || names.includes(operationName)) return operationName;
  return names.length === 1 ? (names[0] ?? null) : operationName;
}
