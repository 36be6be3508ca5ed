import { describe, expect, it } from 'vitest';
import { findChromium, INSTALL_HINT } from '../support/chromium.ts';

describe('findChromium', () => {
  it('prefers CHROME_PATH when the file exists', () => {
    expect(
      findChromium(
        { CHROME_PATH: '/opt/chrome' },
        (p) => p === '/opt/chrome' || p === '/usr/bin/chromium',
      ),
    ).toBe('/opt/chrome');
  });

  it('fails, saying so, when CHROME_PATH points nowhere', () => {
    expect(() => findChromium({ CHROME_PATH: '/nope' }, (p) => p === '/usr/bin/chromium')).toThrow(
      'CHROME_PATH is set to "/nope", but no file is there.',
    );
  });

  it('falls back to /usr/bin/chromium, then the other usual paths', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome-stable')).toBe(
      '/usr/bin/google-chrome-stable',
    );
  });

  it('fails with the install command when none is found, never skipping', () => {
    expect(() => findChromium({}, () => false)).toThrow(INSTALL_HINT);
    expect(INSTALL_HINT).toContain('apt-get install -y chromium');
    expect(INSTALL_HINT).toContain('CHROME_PATH');
  });
});
