/**
 * The editor's names for the dataset's codes, in the reader's language: one place for each, used
 * by the source's fields and by every candidate's selects. A kind's name is the reader's page's
 * own (`kindText`), so the editor and the card say the same.
 */
import type { SpeakerCategory } from '../claims/schema.ts';
import { m } from '../i18n/lang.ts';

export { kindText } from '../app/present.ts';

const CATEGORY_LABELS: Readonly<Record<SpeakerCategory, () => string>> = {
  'party-ru': m.editor_category_party_ru,
  'party-ua': m.editor_category_party_ua,
  'third-party': m.editor_category_third_party,
  'mapping-project': m.editor_category_mapping_project,
  'news-agency': m.editor_category_news_agency,
  media: m.editor_category_media,
  analyst: m.editor_category_analyst,
};

/** A speaker category's name ("Russian side (party to the war)"). */
export function categoryText(category: SpeakerCategory): string {
  return CATEGORY_LABELS[category]();
}
