/**
 * Whether a pasted text reads as prose (an article) before the extractor spends seconds on it:
 * binary junk, a base64 blob, a table of numbers or code is refused with a message saying what
 * it looks like and what to paste instead. Pure: no DOM.
 */
import type { ExtractReply } from './extract-client.ts';

/** Below this, a text is too short to judge: it is read as it is. */
const MIN_JUDGED = 200;
/** Share of characters that may be control characters or U+FFFD (what binary decodes as). */
const MAX_BINARY_SHARE = 0.01;
/** Least share of the visible characters that must be letters. */
const MIN_LETTER_SHARE = 0.55;
/** Least share of the words (runs between spaces) that must be word-like. */
const MIN_WORD_SHARE = 0.5;
/** Greatest share of the visible characters that may be code's or markup's: {}[]<>=;|\ */
const MAX_CODE_SHARE = 0.03;
/** A word-like run: mostly letters, at most this long. */
const MAX_WORD_LENGTH = 30;

/** What a refused text looks like: the kind of character or word it lacks or is full of. */
export interface ProseRefusal {
  /** binary: control or unreadable characters; code: code's or markup's; letters: too few; words: too few. */
  reason: 'binary' | 'code' | 'letters' | 'words';
  /** The share (0–1) that decided it. */
  share: number;
}

export interface ProseCheck {
  ok: boolean;
  /** Why the text is refused, and what to paste instead (English); empty when ok. */
  message: string;
  /** The same as data, for the editor to say in the reader's language; absent when ok. */
  refusal?: ProseRefusal;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * Judges the text by counting characters and words in one pass over it (linear, so that it is
 * cheap next to the extraction it guards).
 */
export function checkProse(text: string): ProseCheck {
  if (text.length < MIN_JUDGED) return { ok: true, message: '' };
  let binary = 0;
  let code = 0;
  let letters = 0;
  let visible = 0;
  let words = 0;
  let wordLike = 0;
  let wordLength = 0;
  let wordLetters = 0;
  const endWord = () => {
    if (wordLength === 0) return;
    words++;
    if (wordLength <= MAX_WORD_LENGTH && wordLetters * 2 >= wordLength) wordLike++;
    wordLength = 0;
    wordLetters = 0;
  };
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    const space =
      char === ' ' || char === '\n' || char === '\t' || char === '\r' || /\s/u.test(char);
    if (space) {
      endWord();
      continue;
    }
    if (point < 0x20 || (point >= 0x7f && point < 0xa0) || point === 0xfffd) binary++;
    if ('{}[]<>=;|\\'.includes(char)) code++;
    visible++;
    wordLength++;
    if (/\p{L}/u.test(char)) {
      letters++;
      wordLetters++;
    }
  }
  endWord();
  const total = Math.max(1, visible);
  const refuse = (what: string, reason: ProseRefusal['reason'], share: number) => ({
    ok: false,
    message: `This does not read as an article’s text: ${what}. Paste the article as it reads on the page (headline and body), not a file’s raw bytes, code or a table.`,
    refusal: { reason, share },
  });
  if (binary / total > MAX_BINARY_SHARE) {
    return refuse(
      `${percent(binary / total)} of its characters are control or unreadable characters (binary data?)`,
      'binary',
      binary / total,
    );
  }
  if (code / total > MAX_CODE_SHARE) {
    return refuse(
      `${percent(code / total)} of its characters are code’s or markup’s ({ } [ ] < > = ;)`,
      'code',
      code / total,
    );
  }
  if (letters / total < MIN_LETTER_SHARE) {
    return refuse(
      `only ${percent(letters / total)} of its characters are letters`,
      'letters',
      letters / total,
    );
  }
  if (wordLike / Math.max(1, words) < MIN_WORD_SHARE) {
    return refuse(
      `only ${percent(wordLike / Math.max(1, words))} of it is words (it has runs of up to hundreds of characters without a space)`,
      'words',
      wordLike / Math.max(1, words),
    );
  }
  return { ok: true, message: '' };
}

/** The extractor's reply for a text `checkProse` refused. */
export function refused(prose: ProseCheck): Extract<ExtractReply, { ok: false }> {
  return {
    ok: false,
    message: prose.message,
    ...(prose.refusal ? { failure: { kind: 'not-prose', refusal: prose.refusal } } : {}),
  };
}
