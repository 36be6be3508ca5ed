/**
 * The extractor for texts in Ukrainian, Russian, Polish, French, German, Italian, Spanish
 * and Arabic (numerals): the same candidates as the English extractor (extract.ts), read
 * with the word tables of languages.ts. A text is read as paragraphs and sentences; a
 * figure finds its region forwards ("80% Донецької області", "72 % de l’oblast de
 * Zaporijia"), backwards ("Луганська – 99.6%", "w zaporoskim - 74,8 proc."), through "the
 * region" / "the territory" ("17% территории региона", "70% del territorio"), or from the
 * region the paragraph is about — and the candidate then says so, with the sentence that
 * named it. Quotes stay in the original language and are exact substrings.
 *
 * Pure: no DOM, no Node APIs. Linear in the text's length: every scan is a regular
 * expression over the text or a sentence, and look-ups by position use binary search.
 *
 * The parts, one job each: generic-reader.ts (the text: sentences, paragraphs, names, the
 * region in context), generic-sentence.ts (a sentence's figures, cues and clauses),
 * generic-grammar.ts (the words between a figure and a region, lists, inclusions,
 * participles), generic-link.ts (the regions a figure is of), generic-traps.ts (figures that
 * are no share held now), generic-figure-claims.ts (a linked figure's cue and candidates),
 * generic-named.ts (regions named with no figure); this file runs them and keeps one
 * candidate per statement.
 */
import type { Candidate } from './candidate.ts';
import { compile, type Lang } from './generic-figures.ts';
import { figureCandidates } from './generic-figure-claims.ts';
import { LIST_JOIN } from './generic-grammar.ts';
import { linkFigure } from './generic-link.ts';
import { namedCandidates } from './generic-named.ts';
import { readText } from './generic-reader.ts';
import { readSentence } from './generic-sentence.ts';
import { figureTrap } from './generic-traps.ts';
import { isConverted } from './notes.ts';

export interface GenericOptions {
  minConfidence: number;
}

/** Candidate claims in a text written in `lang` (not English). */
export function extractGeneric(text: string, lang: Lang, options: GenericOptions): Candidate[] {
  const c = compile(lang);
  const r = readText(text);
  const out: Candidate[] = [];
  let previousChange = false;

  for (const sentence of r.sentences) {
    const sentenceOut = out.length;
    const s = readSentence(r, c, lang, sentence);
    let sentenceChange = s.sentenceChange;
    // Where the last figure read as a change ends: "zajęli kolejne 0,6 procent obwodu
    // dniepropietrowskiego, 1 proc. - sumskiego, …" — the list's later items change too.
    let changeEnd = -1;
    for (const f of s.figures) {
      const clause = s.clauseOf(f.start);
      const linked = linkFigure(r, s, f, clause);
      if (!linked) continue;
      // Not a share held now.
      const trap =
        changeEnd >= 0 && LIST_JOIN.test(text.slice(changeEnd, f.start))
          ? 'change'
          : figureTrap(r, c, s, f, clause, linked.linkEnd, previousChange);
      if (trap === 'change') {
        sentenceChange = true;
        changeEnd = Math.max(f.end, linked.linkEnd);
      }
      if (trap) continue;
      out.push(...figureCandidates(r, c, s, f, clause, linked));
    }
    namedCandidates(r, c, lang, s, out);
    // "the four regions Moscow claims: Luhansk, Donetsk, …": the regions, not the group again.
    // Only this sentence's candidates (at the end of `out`): scanning all would be quadratic.
    for (let i = out.length - 1; i >= sentenceOut; i--) {
      const cand = out[i] as Candidate;
      if (cand.region !== 'annexed-four' || cand.rule !== 'named') continue;
      const same = out
        .slice(sentenceOut)
        .filter((o) => o !== cand && o.wordingStart === cand.wordingStart && o.kind === cand.kind);
      if (same.length >= 2) out.splice(i, 1);
    }
    previousChange = sentenceChange;
  }

  // One candidate per sentence, region, kind and interval; then by confidence.
  const kept: Candidate[] = [];
  const seen = new Set<string>();
  for (const cand of out) {
    if (cand.confidence < options.minConfidence) continue;
    const base = `${cand.end}|${cand.region}|${cand.kind}`;
    const byWording = `${base}|w${cand.wordingStart}`;
    const byInterval = `${base}|i${cand.low}-${cand.high}`;
    if (seen.has(byWording) || seen.has(byInterval)) continue;
    seen.add(byWording);
    seen.add(byInterval);
    kept.push(cand);
  }
  // "20 por ciento …, es decir, cerca de 125 mil kilómetros cuadrados": an area (or Ukraine's
  // share turned to Russia's) in the same sentence, for the same region and kind, within a
  // point of a percentage read directly, restates it.
  const isArea = (x: Candidate) => isConverted(x.notes);
  const close = (a: Candidate, b: Candidate) =>
    a.low !== null &&
    a.high !== null &&
    b.low !== null &&
    b.high !== null &&
    a.low - 1 <= b.high &&
    b.low - 1 <= a.high;
  // "95% … окуповано, на 5% вільних": Ukraine's share beside Russia's, the same statement.
  const isComplement = (x: Candidate) => x.notes.some((n) => n.kind === 'complement');
  const restated = (x: Candidate) =>
    (isArea(x) || isComplement(x)) &&
    kept.some(
      (o) =>
        o !== x &&
        !isArea(o) &&
        !isComplement(o) &&
        o.end === x.end &&
        o.region === x.region &&
        o.kind === x.kind &&
        close(o, x),
    );
  // "gran parte de Donetsk, alrededor del 75% de la región": a part word beside a figure of the
  // same region and kind in the same sentence says the same, less precisely.
  const vagueBesideFigure = (x: Candidate) =>
    x.low === null &&
    kept.some(
      (o) =>
        o !== x && o.low !== null && o.end === x.end && o.region === x.region && o.kind === x.kind,
    );
  return (
    kept
      .filter((x) => !restated(x) && !vagueBesideFigure(x))
      // Russia has never held more than half of Ukraine: such a share of it is misread
      // (an area Ukraine freed, the country's own size).
      .filter((x) => !(x.region === 'UA' && x.low !== null && x.low > 50))
      // "große Teile der Ukraine": no figure for the whole country, nothing to map.
      .filter((x) => !(x.region === 'UA' && x.low === null))
      .sort((a, b) => a.wordingStart - b.wordingStart || a.region.localeCompare(b.region))
  );
}
