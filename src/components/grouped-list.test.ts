import { describe, expect, it } from 'vitest';
import { foldForSearch, groupedList, matchesQuery } from './grouped-list.ts';

type G = 'a' | 'b' | 'c';
const items = (group: G, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${group}${i}`, group }));
const options = {
  groupOf: (item: { group: G }) => item.group,
  order: ['b', 'a', 'c'] as const,
  limits: {},
  page: 3,
  keep: null,
};

describe('groupedList', () => {
  it('groups in the order given, leaves out empty groups, and shows a page of each', () => {
    const groups = groupedList([...items('a', 5), ...items('b', 2)], options);
    expect(groups.map((g) => g.id)).toEqual(['b', 'a']);
    expect(groups[0]).toMatchObject({ total: 2, hidden: 0 });
    expect(groups[1]!.items.map((i) => i.id)).toEqual(['a0', 'a1', 'a2']);
    expect(groups[1]).toMatchObject({ total: 5, hidden: 2 });
  });

  it('shows more of a group when its limit is raised, never fewer than one', () => {
    const list = items('a', 30);
    expect(groupedList(list, { ...options, limits: { a: 13 } })[0]).toMatchObject({
      hidden: 17,
    });
    expect(groupedList(list, { ...options, limits: { a: 0 } })[0]!.items).toHaveLength(1);
  });

  it('always shows the kept item, after the page, without counting it hidden', () => {
    const group = groupedList(items('c', 10), { ...options, keep: 'c7' })[0]!;
    expect(group.items.map((i) => i.id)).toEqual(['c0', 'c1', 'c2', 'c7']);
    expect(group.hidden).toBe(6);
    // Within the page it is not repeated.
    expect(groupedList(items('c', 10), { ...options, keep: 'c1' })[0]!.items).toHaveLength(3);
  });
});

describe('matchesQuery', () => {
  it('needs every word, in any order and case, accents ignored', () => {
    expect(matchesQuery('DeepState (via Ukrainska Pravda), 2 Jan 2026', 'pravda deepstate')).toBe(
      true,
    );
    expect(matchesQuery('DeepState, 2 Jan 2026', 'deepstate 2025')).toBe(false);
    expect(matchesQuery('Le Monde, c. 9 Nov 2025', '  ')).toBe(true);
    expect(matchesQuery('Kyïv Independent', 'kyiv')).toBe(true);
    expect(foldForSearch('Ї')).toBe('і');
  });
});
