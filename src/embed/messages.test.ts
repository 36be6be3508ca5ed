import { describe, expect, it } from 'vitest';
import { MESSAGE_CASES } from './message-cases.ts';
import {
  ampSizeMessage,
  isSizeRequest,
  isValidHeight,
  ownSizeMessage,
  parseEmbedMessage,
  pymHeightMessage,
  pymWidthMessage,
  sizeRequestMessage,
} from './messages.ts';

describe('builders', () => {
  it('writes pym.js’s height message', () => {
    expect(pymHeightMessage('map', 812)).toBe('pymxPYMxmapxPYMxheightxPYMx812');
  });

  it('writes pym.js’s width message', () => {
    expect(pymWidthMessage('map', 360)).toBe('pymxPYMxmapxPYMxwidthxPYMx360');
  });

  it('writes AMP’s embed-size request', () => {
    expect(ampSizeMessage(640)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });

  it('writes our own size message with the height only, by default', () => {
    expect(ownSizeMessage(900)).toEqual({ type: 'territory-claims:size', version: 1, height: 900 });
  });

  it('writes our own size message with the view and region, when asked to (sync=1)', () => {
    expect(ownSizeMessage(900, { view: 'seed-004', region: 'UA-14' })).toEqual({
      type: 'territory-claims:size',
      version: 1,
      height: 900,
      view: 'seed-004',
      region: 'UA-14',
    });
  });

  it.each([
    ['pym', pymHeightMessage('tc-1', 733), { height: 733, format: 'pym' }],
    ['amp', ampSizeMessage(733), { height: 733, format: 'amp' }],
    [
      'own',
      ownSizeMessage(733, { view: 'latest', region: null }),
      { height: 733, view: 'latest', region: null, format: 'own' },
    ],
    ['own, height only', ownSizeMessage(733), { height: 733, format: 'own' }],
  ])('the parser reads what the %s builder writes', (_name, message, parsed) => {
    expect(parseEmbedMessage(message)).toEqual(parsed);
    // Survives the structured clone postMessage makes.
    expect(parseEmbedMessage(structuredClone(message))).toEqual(parsed);
  });
});

describe('parseEmbedMessage', () => {
  it.each(MESSAGE_CASES)('%s', (_name, data, expected) => {
    expect(parseEmbedMessage(data)).toEqual(expected);
  });
});

describe('isValidHeight', () => {
  it.each([
    [1, true],
    [640, true],
    [640.25, true],
    [20_000, true],
    [0, false],
    [0.5, false],
    [-1, false],
    [20_000.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['640', false],
    [null, false],
  ])('%s → %s', (height, valid) => {
    expect(isValidHeight(height)).toBe(valid);
  });
});

describe('isSizeRequest', () => {
  it.each([
    ['our request', sizeRequestMessage(), undefined, true],
    ['our request, with a pym id', sizeRequestMessage(), 'map', true],
    ['our request, version 2', { type: 'territory-claims:request-size', version: 2 }, 'map', false],
    ['pym width for our id', pymWidthMessage('map', 360), 'map', true],
    ['@newswire/frames init', { sentinel: 'amp', type: 'frames-init' }, undefined, true],
    ['frames init without the AMP sentinel', { type: 'frames-init' }, undefined, false],
    ['frames init, another sentinel', { sentinel: 'AMP', type: 'frames-init' }, 'map', false],
    ['pym width for another id', pymWidthMessage('other', 360), 'map', false],
    ['pym width without an id of ours', pymWidthMessage('map', 360), undefined, false],
    ['pym width that is not a number', 'pymxPYMxmapxPYMxwidthxPYMxwide', 'map', false],
    ['pym height (a child’s message, not a request)', pymHeightMessage('map', 360), 'map', false],
    ['a size report', ownSizeMessage(900, { view: 'latest', region: null }), 'map', false],
    ['null', null, 'map', false],
    ['a string', 'request-size', 'map', false],
  ])('%s', (_name, data, pymId, expected) => {
    expect(isSizeRequest(data, pymId)).toBe(expected);
  });
});
