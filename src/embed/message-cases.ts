/**
 * A table of messages a host page may receive, with what `parseEmbedMessage` must make of each.
 * Shared by the parser's tests and the host script's (which runs the built `embed-host.js` on
 * the same table, so the script and the parser cannot drift apart).
 */
import type { ParsedEmbedMessage } from './messages.ts';

const PYM = 'pymxPYMxmapxPYMxheightxPYMx';
const own = (fields: Record<string, unknown>) => ({
  type: 'territory-claims:size',
  version: 1,
  height: 900,
  view: 'latest',
  region: null,
  ...fields,
});
const amp = (fields: Record<string, unknown>) => ({
  sentinel: 'amp',
  type: 'embed-size',
  height: 640,
  ...fields,
});

export const MESSAGE_CASES: [name: string, data: unknown, expected: ParsedEmbedMessage | null][] = [
  // pym.js
  ['pym height', `${PYM}812`, { height: 812, format: 'pym' }],
  ['pym fractional height', `${PYM}812.5`, { height: 812.5, format: 'pym' }],
  ['pym id with dashes', 'pymxPYMxtc-map-1xPYMxheightxPYMx700', { height: 700, format: 'pym' }],
  ['pym least height', `${PYM}1`, { height: 1, format: 'pym' }],
  ['pym greatest height', `${PYM}20000`, { height: 20_000, format: 'pym' }],
  ['pym zero', `${PYM}0`, null],
  ['pym too tall', `${PYM}20001`, null],
  ['pym absurd', `${PYM}9999999`, null],
  ['pym negative', `${PYM}-5`, null],
  ['pym exponent', `${PYM}1e3`, null],
  ['pym with unit', `${PYM}812px`, null],
  ['pym with space', `${PYM} 812`, null],
  ['pym hex', `${PYM}0x10`, null],
  ['pym NaN', `${PYM}NaN`, null],
  ['pym Infinity', `${PYM}Infinity`, null],
  ['pym empty height', PYM, null],
  ['pym empty id', 'pymxPYMxxPYMxheightxPYMx812', null],
  ['pym width message', 'pymxPYMxmapxPYMxwidthxPYMx812', null],
  ['pym other type', 'pymxPYMxmapxPYMxnavigateToxPYMxhttps://example.com', null],
  ['pym extra part', `${PYM}812xPYMxmore`, null],
  ['pattern after other text', `hello ${PYM}812`, null],
  ['pattern after an x', `x${PYM}812`, null],
  ['pattern before other text', `${PYM}812 and more`, null],
  ['pym in capitals', `PYMxPYMxmapxPYMxheightxPYMx812`, null],
  // AMP
  ['amp embed-size', amp({}), { height: 640, format: 'amp' }],
  ['amp with a width', amp({ width: 300 }), { height: 640, format: 'amp' }],
  ['amp height as string', amp({ height: '640' }), null],
  ['amp height NaN', amp({ height: Number.NaN }), null],
  ['amp height Infinity', amp({ height: Number.POSITIVE_INFINITY }), null],
  ['amp negative', amp({ height: -1 }), null],
  ['amp zero', amp({ height: 0 }), null],
  ['amp too tall', amp({ height: 20_001 }), null],
  ['amp no height', amp({ height: undefined }), null],
  ['amp wrong sentinel', amp({ sentinel: 'AMP' }), null],
  ['amp wrong type', amp({ type: 'embed-resize' }), null],
  ['amp no sentinel', amp({ sentinel: undefined }), null],
  // ours
  ['own', own({}), { height: 900, view: 'latest', region: null, format: 'own' }],
  [
    'own, height only (the default)',
    { type: 'territory-claims:size', version: 1, height: 900 },
    { height: 900, format: 'own' },
  ],
  [
    'own, a view without its region',
    { type: 'territory-claims:size', version: 1, height: 900, view: 'latest' },
    null,
  ],
  [
    'own with a region',
    own({ view: 'seed-004', region: 'UA-14', height: 1234.5 }),
    { height: 1234.5, view: 'seed-004', region: 'UA-14', format: 'own' },
  ],
  ['own version 2', own({ version: 2 }), null],
  ['own version as string', own({ version: '1' }), null],
  ['own no version', own({ version: undefined }), null],
  ['own empty view', own({ view: '' }), null],
  ['own view a number', own({ view: 4 }), null],
  ['own view too long', own({ view: 'v'.repeat(201) }), null],
  ['own no region', own({ region: undefined }), null],
  ['own region a number', own({ region: 14 }), null],
  ['own height as string', own({ height: '900' }), null],
  ['own too tall', own({ height: 1e9 }), null],
  ['own wrong type', own({ type: 'territory-claims:sizes' }), null],
  ['own as a JSON string', JSON.stringify(own({})), null],
  ['own request (not a size)', { type: 'territory-claims:request-size', version: 1 }, null],
  // other things pages post
  ['null', null, null],
  ['undefined', undefined, null],
  ['number', 812, null],
  ['boolean', true, null],
  ['empty string', '', null],
  ['plain string', 'hello', null],
  ['array', [812], null],
  [
    'array with fields',
    Object.assign([], { height: 640, sentinel: 'amp', type: 'embed-size' }),
    null,
  ],
  ['empty object', {}, null],
  ['height only', { height: 640 }, null],
  ['iframe-resizer style', '[iFrameSizer]frame1:812:300:mutationObserver', null],
];
