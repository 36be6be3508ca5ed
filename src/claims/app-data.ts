/**
 * The one place the export (`data/claims.json`, the analysts' download) is split for the page,
 * and joined back:
 *
 * - `data/claims.app.json`, what the page needs before it is interactive: the export with each
 *   claim's `source` object replaced by its id (`sourceId`, the same source is in `sources`
 *   once) and without the long texts. `joinApp` puts the source back — the one object of
 *   `sources` with that id, so every claim of a source shares it.
 * - `data/claims.texts.json`, each claim's texts (`TEXT_FIELDS`: quote, caveat, derived,
 *   citation) by claim id, fetched when the card first needs them or in idle time.
 *
 * `join(split(x))` deep-equals `x` (unit-tested on the real export and the fixture dataset).
 * Both files are written without indentation: only the app reads them. Pure: no DOM, no Node.
 */
import type { ClaimsExport, ExportedClaim, ExportedSource } from './export.ts';

/** Where the build writes the two files (beside data/claims.json). */
export const APP_JSON = 'data/claims.app.json';
export const TEXTS_JSON = 'data/claims.texts.json';

/** A data file's address under the page's base. */
export const dataUrl = (file: string, base: string): string => new URL(file, base).href;

/** The claim's fields the page loads later. */
export const TEXT_FIELDS = ['quote', 'caveat', 'derived', 'citation'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** One claim's texts, as `data/claims.texts.json` holds them. */
export type ClaimTexts = Pick<ExportedClaim, TextField>;

/** A claim as the page holds it: its source object, no texts. */
export type AppClaim = Omit<ExportedClaim, TextField>;

/** A claim as `data/claims.app.json` stores it. */
export type LeanClaim = Omit<AppClaim, 'source'> & { sourceId: string };

export interface LeanExport extends Omit<ClaimsExport, 'claims'> {
  claims: LeanClaim[];
}

/** The export as the page holds it once `joinApp` has put the sources back. */
export interface AppExport extends Omit<ClaimsExport, 'claims'> {
  claims: AppClaim[];
}

export interface TextsFile {
  generated: ClaimsExport['generated'];
  /** Claim id → its texts. */
  texts: Record<string, ClaimTexts>;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The export split in two. Throws when a claim's source is not the one in `sources`. */
export function split(data: ClaimsExport): { app: LeanExport; texts: TextsFile } {
  const byId = new Map(data.sources.map((source) => [source.id, source]));
  const texts: Record<string, ClaimTexts> = {};
  const claims = data.claims.map((claim): LeanClaim => {
    const { quote, caveat, derived, citation, source, ...rest } = claim;
    if (!sameJson(byId.get(source.id), source)) {
      throw new Error(
        `Claim ${claim.id}: its source ${source.id} differs from the one in the export's sources, so the page's data cannot refer to it by id. Rebuild the export with \`npm run claims -- --json\` (src/claims/export.ts writes both from the same source).`,
      );
    }
    texts[claim.id] = { quote, caveat, derived, citation };
    return { ...rest, sourceId: source.id };
  });
  return { app: { ...data, claims }, texts: { generated: data.generated, texts } };
}

/** The page's data: each claim with its source object (shared with `sources`), no texts. */
export function joinApp(lean: LeanExport): AppExport {
  const byId = new Map<string, ExportedSource>(lean.sources.map((source) => [source.id, source]));
  const claims = lean.claims.map(({ sourceId, ...rest }): AppClaim => {
    const source = byId.get(sourceId);
    if (!source) {
      throw new Error(
        `${APP_JSON}: claim ${rest.id} names source ${sourceId}, which is not in its sources. Rebuild the app with \`npm run build\`.`,
      );
    }
    return { ...rest, source };
  });
  return { ...lean, claims };
}

/**
 * A claim's texts from the texts file. Throws, saying which claim and how to fix it, when the
 * file has none for it.
 */
export function textsFor(file: TextsFile, id: string): ClaimTexts {
  const texts = Object.hasOwn(file.texts, id) ? file.texts[id] : undefined;
  if (!texts || typeof texts.quote !== 'string') {
    throw new Error(
      `${TEXTS_JSON} has no quote for claim ${id}: it was built from another export than ${APP_JSON}. Rebuild the app with \`npm run build\` and deploy both files together.`,
    );
  }
  return texts;
}

/** The page's data and its texts: the export as `npm run claims -- --json` writes it. */
export function withTexts(app: AppExport, file: TextsFile): ClaimsExport {
  return {
    ...app,
    claims: app.claims.map((claim): ExportedClaim => {
      const { quote, caveat, derived, citation } = textsFor(file, claim.id);
      return { ...claim, quote, caveat, derived, citation };
    }),
  };
}

/** `split`'s inverse. */
export function join(lean: LeanExport, texts: TextsFile): ClaimsExport {
  return withTexts(joinApp(lean), texts);
}

/** The two files' contents, from the export. */
export function splitFiles(data: ClaimsExport): { app: string; texts: string } {
  const { app, texts } = split(data);
  return { app: JSON.stringify(app), texts: JSON.stringify(texts) };
}
