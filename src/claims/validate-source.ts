/**
 * The validator's checks across a source's fields, once their structure is sound (the schema
 * in schema.ts checked it): the id matches the file name, there is a url or a document, an
 * excerpt names its page; then its dates (validate-dates.ts) and its stored text
 * (validate-texts.ts). The problems come in that order.
 */
import type { SourceInfo } from './schema.ts';
import { retrievedProblems, sourceDateProblems } from './validate-dates.ts';
import { said } from './validate-messages.ts';
import { storedTextProblems } from './validate-texts.ts';
import { problemList, type Problem, type ValidateOptions } from './validate-types.ts';

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
}

/** Every problem across the fields of `source`, read from `file`. */
export function sourceProblems(
  source: SourceInfo,
  file: string,
  options: ValidateOptions,
): Problem[] {
  const { out, add } = problemList();
  const name = baseName(file);
  if (source.id !== name) {
    add(
      `source id "${source.id}" does not match the file name ${name}.json`,
      `set id to "${name}" or rename the file to ${source.id}.json`,
      said('source-id-file', { id: source.id, name }),
    );
  }
  out.push(...sourceDateProblems(source));
  if (source.url === null && source.document === null) {
    add(
      'the source has neither url nor document',
      "give the page's url, or the seed text's file name in document",
      said('no-url-document'),
    );
  }
  out.push(...retrievedProblems(source));
  if (source.text.extent === 'excerpt' && source.url === null) {
    add(
      'an excerpt needs the url of the page it came from',
      'give the page\'s url, or set text.extent to "full" when the whole text is stored',
      said('excerpt-url'),
    );
  }
  out.push(...storedTextProblems(source, options));
  return out;
}
