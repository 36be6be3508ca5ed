/**
 * The validator's problems (src/claims/validate.ts) and the editor's placeholder problems in
 * the reader's language. A problem carries its words as data (`Said`: codes and values, see
 * validate-messages.ts); English shows the validator's own message, exactly as the CLIs print
 * it, and another language renders the codes from its catalog (`validate_*`). A problem whose
 * words have no message (a refinement schema.ts gives no code, the dataset file's checks) stays
 * in English.
 */
import type { Phrase, Said } from '../claims/validate-messages.ts';
import { lang, m, type Lang } from '../i18n/lang.ts';

/** A problem the editor lists: its English message, where it is, and its words as data. */
export interface Problem {
  /** `${file}: ${entry}: ${problem}; ${fix}`, as the CLIs print it. */
  message: string;
  file: string;
  /** `source "seed-004"`, `claim "seed-004/donetsk-control"`, `claims[3]`, `source`. */
  entry: string;
  said?: Said;
}

type Message = (inputs: never, options?: { locale?: Lang }) => string;

/** Each code's message, one a code (the catalogs' `validate_*`). */
const PHRASES: Record<string, Message> = {
  nothing: m.validate_nothing,
  'an-array': m.validate_an_array,
  'an-object': m.validate_an_object,
  value: m.validate_value,
  'no-number': m.validate_no_number,
  interval: m.validate_interval,
  'type-string': m.validate_type_string,
  'type-number': m.validate_type_number,
  'type-boolean': m.validate_type_boolean,
  'type-array': m.validate_type_array,
  'type-object': m.validate_type_object,
  'entry-source': m.validate_entry_source,
  'entry-source-unnamed': m.validate_entry_source_unnamed,
  'entry-claim': m.validate_entry_claim,
  'entry-dataset': m.validate_entry_dataset,
  message: m.validate_message,
  'unknown-field': m.validate_unknown_field,
  'unknown-fields': m.validate_unknown_fields,
  'unknown-field-fix': m.validate_unknown_field_fix,
  'missing-field': m.validate_missing_field,
  'add-it': m.validate_add_it,
  'see-readme': m.validate_see_readme,
  'unknown-region': m.validate_unknown_region,
  'wrong-type': m.validate_wrong_type,
  'not-allowed': m.validate_not_allowed,
  'wrong-form': m.validate_wrong_form,
  empty: m.validate_empty,
  'invisible-only': m.validate_invisible_only,
  'invisible-only-fix': m.validate_invisible_only_fix,
  'forbidden-character': m.validate_forbidden_character,
  'forbidden-character-fix': m.validate_forbidden_character_fix,
  'web-address': m.validate_web_address,
  'web-space': m.validate_web_space,
  'web-unreadable': m.validate_web_unreadable,
  'web-protocol': m.validate_web_protocol,
  'web-no-host': m.validate_web_no_host,
  'claim-id-prefix': m.validate_claim_id_prefix,
  'claim-id-prefix-fix': m.validate_claim_id_prefix_fix,
  'low-high-null': m.validate_low_high_null,
  'low-high-null-fix': m.validate_low_high_null_fix,
  'share-outside': m.validate_share_outside,
  'share-outside-fix': m.validate_share_outside_fix,
  'low-above-high': m.validate_low_above_high,
  'low-above-high-fix': m.validate_low_above_high_fix,
  'position-share': m.validate_position_share,
  'position-share-fix': m.validate_position_share_fix,
  'position-rule': m.validate_position_rule,
  'position-rule-fix': m.validate_position_rule_fix,
  'rule-position-kind': m.validate_rule_position_kind,
  'rule-position-kind-fix': m.validate_rule_position_kind_fix,
  'wording-no-rule': m.validate_wording_no_rule,
  'wording-no-rule-fix': m.validate_wording_no_rule_fix,
  'wording-reads': m.validate_wording_reads,
  'wording-reads-fix': m.validate_wording_reads_fix,
  'wording-not-in-quote': m.validate_wording_not_in_quote,
  'wording-not-in-quote-fix': m.validate_wording_not_in_quote_fix,
  'as-of-not-date': m.validate_as_of_not_date,
  'as-of-after': m.validate_as_of_after,
  'as-of-after-fix': m.validate_as_of_after_fix,
  'quote-not-found': m.validate_quote_not_found,
  'quote-not-found-fix': m.validate_quote_not_found_fix,
  'source-id-file': m.validate_source_id_file,
  'source-id-file-fix': m.validate_source_id_file_fix,
  'date-not-real': m.validate_date_not_real,
  'date-not-real-fix': m.validate_date_not_real_fix,
  'date-precision': m.validate_date_precision,
  'date-precision-fix': m.validate_date_precision_fix,
  'updated-not-day': m.validate_updated_not_day,
  'updated-not-after': m.validate_updated_not_after,
  'updated-not-after-fix': m.validate_updated_not_after_fix,
  'qualifier-inferred': m.validate_qualifier_inferred,
  'qualifier-inferred-fix': m.validate_qualifier_inferred_fix,
  'no-url-document': m.validate_no_url_document,
  'no-url-document-fix': m.validate_no_url_document_fix,
  'retrieved-not-day': m.validate_retrieved_not_day,
  'excerpt-url': m.validate_excerpt_url,
  'excerpt-url-fix': m.validate_excerpt_url_fix,
  'text-missing': m.validate_text_missing,
  'text-missing-fix': m.validate_text_missing_fix,
  'text-missing-document-fix': m.validate_text_missing_document_fix,
  'text-sha': m.validate_text_sha,
  'text-sha-fix': m.validate_text_sha_fix,
  'not-object': m.validate_not_object,
  'not-object-fix': m.validate_not_object_fix,
  'duplicate-source': m.validate_duplicate_source,
  'duplicate-source-fix': m.validate_duplicate_source_fix,
  'no-claims': m.validate_no_claims,
  'no-claims-fix': m.validate_no_claims_fix,
  'duplicate-claim': m.validate_duplicate_claim,
  'duplicate-claim-fix': m.validate_duplicate_claim_fix,
  'fix-claim-id': m.validate_fix_claim_id,
  'fix-claim-region': m.validate_fix_claim_region,
  'fix-claim-kind': m.validate_fix_claim_kind,
  'fix-claim-wording': m.validate_fix_claim_wording,
  'fix-claim-low': m.validate_fix_claim_low,
  'fix-claim-high': m.validate_fix_claim_high,
  'fix-claim-rule': m.validate_fix_claim_rule,
  'fix-claim-speaker': m.validate_fix_claim_speaker,
  'fix-claim-speaker.name': m.validate_fix_claim_speaker_name,
  'fix-claim-speaker.category': m.validate_fix_claim_speaker_category,
  'fix-claim-quote': m.validate_fix_claim_quote,
  'fix-claim-asOf': m.validate_fix_claim_as_of,
  'fix-claim-caveat': m.validate_fix_claim_caveat,
  'fix-claim-derived': m.validate_fix_claim_derived,
  'fix-claim-override': m.validate_fix_claim_override,
  'fix-source-id': m.validate_fix_source_id,
  'fix-source-title': m.validate_fix_source_title,
  'fix-source-outlet': m.validate_fix_source_outlet,
  'fix-source-relays': m.validate_fix_source_relays,
  'fix-source-credits': m.validate_fix_source_credits,
  'fix-source-date': m.validate_fix_source_date,
  'fix-source-date.value': m.validate_fix_source_date_value,
  'fix-source-date.precision': m.validate_fix_source_date_precision,
  'fix-source-date.inferred': m.validate_fix_source_date_inferred,
  'fix-source-date.basis': m.validate_fix_source_date_basis,
  'fix-source-date.qualifier': m.validate_fix_source_date_qualifier,
  'fix-source-date.updated': m.validate_fix_source_date_updated,
  'fix-source-url': m.validate_fix_source_url,
  'fix-source-language': m.validate_fix_source_language,
  'fix-source-document': m.validate_fix_source_document,
  'fix-source-text': m.validate_fix_source_text,
  'fix-source-text.extent': m.validate_fix_source_text_extent,
  'fix-source-text.sha256': m.validate_fix_source_text_sha256,
  'fix-source-text.retrieved': m.validate_fix_source_text_retrieved,
  'fix-source-text.basis': m.validate_fix_source_text_basis,
  'fix-source-notes': m.validate_fix_source_notes,
  'fix-source-claims': m.validate_fix_source_claims,
  'fix-meta-title': m.validate_fix_meta_title,
  'fix-meta-updated': m.validate_fix_meta_updated,
  'fix-meta-description': m.validate_fix_meta_description,
  placeholder: m.validate_placeholder,
  'todo-speaker.name': m.validate_todo_speaker_name,
  'todo-speaker.category': m.validate_todo_speaker_category,
  'todo-date.value': m.validate_todo_date_value,
  'todo-date.basis': m.validate_todo_date_basis,
  'todo-text.sha256': m.validate_todo_text_sha256,
  'todo-text.retrieved': m.validate_todo_text_retrieved,
  'todo-asOf': m.validate_todo_as_of,
  'todo-override': m.validate_todo_override,
  'todo-other': m.validate_todo_other,
};

/** A phrase in a language, or null when it (or a value in it) has no message. */
export function phraseText(phrase: Phrase, locale: Lang): string | null {
  const message = PHRASES[phrase.code];
  if (message === undefined) return null;
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(phrase.values ?? {})) {
    const text = typeof value === 'string' ? value : phraseText(value, locale);
    if (text === null) return null;
    inputs[name] = text;
  }
  return message(inputs as never, { locale });
}

/** The entry a problem is about, as a phrase. */
function entryPhrase(entry: string): Phrase | null {
  if (entry === 'source') return { code: 'entry-source-unnamed' };
  if (entry === 'dataset') return { code: 'entry-dataset' };
  const named = /^(source|claim) "(.*)"$/.exec(entry);
  if (named) return { code: `entry-${named[1]}`, values: { id: named[2] ?? '' } };
  if (/^claims\[\d+\]$/.test(entry)) return { code: 'value', values: { value: entry } };
  return null;
}

/** A problem rendered from its codes in `locale` (English too), or null when it has none. */
export function saidText(problem: Problem, locale: Lang): string | null {
  if (problem.said === undefined) return null;
  const entry = entryPhrase(problem.entry);
  const words = entry && phraseText(entry, locale);
  const said = phraseText(problem.said.problem, locale);
  const fix = phraseText(problem.said.fix, locale);
  if (words === null || said === null || fix === null) return null;
  return m.validate_message({ file: problem.file, entry: words, problem: said, fix }, { locale });
}

/** A problem as the editor shows it, in the interface's language. */
export function problemText(problem: Problem): string {
  const language = lang();
  if (language === 'en') return problem.message;
  return saidText(problem, language) ?? problem.message;
}
