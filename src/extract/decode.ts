/**
 * Article bytes to text, refusing what is not text: a NUL byte or invalid UTF-8 means a
 * binary file (or another encoding), and whitespace alone means there is nothing to read.
 * Pure: TextDecoder is in browsers and Node alike.
 */

export type Decoded = { ok: true; text: string } | { ok: false; problem: string; fix: string };

/** Decodes UTF-8 (a byte-order mark is dropped) or says why the bytes are not article text. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem: 'is a binary file (it contains NUL bytes)',
      fix: 'give a plain-text file (UTF-8) holding the article',
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      problem: 'is not valid UTF-8 (a binary file, or text in another encoding)',
      fix: 'save the article as UTF-8 plain text',
    };
  }
  if (text.trim() === '') {
    return { ok: false, problem: 'is empty', fix: 'give a file holding the article text' };
  }
  return { ok: true, text };
}
