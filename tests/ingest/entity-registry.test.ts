import { describe, expect, it } from 'vitest';
import { EntityRegistry } from '../../src/ingest/entities/registry.ts';

describe('EntityRegistry.add', () => {
  it('settles an organization registered without a kind when a later mention gives one', () => {
    const registry = new EntityRegistry();
    const fromNer = registry.add({ name: 'Harbour Courier', type: 'Organization' }, { start: 10, end: 25 });
    expect(fromNer.kind).toBe('OTHER');
    const named = registry.add({ name: 'Harbour Courier', type: 'Organization', kind: 'MEDIA' }, { start: 40, end: 55 });
    expect(named).toBe(fromNer);
    expect(named.kind).toBe('MEDIA');
    expect(named.mentions).toHaveLength(2);
  });

  it('keeps a kind already known when a later mention says another', () => {
    const registry = new EntityRegistry();
    const ministry = registry.add({ name: 'Ministry of Ports', type: 'Organization', kind: 'GOVERNMENT' });
    registry.add({ name: 'Ministry of Ports', type: 'Organization', kind: 'MEDIA' });
    expect(ministry.kind).toBe('GOVERNMENT');
  });

  it('leaves people without a kind', () => {
    const registry = new EntityRegistry();
    const person = registry.add({ name: 'Ada Brook', type: 'Person' });
    registry.add({ name: 'Ada Brook', type: 'Person', kind: 'MEDIA' });
    expect(person.kind).toBeUndefined();
  });
});
