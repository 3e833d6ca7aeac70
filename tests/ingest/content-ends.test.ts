import { describe, expect, it } from 'vitest';
import { endLastSpanAt, wordCount } from '../../src/ingest/attribution/boundaries/content-ends.ts';

describe('content ends', () => {
  const text = 'The mayor said the budget is fair; the council disagrees.';
  const at = (s: string) => text.indexOf(s);

  it('counts the words of a stretch, ignoring spaces around it', () => {
    expect(wordCount('  the budget   is fair ')).toBe(4);
  });

  it('ends the last content span where asked when enough words stay', () => {
    const reading = { content: [{ start: at('the budget'), end: text.length - 1 }] };
    expect(endLastSpanAt(text, reading, at(';'), 3)).toBe(true);
    expect(text.slice(reading.content[0].start, reading.content[0].end)).toBe('the budget is fair');
  });

  it('leaves the content whole when too few words would stay, and keeps the spans before the last', () => {
    const first = { start: 0, end: at(' said') };
    const reading = { content: [first, { start: at('the budget'), end: text.length - 1 }] };
    expect(endLastSpanAt(text, reading, at(' is fair'), 3)).toBe(false);
    expect(reading.content).toEqual([first, { start: at('the budget'), end: text.length - 1 }]);
    expect(endLastSpanAt(text, reading, at(';'), 3)).toBe(true);
    expect(reading.content[0]).toBe(first);
  });
});
