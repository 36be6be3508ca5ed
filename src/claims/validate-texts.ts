/**
 * The validator's checks against the stored texts (see archive.ts): a source's text is there
 * and unchanged (its sha256), and every quote of the source is found in it. Without
 * `options.texts` nothing is checked.
 */
import { TEXTS_DIR, textFileOf } from './archive.ts';
import type { Claim, SourceInfo } from './schema.ts';
import { containsQuote, firstWords } from './text.ts';
import { said } from './validate-messages.ts';
import {
  problemList,
  type Problem,
  type TextEntry,
  type ValidateOptions,
} from './validate-types.ts';

function storedText(options: ValidateOptions, name: string): TextEntry | undefined {
  const texts = options.texts;
  if (!texts) return undefined;
  if (texts instanceof Map) return texts.get(name);
  const record = texts as Readonly<Record<string, TextEntry>>;
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** The text a source's quotes are checked against, when it is present and unchanged. */
function checkedText(options: ValidateOptions, source: SourceInfo): string | undefined {
  const entry = storedText(options, textFileOf(source));
  if (entry === undefined) return undefined;
  if (entry.sha256 !== undefined && entry.sha256 !== source.text.sha256) return undefined;
  return entry.text;
}

/** The source's stored text is among the texts given, with the sha256 the source records. */
export function storedTextProblems(source: SourceInfo, options: ValidateOptions): Problem[] {
  const { out, add } = problemList();
  if (options.texts === undefined) return out;
  const path = `${TEXTS_DIR}/${textFileOf(source)}`;
  const entry = storedText(options, textFileOf(source));
  if (entry === undefined) {
    add(
      `its stored text ${path} is missing`,
      `save the text the quotes were read from as ${path} and record its sha256 in text.sha256` +
        (source.document !== null ? ', or correct "document"' : ''),
      said(
        'text-missing',
        { path },
        {
          code: source.document !== null ? 'text-missing-document-fix' : 'text-missing-fix',
          values: { path },
        },
      ),
    );
  } else if (entry.sha256 !== undefined && entry.sha256 !== source.text.sha256) {
    add(
      `the stored text ${path} has sha256 ${entry.sha256}, not the ${source.text.sha256} recorded in text.sha256`,
      `restore the file (git checkout -- ${path}) if it changed by mistake; if you corrected it on purpose, set text.sha256 to "${entry.sha256}" and check the quotes again`,
      said('text-sha', { path, found: entry.sha256, recorded: source.text.sha256 }),
    );
  }
  return out;
}

/** The claim's quote is in its source's stored text (when that text is there and unchanged). */
export function quoteProblems(
  claim: Claim,
  source: SourceInfo,
  options: ValidateOptions,
): Problem[] {
  const { out, add } = problemList();
  const text = checkedText(options, source);
  if (text !== undefined && !containsQuote(text, claim.quote)) {
    add(
      `quote "${firstWords(claim.quote)}" was not found in its stored text ${TEXTS_DIR}/${textFileOf(source)}`,
      'copy the sentence(s) exactly from the text (only whitespace, the style of quotes, apostrophes and dashes, and the ellipsis may differ; see data/README.md)',
      said('quote-not-found', {
        quote: firstWords(claim.quote),
        path: `${TEXTS_DIR}/${textFileOf(source)}`,
      }),
    );
  }
  return out;
}
