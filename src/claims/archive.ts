/**
 * The source archive: the text of every source the dataset cites, stored in the repository
 * under `data/texts/`, so every quote can be checked (and read) without anything beside the
 * checkout. A seed text keeps its received file name (the source's `document`); a web source's
 * text is `<source-id>.txt`.
 * Pure: no DOM, no Node APIs.
 */

export const TEXTS_DIR = 'data/texts';

/** The stored text's file name, in `data/texts/`. */
export function textFileOf(source: { id: string; document: string | null }): string {
  return source.document ?? `${source.id}.txt`;
}

/** A stored text as read from disk: its content and the sha256 of its bytes. */
export interface ArchivedText {
  text: string;
  sha256: string;
}
