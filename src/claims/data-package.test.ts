import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { publishedFiles } from './package-plugin.ts';
import { PACKAGE_DIR, SOURCE_SCHEMA_FILE, packageFileNames } from './package-files.ts';
import { crc32 } from './zip.ts';
import { loadExport } from './load.ts';

const updated = loadExport().updated;
const names = packageFileNames(updated);
const files = publishedFiles();
const bytes = (name: string) => {
  const found = files.get(`${PACKAGE_DIR}/${name}`);
  if (found === undefined) throw new Error(`no ${name}`);
  return typeof found === 'string' ? new TextEncoder().encode(found) : found;
};
const text = (name: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(name));

/** The entries of a ZIP, read back through its central directory. */
function unzip(archive: Uint8Array): Map<string, Uint8Array> {
  const view = Buffer.from(archive);
  const end = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const size = view.readUInt32LE(at + 20);
    const nameLength = view.readUInt16LE(at + 28);
    const local = view.readUInt32LE(at + 42);
    const crc = view.readUInt32LE(at + 16);
    const name = view.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localName = view.readUInt16LE(local + 26);
    const data = inflateRawSync(
      view.subarray(local + 30 + localName, local + 30 + localName + size),
    );
    expect(crc32(data), name).toBe(crc);
    out.set(name, data);
    at += 46 + nameLength;
  }
  return out;
}

describe('the data package', () => {
  it('names its files by the dataset date and starts every CSV with the byte-order mark', () => {
    expect(names.claimsCsv).toBe(`territory-claims-${updated}.csv`);
    for (const csv of [names.claimsCsv, names.mappedCsv, names.correctionsCsv]) {
      expect([...bytes(csv).subarray(0, 3)], csv).toEqual([0xef, 0xbb, 0xbf]);
    }
    expect(text(names.claimsCsv)).toMatch(/^\uFEFFid,region,/);
    expect(text(names.correctionsCsv)).toContain('washington-post-2022-09-30/ukraine-control');
  });

  it('describes every data file in datapackage.json with its bytes, hash and fields', () => {
    const descriptor = JSON.parse(text(names.datapackage)) as {
      version: string;
      resources: {
        path: string;
        bytes: number;
        hash: string;
        schema?: { fields: { name: string }[] };
      }[];
    };
    expect(descriptor.version).toBe(updated);
    for (const resource of descriptor.resources) {
      const data = bytes(resource.path);
      expect(resource.bytes, resource.path).toBe(data.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(data).digest('hex')}`);
      if (resource.schema) {
        const header = new TextDecoder('utf-8', { ignoreBOM: true })
          .decode(data)
          .slice(1)
          .split('\r\n')[0]!
          .split(',');
        expect(
          resource.schema.fields.map((f) => f.name),
          resource.path,
        ).toEqual(header);
      }
    }
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(
      [
        names.claimsCsv,
        names.claimsJson,
        names.mappedCsv,
        names.mappedJson,
        names.correctionsCsv,
      ].sort(),
    );
  });

  it("writes a README with the columns, in the catalogs' words, and how to cite", () => {
    const readme = text(names.readme);
    expect(readme).toContain(`version ${updated}`);
    expect(readme).toContain('| `citation` | string |');
    expect(readme).toContain('| `share_pct` | number |');
    expect(readme).toContain('- `control`: Russian-controlled / під контролем Росії');
    expect(readme).toContain('## How to cite');
    expect(readme).toContain('| Caveat / Застереження |');
  });

  it('holds every file, byte for byte, in the ZIP', () => {
    const entries = unzip(bytes(names.zip));
    const inside = [...entries.keys()].map((name) =>
      name.replace(`territory-claims-${updated}/`, ''),
    );
    expect(inside).toContain(names.datapackage);
    for (const [name, data] of entries) {
      expect(Buffer.compare(Buffer.from(data), Buffer.from(bytes(name.split('/')[1]!))), name).toBe(
        0,
      );
    }
    expect(entries.size).toBe(10);
  });

  it('publishes the source schema', () => {
    expect(JSON.parse(String(files.get(SOURCE_SCHEMA_FILE))).title).toBe(
      'Territory Claims source file',
    );
  });
});
