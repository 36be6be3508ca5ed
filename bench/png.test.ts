import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng } from './png.ts';

/** A PNG file from raw scanlines (each starting with its filter byte); CRCs left at zero. */
function png(width: number, height: number, colourType: 2 | 6, rows: number[][]): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), body, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colourType;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows.flat()))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Two RGB pixels a row: (10,20,30) (40,50,60) on top, (11,22,33) (44,55,66) below.
const TOP = [10, 20, 30, 40, 50, 60];
const BOTTOM = [11, 22, 33, 44, 55, 66];
const RGBA = [10, 20, 30, 255, 40, 50, 60, 255, 11, 22, 33, 255, 44, 55, 66, 255];

describe('decodePng', () => {
  it.each([
    {
      filter: 'None',
      rows: [
        [0, ...TOP],
        [0, ...BOTTOM],
      ],
    },
    // Sub: each byte minus the byte one pixel to the left.
    {
      filter: 'Sub',
      rows: [
        [1, 10, 20, 30, 30, 30, 30],
        [1, 11, 22, 33, 33, 33, 33],
      ],
    },
    // Up: each byte minus the byte above.
    {
      filter: 'Up',
      rows: [
        [2, ...TOP],
        [2, 1, 2, 3, 4, 5, 6],
      ],
    },
    // Average: minus floor((left + up) / 2).
    {
      filter: 'Average',
      rows: [
        [3, 10, 20, 30, 35, 40, 45],
        [3, 6, 12, 18, 19, 19, 20],
      ],
    },
    // Paeth: minus whichever of left, up, up-left is nearest left + up − up-left.
    {
      filter: 'Paeth',
      rows: [
        [4, 10, 20, 30, 30, 30, 30],
        [4, 1, 2, 3, 4, 5, 6],
      ],
    },
  ])('reads RGB rows filtered with $filter', ({ rows }) => {
    const image = decodePng(png(2, 2, 2, rows));
    expect(image.width).toBe(2);
    expect(image.height).toBe(2);
    expect([...image.data]).toEqual(RGBA);
  });

  it('reads RGBA', () => {
    const image = decodePng(png(1, 1, 6, [[0, 1, 2, 3, 128]]));
    expect([...image.data]).toEqual([1, 2, 3, 128]);
  });

  it('rejects what is not a PNG', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow('Not a PNG file.');
  });

  it('says which PNGs it cannot read', () => {
    const file = png(1, 1, 2, [[0, 0, 0, 0]]);
    file[24] = 16; // bit depth
    expect(() => decodePng(file)).toThrow(
      'Unsupported PNG (bit depth 16, colour type 2, interlace 0); this decoder reads 8-bit RGB/RGBA screenshots only.',
    );
  });
});
