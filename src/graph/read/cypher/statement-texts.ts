import type { Projection } from './projections.ts';

/**
 * Statement texts by the request's shape: by projection (interned per operation by the fetch plan),
 * then by what else the text depends on (the shape key: filters, order, labels, hops, pages). A
 * text depends on nothing else, so it is built once per shape, not once per request.
 */
const texts = new WeakMap<Projection, Map<string, unknown>>();

export function statementFor<T>(projection: Projection, shape: string, build: () => T): T {
  let byShape = texts.get(projection);
  if (!byShape) texts.set(projection, (byShape = new Map<string, unknown>()));
  if (!byShape.has(shape)) byShape.set(shape, build());
  return byShape.get(shape) as T;
}
