/**
 * Long lists cut to size (pure), for when the dataset has hundreds of sources: the items in
 * groups (the speaker groups), each showing its first few with the rest on demand, and a
 * filter by what the reader types. The picker's sources and the card's claims both go through
 * it.
 */

/**
 * The picker's sources: all of them up to PICKER_ALL; past it, PICKER_PAGE a speaker group
 * before "Show more", and as many more a press.
 */
export const PICKER_ALL = 20;
export const PICKER_PAGE = 5;
/**
 * The card's list of claims about a region: all of them up to CARD_ALL; past it, CARD_PAGE a
 * speaker group before "Show more", and CARD_MORE more a press.
 */
export const CARD_ALL = 12;
export const CARD_PAGE = 3;
export const CARD_MORE = 10;

export interface ListGroup<T, G extends string> {
  id: G;
  /** The group's items shown, in the order given. */
  items: T[];
  /** The group's items in all. */
  total: number;
  /** Items not shown yet. */
  hidden: number;
}

export interface GroupOptions<T, G extends string> {
  groupOf: (item: T) => G;
  /** The groups' order; a group with no item is left out, one not named comes last. */
  order: readonly G[];
  /** Items shown per group; `page` for a group not named. */
  limits: Partial<Record<G, number>>;
  page: number;
  /** An item id always shown (the selected one), past its group's limit. */
  keep: string | null;
}

export function groupedList<T extends { id: string }, G extends string>(
  items: readonly T[],
  options: GroupOptions<T, G>,
): ListGroup<T, G>[] {
  const byGroup = new Map<G, T[]>();
  for (const item of items) {
    const group = options.groupOf(item);
    const list = byGroup.get(group) ?? [];
    list.push(item);
    byGroup.set(group, list);
  }
  const known = new Set(options.order);
  const order = [...options.order, ...[...byGroup.keys()].filter((id) => !known.has(id))];
  return order.flatMap((id) => {
    const list = byGroup.get(id);
    if (!list?.length) return [];
    const limit = Math.max(1, options.limits[id] ?? options.page);
    const shown = list.slice(0, limit);
    const kept = list.findIndex((item) => item.id === options.keep);
    if (kept >= limit) shown.push(list[kept]!);
    return [{ id, items: shown, total: list.length, hidden: list.length - shown.length }];
  });
}

/** Lower case, without accents, for matching what was typed against a name. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase();
}

/** Whether every word of the query is somewhere in the text (any case, accents ignored). */
export function matchesQuery(text: string, query: string): boolean {
  return matchesFolded(foldForSearch(text), foldForSearch(query));
}

/** matchesQuery for a text and a query already folded (foldForSearch). */
export function matchesFolded(text: string, query: string): boolean {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}
