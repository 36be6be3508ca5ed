import { describe, expect, it } from 'vitest';
import { heapGrowth, snapshotTotals } from './heap.ts';

describe('snapshotTotals', () => {
  it('adds self sizes, and those of code nodes apart', () => {
    const snapshot = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
          node_types: [['hidden', 'object', 'code', 'native'], 'string'] as [string[], string],
        },
      },
      // type, name, id, self_size, edge_count
      nodes: [1, 0, 1, 100, 0, 2, 0, 2, 40, 0, 3, 0, 3, 7, 0, 2, 0, 4, 3, 0],
    };
    expect(snapshotTotals(snapshot)).toEqual({ total: 150, code: 43 });
  });

  it('says when the snapshot lacks the fields it needs', () => {
    const snapshot = {
      snapshot: { meta: { node_fields: ['name'], node_types: [[]] as [string[]] } },
      nodes: [],
    };
    expect(() => snapshotTotals(snapshot)).toThrow(
      'The heap snapshot has no "type" or "self_size" node field.',
    );
  });
});

describe('heapGrowth', () => {
  it('leaves compiled code out of the objects figure', () => {
    const before = { usedSize: 1000, snapshotBytes: 2000, codeBytes: 500 };
    const after = { usedSize: 1100, snapshotBytes: 2115, codeBytes: 600 };
    const growth = heapGrowth(before, after);
    expect(growth.objectsPct).toBeCloseTo(1, 10);
    expect(growth.usedSizePct).toBeCloseTo(10, 10);
  });
});
