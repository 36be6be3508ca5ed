/**
 * No component writes reader-facing English itself: every text node of every `.svelte` file in
 * the app, and every static aria-label, title, alt, placeholder and label attribute, holds no
 * word outside the few names that are the same in every language (file formats). Words belong in
 * messages/{lang}.json. The editors' page (src/editor/) included: its interface is translated
 * too (quotes, codes and the extractor's notes are data and stay as they are).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../claims/load.ts';

/** Words that are the same in every language. */
const NAMES = new Set(['CSV', 'JSON', 'SVG', 'PNG']);
const ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'alt',
  'placeholder',
  'label',
  'aria-valuetext',
]);
const SKIP_DIRS = new Set(['paraglide']);

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

interface Node {
  type: string;
  data?: string;
  name?: string;
  value?: unknown;
  [key: string]: unknown;
}

/** The words of a text that are not names: letters in a row, two or more. */
const words = (text: string) =>
  (text.match(/\p{L}{2,}/gu) ?? []).filter((word) => !NAMES.has(word));

/** Every English literal a reader would see in the component's markup. */
export function englishLiterals(source: string): string[] {
  const ast = parse(source, { modern: true }) as unknown as { fragment: Node };
  const found: string[] = [];
  const visit = (node: unknown, parent: Node | null): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent));
    const n = node as Node;
    if (n.type === 'Text' && parent?.type === 'Fragment' && words(n.data ?? '').length) {
      found.push((n.data ?? '').trim());
    }
    if (n.type === 'Attribute' && ATTRIBUTES.has(n.name ?? '') && Array.isArray(n.value)) {
      for (const part of n.value as Node[]) {
        if (part.type === 'Text' && words(part.data ?? '').length)
          found.push(`${n.name}="${part.data}"`);
      }
    }
    // Style and script blocks are not markup; a <code> element holds a path or a field name.
    if (n.type === 'StyleSheet' || n.type === 'Script') return;
    if (n.type === 'RegularElement' && n.name === 'code') return;
    for (const [key, value] of Object.entries(n)) {
      if (key === 'parent' || key === 'metadata') continue;
      if (value && typeof value === 'object') visit(value, n);
    }
  };
  visit(ast.fragment, null);
  return found;
}

describe('components hold no reader-facing English', () => {
  it('finds a literal where there is one (the check can fail)', () => {
    expect(englishLiterals('<p>Hello {name}</p><button aria-label="Close">×</button>')).toEqual([
      'Hello',
      'aria-label="Close"',
    ]);
    expect(englishLiterals('<p>{m.hello()} · CSV</p><svg><text>{label}</text></svg>')).toEqual([]);
    expect(englishLiterals('<p>{m.save()} <code>data/sources/</code></p>')).toEqual([]);
    expect(englishLiterals('<p>Save <code>x</code></p>')).toEqual(['Save']);
  });

  it("covers the editors' page", () => {
    const files = svelteFiles(join(REPO_ROOT, 'src')).map((file) => relative(REPO_ROOT, file));
    expect(files).toContain(join('src', 'editor', 'EditorPanel.svelte'));
    expect(files).toContain(join('src', 'editor', 'CandidateRow.svelte'));
  });

  it.each(svelteFiles(join(REPO_ROOT, 'src')).map((file) => [relative(REPO_ROOT, file), file]))(
    '%s',
    (_, file) => {
      expect(englishLiterals(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
