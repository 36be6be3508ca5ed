import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../claims/load.ts';
import { IMMUTABLE, netlifyHeaders, nginxSnippet, SHORT, STRICT_CSP } from './headers.ts';

const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');

/** `_headers` as path → header → value (a header twice on a path is kept twice). */
function parseHeaders(text: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  let path = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      path = line.trim();
      rules.set(path, []);
    } else {
      const at = line.indexOf(':');
      rules.get(path)!.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

describe('deploy headers', () => {
  it('public/_headers and deploy/nginx.conf are the ones src/deploy/headers.ts writes', () => {
    expect(read('public/_headers'), 'run `npm run deploy:headers`').toBe(netlifyHeaders());
    expect(read('deploy/nginx.conf'), 'run `npm run deploy:headers`').toBe(nginxSnippet());
  });

  it('_headers sends the CSP the browser tests run the app under, on every path', () => {
    const rules = parseHeaders(read('public/_headers'));
    expect(rules.get('/*')).toContainEqual(['Content-Security-Policy', STRICT_CSP]);
    // The browser tests take the policy from the same module, not a copy of their own.
    for (const test of ['tests/browser/embed.test.ts', 'tests/browser/editor-big.test.ts']) {
      const source = read(test);
      expect(source).toContain("import { STRICT_CSP } from '../../src/deploy/headers.ts'");
      expect(source).not.toContain("default-src 'none'");
    }
    expect(read('src/embed/README.md')).toContain(STRICT_CSP);
    expect(read('README.md')).toContain(STRICT_CSP);
  });

  it('caches hashed assets for a year and everything else briefly, one Cache-Control a path', () => {
    const rules = parseHeaders(read('public/_headers'));
    expect(rules.get('/assets/*')).toEqual([['Cache-Control', IMMUTABLE]]);
    for (const path of ['/', '/index.html', '/embed.uk.html', '/data/*', '/geo/*', '/boot.js']) {
      expect(rules.get(path), path).toEqual([['Cache-Control', SHORT]]);
    }
    expect(rules.get('/*')!.some(([name]) => name === 'Cache-Control')).toBe(false);
    expect(nginxSnippet()).toContain(`add_header Content-Security-Policy "${STRICT_CSP}" always;`);
    // No X-Frame-Options anywhere: the embed is framed by other sites.
    expect(read('public/_headers')).not.toContain('X-Frame-Options');
  });
});
