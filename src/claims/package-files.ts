/**
 * The data package's files (see data-package.ts), by the dataset's date: the page links to
 * them and the build writes them, both from these names. Pure and tiny, so the page's bundle
 * takes in nothing else of the package.
 */

/** Folder of the package in the build, beside data/claims.json. */
export const PACKAGE_DIR = 'data/package';

/** The JSON Schema of a source file (data/sources/<id>.json), for editors' tools. */
export const SOURCE_SCHEMA_FILE = 'schema/source.schema.json';

/** The package's file names for the dataset updated on `updated` ("YYYY-MM-DD"). */
export function packageFileNames(updated: string) {
  const stem = `territory-claims-${updated}`;
  return {
    claimsCsv: `${stem}.csv`,
    claimsJson: `${stem}.json`,
    mappedCsv: `${stem}-mapped-deepstate.csv`,
    mappedJson: `${stem}-mapped-deepstate.json`,
    correctionsCsv: `${stem}-corrections.csv`,
    readme: 'README.md',
    licence: 'LICENSE',
    terms: 'TERMS.md',
    citation: 'CITATION.cff',
    datapackage: 'datapackage.json',
    /** Every file above in one archive. */
    zip: `${stem}.zip`,
  } as const;
}

/** The address of a package file relative to the page. */
export function packageHref(file: string): string {
  return `${PACKAGE_DIR}/${file}`;
}
