/**
 * The extractor's notes (src/extract/notes.ts) in the reader's language: English exactly as
 * the CLI prints them; Ukrainian from the catalog, with `Intl` numbers ("19,24 %", "116 165"),
 * the region table's full names ("Донецька область") and the reading rules' labels. The text's
 * own words in a note stay as the text has them.
 */
import { RULE_LABELS } from '../app/present.ts';
import { regionNameIn } from '../geo/regions.ts';
import { ENGLISH_NOTES, noteText, type Note, type NoteFormat } from '../extract/notes.ts';
import { numberText, percentText, shareText } from '../i18n/format.ts';
import { lang } from '../i18n/lang.ts';

/** How the interface's language writes a note's numbers and names. */
export function noteFormat(): NoteFormat {
  const language = lang();
  if (language === 'en') return ENGLISH_NOTES;
  return {
    locale: language,
    number: numberText,
    thousands: numberText,
    percent: percentText,
    percentRange: shareText,
    region: (id) => regionNameIn(id, language, 'full'),
    rule: (id) => RULE_LABELS[id](),
  };
}

/** A note as the editor shows it, in the interface's language. */
export function readerNote(n: Note): string {
  return noteText(n, noteFormat());
}
