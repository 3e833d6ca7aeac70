/** Colours: claims by kind (fill) and modality (border), claimants in the reader by order of appearance. */
export const KIND_COLOURS: Record<string, string> = {
  STATEMENT: '#2563eb',
  QUOTE: '#7c3aed',
  FIGURE: '#ea580c',
  BELIEF: '#0d9488',
  OFFER: '#16a34a',
  ACTION: '#a16207',
};

export const MODALITY_BORDERS: Record<string, 'solid' | 'dashed' | 'dotted'> = {
  ASSERTED: 'solid',
  HEDGED: 'dashed',
  BELIEVED: 'dotted',
};

export const CONFLICT_COLOUR = '#dc2626';

const CLAIMANT_COLOURS = ['#fde68a', '#bfdbfe', '#bbf7d0', '#fbcfe8', '#ddd6fe', '#fed7aa', '#a5f3fc', '#d9f99d', '#fecaca', '#e5e7eb'];

/** A colour per claimant, in the order claimants are first asked for. */
export function claimantColours(): (id: string) => string {
  const assigned = new Map<string, string>();
  return (id) => {
    if (!assigned.has(id)) assigned.set(id, CLAIMANT_COLOURS[assigned.size % CLAIMANT_COLOURS.length]);
    return assigned.get(id)!;
  };
}
