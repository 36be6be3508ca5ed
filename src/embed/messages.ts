/**
 * The messages an embed and its host page exchange, as pure builders and parsers (no DOM).
 *
 * The embed reports its content height in three formats, so that hosts which already speak one
 * of them resize it without our script:
 *
 * - pym.js: the string `pymxPYMx{id}xPYMxheightxPYMx{px}` (sent only when the embed knows the
 *   id pym gave it in the `childId` URL parameter);
 * - AMP (`amp-iframe resizable`): `{ sentinel: 'amp', type: 'embed-size', height }`;
 * - ours: `{ type: 'territory-claims:size', version: 1, height }`; with `view` and `region`
 *   (what the reader chose) only when the embed code asks for them with `sync=1`.
 *
 * A host asks an embed to report again with `{ type: 'territory-claims:request-size', version: 1 }`
 * (our host script does so when it starts, in case the embeds loaded first), pym parents
 * ask with their `width` message, and @newswire/frames hosts (its `Framer` and `observeIframe`)
 * with `{ sentinel: 'amp', type: 'frames-init' }`, which the embed answers as frames' own
 * children do: with its AMP `embed-size` message (sent with every report).
 *
 * The parsers accept exactly these shapes and nothing that merely resembles them: a height must
 * be a finite number from 1 to 20,000 px (a pym height, its decimal digits).
 */

/** `type` of our own size message. */
export const SIZE_MESSAGE_TYPE = 'territory-claims:size';
/** `type` of the message a host sends to ask for a fresh size report. */
export const SIZE_REQUEST_TYPE = 'territory-claims:request-size';
/** `type` of the request @newswire/frames hosts send an iframe once they listen to it. */
export const FRAMES_INIT_TYPE = 'frames-init';
/** Version of our own messages; parsers reject any other. */
export const MESSAGE_VERSION = 1;
/** Heights above this are treated as a mistake (or a runaway layout) and ignored. */
export const MAX_HEIGHT = 20_000;

const PYM_PREFIX = 'pym';
const PYM_SEPARATOR = 'xPYMx';
/** Longest pym id, view id or region code the parsers accept. */
const MAX_ID_LENGTH = 200;

export type EmbedMessageFormat = 'pym' | 'amp' | 'own';

export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export interface OwnSizeMessage {
  type: typeof SIZE_MESSAGE_TYPE;
  version: typeof MESSAGE_VERSION;
  /** Content height in CSS pixels. */
  height: number;
  /** Id of the view the embed shows (as in its `view` URL parameter); only with `sync=1`. */
  view?: string;
  /** ISO 3166-2 code of the selected region, or null; only with `sync=1`. */
  region?: string | null;
}

export interface SizeRequestMessage {
  type: typeof SIZE_REQUEST_TYPE;
  version: typeof MESSAGE_VERSION;
}

export interface ParsedEmbedMessage {
  height: number;
  /** Only in our own format. */
  view?: string;
  /** Only in our own format. */
  region?: string | null;
  format: EmbedMessageFormat;
}

/** Whether `height` is one the host should apply: finite, at least 1 and at most MAX_HEIGHT. */
export function isValidHeight(height: unknown): height is number {
  return (
    typeof height === 'number' && Number.isFinite(height) && height >= 1 && height <= MAX_HEIGHT
  );
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** pym.js's height message for the child with id `id`. */
export function pymHeightMessage(id: string, height: number): string {
  return [PYM_PREFIX, id, 'height', String(height)].join(PYM_SEPARATOR);
}

/** pym.js's width message (what a pym parent sends its child, asking for its height). */
export function pymWidthMessage(id: string, width: number): string {
  return [PYM_PREFIX, id, 'width', String(width)].join(PYM_SEPARATOR);
}

/** AMP's `embed-size` request (honoured by `<amp-iframe resizable>`). */
export function ampSizeMessage(height: number): AmpSizeMessage {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/**
 * Our own size message: the height, and what the reader has chosen (view and region) only when
 * `shown` is given, i.e. when the embed code opted in with `sync=1`.
 */
export function ownSizeMessage(
  height: number,
  shown?: { view: string; region: string | null } | null,
): OwnSizeMessage {
  const message: OwnSizeMessage = { type: SIZE_MESSAGE_TYPE, version: MESSAGE_VERSION, height };
  if (shown) {
    message.view = shown.view;
    message.region = shown.region;
  }
  return message;
}

/** What a host sends an embed to have it report its size again. */
export function sizeRequestMessage(): SizeRequestMessage {
  return { type: SIZE_REQUEST_TYPE, version: MESSAGE_VERSION };
}

/** Splits a pym message into its id, type and value, or null if it is not exactly one. */
function splitPym(data: string): { id: string; type: string; value: string } | null {
  const parts = data.split(PYM_SEPARATOR);
  if (parts.length !== 4 || parts[0] !== PYM_PREFIX) return null;
  const [, id, type, value] = parts as [string, string, string, string];
  return isId(id) ? { id, type, value } : null;
}

/** A pym pixel value: decimal digits, optionally with a fraction; nothing else. */
function pymNumber(value: string): number | null {
  return /^\d{1,6}(?:\.\d{1,6})?$/.test(value) ? Number(value) : null;
}

/**
 * Reads a size report in any of the three formats. Returns null for anything else, including
 * malformed or out-of-range heights, wrong types, and strings that merely contain the pattern.
 */
export function parseEmbedMessage(data: unknown): ParsedEmbedMessage | null {
  if (typeof data === 'string') {
    const pym = splitPym(data);
    if (!pym || pym.type !== 'height') return null;
    const height = pymNumber(pym.value);
    return isValidHeight(height) ? { height, format: 'pym' } : null;
  }
  if (!isRecord(data) || !isValidHeight(data.height)) return null;
  if (data.sentinel === 'amp' && data.type === 'embed-size') {
    return { height: data.height, format: 'amp' };
  }
  if (data.type === SIZE_MESSAGE_TYPE && data.version === MESSAGE_VERSION) {
    // Height only (the default), or with the view and region (sync=1), both well formed.
    if (!('view' in data) && !('region' in data)) return { height: data.height, format: 'own' };
    if (isId(data.view) && (data.region === null || isId(data.region))) {
      return { height: data.height, view: data.view, region: data.region, format: 'own' };
    }
  }
  return null;
}

/**
 * Whether `data` asks the embed to report its size again: our request, a @newswire/frames
 * host's `frames-init`, or (when the embed has a pym id) the pym parent's width message for
 * that id.
 */
export function isSizeRequest(data: unknown, pymId?: string): boolean {
  if (typeof data === 'string') {
    const pym = pymId ? splitPym(data) : null;
    return !!pym && pym.id === pymId && pym.type === 'width' && pymNumber(pym.value) !== null;
  }
  if (!isRecord(data)) return false;
  if (data.sentinel === 'amp' && data.type === FRAMES_INIT_TYPE) return true;
  return data.type === SIZE_REQUEST_TYPE && data.version === MESSAGE_VERSION;
}
