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
 */
import type { RegionOrGroupId } from '../geo/regions.ts';
import type { Candidate, CandidateKind } from './candidate.ts';
import {
  compile,
  findGenericFigures,
  mergeAlternatives,
  type GCue,
  type GFigure,
  type Lang,
} from './generic-figures.ts';
import { LOCATIVE_BEFORE, findGenericMentions, type GMention } from './generic-mentions.ts';
import { AREA_SIZE } from './languages.ts';
import { LARGEST_REGION_KM2, areaContext, alternativeNote, complement, readValue } from './read.ts';
import { isConverted, note, type Note } from './notes.ts';
import { splitSentences, type Span } from './sentences.ts';
import { firstAtOrAfter, spanIndex, splitParagraphs } from './spans.ts';

interface Resolved {
  id: RegionOrGroupId;
  notes: Note[];
  confidence: number;
  /** The sentence that named the region, when it was read from context. */
  from?: Span;
}

const FILLER = String.raw`(?:de\s+la|de|du|des|d['’]|della|delle|dello|dell['’]|del|di|la|le|les|l['’]|el|of|the|von|der|des|dem|den|das|territoire|territorio|territory|terytorium|powierzchni|superficie|surface|Fläche|Gebiet\p{L}*|Territorium\p{L}*|територ\p{L}*|территор\p{L}*|площ\p{L}*|від|от|усієї|всієї|всей|всего|entire|whole|total|totale|от\s+всей|z|ze|from|área|area|zona|zone|ost\p{L}*|west\p{L}*|süd\p{L}*|nord\p{L}*|ukrainisch\p{L}*|ucrain\p{L}*|ucran\p{L}*|ukrain\p{L}*|orientale|oriental|cuenca|minera|bassin|minier|bacino|minerario|obszaru|obwodu|regionu|całego|całej|cał\p{L}*|من|إجمالي|مساحة|أراضي|مقاطعة|منطقة)`;
const FORWARD_GAP = new RegExp(String.raw`^[\s"”»'’.]*\(?(?:${FILLER}[\s"”»'’]*){0,5}$`, 'iu');
const BACK_SHORT =
  /^[\s"'’”»]*(?:[-–—:(,]|\s-\s)?[\s"'’”»]*(?:(?:derzeit|jetzt|now|currently|actuellement|désormais|attualmente|ora|actualmente|ahora|сейчас|теперь|зараз|наразі|obecnie|teraz)\s+)?(?:(?:є|есть|jest|są|est|ist|sind|è|es|está|están|is|are|sont|sono|son|était|war|sei|seien|werde|wurde|был\p{L}*|була?|було|находится|находятся|перебуває|перебувають|знаходиться|знаходяться|znajduje\s+się|znajdują\s+się|remains?|bleibt|resta|reste|sigue)\s+)?(?:на|в|w|z|at|à|al|zu|с|под|під|pod|sous(?:\s+le)?|unter|sotto(?:\s+il)?|bajo(?:\s+el)?|under)?\s*$/iu;
const LIST_JOIN =
  /^(?:\s*,\s*(?:(?:і|и|i|et|und|e|y|and|oraz|a\s+także|sowie|ainsi\s+que)\s+)?|\s+(?:і|й|и|i|et|und|e|y|and|oraz|sowie)\s+)(?:(?:de|di|del|della|la|le|el|the|der|die|das)\s+)?$/iu;

/** "einschließlich der Krim", "incluye la anexada península de Crimea": part of what is held. */
const INCLUDED_BEFORE =
  /(?:einschlie(?:ß|ss)lich|inklusive|incluye|incluyen|incluido|incluida|incluyendo|y\s+compris|including|включая|включно\s+з|в\s+том\s+числе|w\s+tym|tra\s+cui|dazu\s+zählen|dazu\s+gehör\p{L}*|darunter)\s+(?:(?:der|die|den|des|dem|la|el|le|les|il|lo|the)\s+)?(?:[\p{L}\d]+\s+){0,3}$/iu;
/** "okupowane terytoria obejmują Krym": what is held includes it (not "Donbas comprises"). */
const INCLUDED_VERB_BEFORE =
  /(?:okupowane|zajęte|besetzten|occupied|оккупированн\p{L}*|окупован\p{L}*|occupés|occupati|ocupad\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:obejmuj(?:ą|e)|umfass(?:t|en)|охоплюють|включают|comprennent|comprendono|include|includes|incluyen|abarcan)\s+(?:\p{L}+\s+)?$/iu;
const INCLUDED_AFTER =
  /^\s*(?:inclus[ao]|compres[ao]|incluid[ao]|incluse?|eingeschlossen)(?![\p{L}])/iu;
/**
 * A participle used as an adjective right before a name: "der annektierten Halbinsel Krim",
 * "la anexada península de Crimea", "оккупированного Крыма" — not a statement of a claim.
 */
const DETERMINER_BEFORE =
  /(?:^|\s)(?:der|die|das|den|dem|des|la|el|las|los|le|les|il|lo|l['’]|una?|the)\s+$/iu;
const PARTICIPLE_LATIN = /(?:t(?:e|en|er|es|em)|ad[ao]s?|at[aoie]|é(?:e|es|s)?)$/iu;
const PARTICIPLE_SLAVIC =
  /^(?:оккупир|окупов|аннекс|анекс|anektow|okupow|контролир|контрольован|kontrolowan)\p{L}*(?:ого|ой|ом|ому|ым|ых|ую|ая|ое|ые|ий|ый|ої|ій|им|их|ою|ego|ej|ym|ych|ą|y)$/iu;
const PLACE_NOUN_GAP =
  /^\s+(?:(?:Halbinsel|Regionen|Gebiete|península|regiones|provincias|péninsule|régions|penisola|regioni)\s+(?:de\s+|di\s+)?)?$/iu;

function adjectiveBefore(text: string, cue: { start: number; end: number }, m: { start: number }) {
  if (cue.end > m.start || !PLACE_NOUN_GAP.test(text.slice(cue.end, m.start))) return false;
  const word = text.slice(cue.start, cue.end);
  if (PARTICIPLE_SLAVIC.test(word)) return true;
  return (
    PARTICIPLE_LATIN.test(word) &&
    DETERMINER_BEFORE.test(text.slice(Math.max(0, cue.start - 8), cue.start))
  );
}

/**
 * A German participle used as an adjective, with its agent or adverbs between the article
 * and it: "der von Russland seit 2014 annektierten Krim", "der von Russland besetzten
 * südukrainischen Region Cherson", "das teilweise eroberte Gebiet". Inflected (-te, -ten…)
 * and followed by a noun; not a verb ("Die Truppen kontrollierten Donezk": a noun stands
 * between the article and it).
 */
const GERMAN_ATTRIBUTIVE = /(?:te|ten|ter|tes|tem)$/u;
const GERMAN_ARTICLE_BEFORE =
  /(?:^|[\s(„"])(?:der|die|das|den|dem|des|einer|eines|einem|ein|eine)((?:\s+(?:(?:von|vom|durch|seit|nach)\s+(?:(?:der|den|dem|des)\s+)?\S+|\p{Ll}\S*|\d+))*)\s+$/u;

function germanAttributive(text: string, cue: { start: number; end: number }): boolean {
  if (!GERMAN_ATTRIBUTIVE.test(text.slice(cue.start, cue.end))) return false;
  if (!/^\s+(?:\p{Ll}\p{L}*\s+)?\p{Lu}/u.test(text.slice(cue.end, cue.end + 60))) return false;
  return GERMAN_ARTICLE_BEFORE.test(text.slice(Math.max(0, cue.start - 60), cue.start));
}

export interface GenericOptions {
  minConfidence: number;
}

/** Candidate claims in a text written in `lang` (not English). */
export function extractGeneric(text: string, lang: Lang, options: GenericOptions): Candidate[] {
  const c = compile(lang);
  const sentences = splitSentences(text);
  const paragraphs = splitParagraphs(text);
  const all = findGenericMentions(text);
  const mentions = all.filter((m) => !m.antecedentOnly);
  const named = all.filter((m) => m.id !== null && !m.locative);
  const out: Candidate[] = [];
  let previousChange = false;

  const sentenceOf = (pos: number) => spanIndex(sentences, pos);
  const paragraphOf = (pos: number) => spanIndex(paragraphs, pos);
  const mentionsIn = (s: number, e: number) => {
    const res: GMention[] = [];
    for (let i = firstAtOrAfter(mentions, s); i < mentions.length; i++) {
      const m = mentions[i] as GMention;
      if (m.start >= e) break;
      if (m.end <= e) res.push(m);
    }
    return res;
  };

  /** The region in context before `pos`: the paragraph's, else the text just before. */
  const contextRegion = (pos: number, excludeUA: boolean): Resolved | null => {
    const para = paragraphs[paragraphOf(pos)];
    const floor = Math.max(0, (para?.start ?? pos) - 400);
    for (let i = firstAtOrAfter(named, pos) - 1; i >= 0; i--) {
      const m = named[i] as GMention;
      if (m.end > pos) continue;
      if (m.end < floor) break;
      if (m.id === null || (excludeUA && m.id === 'UA')) continue;
      const si = sentenceOf(m.start);
      const from = sentences[si];
      return {
        id: m.id,
        confidence: 0.6,
        notes: [note.regionFromContext(m.id, text.slice(m.start, m.end), from)],
        from,
      };
    }
    return null;
  };

  const resolve = (m: GMention, sentence: Span): Resolved | null => {
    if (m.id !== null) return { id: m.id, notes: [], confidence: 0.9 };
    const r = contextRegion(m.start, m.anaphor === 'region');
    if (!r) return null;
    const same = r.from && r.from.start === sentence.start;
    return {
      ...r,
      confidence: same ? 0.8 : 0.65,
      notes: [note.anaphorContext(text.slice(m.start, m.end), r.id, r.notes[0] ?? null)],
      from: same ? undefined : r.from,
    };
  };

  const listFrom = (ms: GMention[], i: number, dir: 1 | -1): GMention[] => {
    const list = [ms[i] as GMention];
    for (let j = i + dir; j >= 0 && j < ms.length; j += dir) {
      const prev = list.at(-1) as GMention;
      const next = ms[j] as GMention;
      const [a, b] = dir === 1 ? [prev, next] : [next, prev];
      if (!LIST_JOIN.test(text.slice(a.end, b.start))) break;
      // "dell'Ucraina, Crimea compresa": a part named inside the whole, not another share.
      if (
        /^\s*(?:compres\p{L}*|inclus\p{L}*|включ\p{L}*|included|eingeschlossen)/iu.test(
          text.slice(b.end, b.end + 20),
        )
      )
        break;
      list.push(next);
    }
    return list;
  };

  const included = (m: GMention) =>
    INCLUDED_BEFORE.test(text.slice(Math.max(0, m.start - 45), m.start)) ||
    INCLUDED_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) ||
    INCLUDED_AFTER.test(text.slice(m.end, m.end + 20));

  for (const sentence of sentences) {
    const sentenceOut = out.length;
    const sText = text.slice(sentence.start, sentence.end);
    const here = mentionsIn(sentence.start, sentence.end).filter((m) => !m.locative);
    const mentionBetween = (s: number, e: number) =>
      here.some((m) => m.start >= s && m.end <= e && m.id !== null && m.id !== 'UA');
    const raw = findGenericFigures(c, sText, lang).map((f) => ({
      ...f,
      start: f.start + sentence.start,
      end: f.end + sentence.start,
      ends: f.ends.map((x) => x + sentence.start),
      wordStart: f.wordStart + sentence.start,
      wordEnd: f.wordEnd + sentence.start,
    }));
    // "19,24 proc. całego terytorium", "0.72% від усієї території": words of the figure's phrase.
    const figures = mergeAlternatives(raw, sText, sentence.start, mentionBetween).filter(
      (f, i, list) => {
        const prev = list[i - 1];
        return !(
          f.value.type === 'words' &&
          prev &&
          prev.value.type !== 'words' &&
          f.start - prev.end <= 12 &&
          FORWARD_GAP.test(text.slice(prev.end, f.start))
        );
      },
    );
    /** A mention a figure before it already points to ("1 proc. obwodu sumskiego"). */
    const owned = (m: GMention) =>
      figures.some(
        (g) =>
          g.end <= m.start && m.start - g.end <= 60 && FORWARD_GAP.test(text.slice(g.end, m.start)),
      );
    const usedCues = new Set<GCue>();
    const usedFigures = new Set<GFigure>();
    const cues: GCue[] = [];
    for (const [r, type] of c.cues) {
      r.lastIndex = 0;
      for (const m of sText.matchAll(r)) {
        const s = m.index + sentence.start;
        const e = s + m[0].length;
        if (cues.some((x) => s < x.end && x.start < e)) continue;
        // "en el este de Ucrania afirmaron que controlan": Ukraine is not the holder there.
        if (
          type === 'inverse' &&
          /^(?:(?:l['’]|les\s|die\s|the\s|el\s|las\s|le\s)?\p{Lu}|l['’])/u.test(m[0]) &&
          /(?:^|\s)(?:de|del|di|d['’]|of|von|der|des|dem|w|z|ze|в|у|на|из|з|en|in|est|l['’]est)\s+$/iu.test(
            text.slice(Math.max(0, s - 12), s),
          )
        )
          continue;
        cues.push({ type, start: s, end: e });
      }
    }
    cues.sort((a, b) => a.start - b.start);
    const breaks: number[] = [];
    c.clauseBreak.lastIndex = 0;
    for (const m of sText.matchAll(c.clauseBreak)) breaks.push(m.index + sentence.start);
    const clauseOf = (pos: number): Span => {
      let s = sentence.start;
      let e = sentence.end;
      for (const b of breaks) {
        if (b < pos) s = b;
        else {
          e = b;
          break;
        }
      }
      return { start: s, end: e };
    };
    const startsWithThis = /^[«"„“]?\s*(?:Це|Это|To|Cela|Ce|Das|Dies|Ciò|Questo|Esto|Eso)\s/u.test(
      sText,
    );
    let sentenceChange = c.change.test(sText);
    const linkedMentions = new Set<GMention>();
    const respectivelyGroups = new Map<GFigure, RegionOrGroupId>();

    // "Луганську і Херсонську області – 99% і 88% відповідно".
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i] as GFigure;
      if (!c.respectively.test(text.slice(f.end, f.end + 30))) continue;
      const group = [f];
      for (let j = i - 1; j >= 0; j--) {
        const g = figures[j] as GFigure;
        if (!LIST_JOIN.test(text.slice(g.end, (group[0] as GFigure).start))) break;
        group.unshift(g);
      }
      const before = here.filter((m) => m.end <= (group[0] as GFigure).start && m.id !== null);
      if (before.length < group.length) continue;
      const last = before.length - 1;
      const list = listFrom(before, last, -1).reverse();
      if (list.length !== group.length) continue;
      group.forEach((g, k) =>
        respectivelyGroups.set(g, (list[k] as GMention).id as RegionOrGroupId),
      );
    }

    for (const f of figures) {
      const clause = clauseOf(f.start);
      const wording = text.slice(f.wordStart, f.wordEnd);
      const notes: Note[] = [];
      let links: Resolved[] = [];
      let linkEnd = f.end;
      let structural = false;
      let forwardUA = false;

      const resp = respectivelyGroups.get(f);
      if (resp) {
        links = [{ id: resp, notes: [note.respectively()], confidence: 0.8 }];
        structural = true;
      }
      // Forwards.
      if (links.length === 0) {
        for (const end of [...f.ends].reverse()) {
          const idx = here.findIndex((m) => m.start >= end);
          if (idx === -1) continue;
          const m = here[idx] as GMention;
          const gap = text.slice(end, m.start);
          const dash = /^\s*[—–-]\s*$/.test(gap);
          // "полностью контролирует Луганскую область": an adverb, its verb, the region.
          const throughVerb =
            f.value.type === 'words' &&
            gap.length <= 30 &&
            /^\s*(?:\p{L}+\s+){1,2}$/u.test(gap) &&
            respectivelyGroups.size === 0 &&
            cues.some((q) => q.start >= end && q.end <= m.start && q.type !== 'inverse');
          if (m.start - end > 80 || !(FORWARD_GAP.test(gap) || dash || throughVerb)) continue;
          if (dash) {
            const prior = here.filter((x) => x.end <= f.start).at(-1);
            if (prior && BACK_SHORT.test(text.slice(prior.end, f.start)) && !owned(prior)) continue;
          }
          // "in der gesamten Ukraine": a place, not a share of it.
          if (
            f.value.type === 'words' &&
            m.id === 'UA' &&
            /(?:^|\s)(?:in|im|в|у|w|na|en|dans|nella|nel)\s+(?:der|dem|la|el|le|il)?\s*$/iu.test(
              text.slice(Math.max(0, f.start - 12), f.start),
            )
          )
            continue;
          const list = listFrom(here, idx, 1);
          for (const x of list) {
            const r = resolve(x, sentence);
            if (r && !links.some((l) => l.id === r.id)) links.push(r);
            linkedMentions.add(x);
          }
          // "77,7 % des Territoriums der Gebiete Donezk, Saporoschje, Lugansk und Cherson": one
          // share of the four together.
          const FOUR = ['UA-09', 'UA-14', 'UA-23', 'UA-65'];
          if (
            links.length === 4 &&
            FOUR.every((id) => links.some((l) => l.id === id)) &&
            /(?:Gebiete|Regionen|regions|régions|regioni|regiones|областей|obwodów|oblasts)\s*$/iu.test(
              text.slice(end, m.start),
            )
          )
            links = [{ id: 'annexed-four', notes: [], confidence: 0.8 }];
          if (links.length > 0) {
            linkEnd = (list.at(-1) as GMention).end;
            forwardUA = links.every((l) => l.id === 'UA') && m.id === 'UA';
            break;
          }
        }
      }
      // A region's size as a share of the country: "la Crimée (4.46 % du territoire ukrainien)".
      if (forwardUA) {
        const prior = here.filter((m) => m.end <= f.start && m.id !== null && m.id !== 'UA').at(-1);
        if (prior && /^\s*[(,]\s*$/.test(text.slice(prior.end, f.start))) continue;
      }
      // Backwards: "Луганська – 99.6%", "Запорожская область контролируется Россией на 67%".
      if (links.length === 0) {
        // "…области, которая находится под контролем Украины, составляет": the name inside
        // the words for Ukraine's control is the holder, not the region.
        const prior = here.filter(
          (m) =>
            m.end <= f.start &&
            m.start >= clause.start &&
            !included(m) &&
            !cues.some((q) => q.type === 'inverse' && q.start <= m.start && m.end <= q.end),
        );
        const idx = prior.length - 1;
        const m = prior[idx];
        if (m) {
          const gap = text.slice(m.end, f.start);
          const between = figures.some((g) => g !== f && g.start >= m.end && g.end <= f.start);
          const short = BACK_SHORT.test(gap) && !owned(m);
          const wordsFigure = f.value.type === 'words';
          const cueBetween = cues.some(
            (q) => q.type === 'control' && q.start >= m.end && q.end <= f.start,
          );
          if (
            !between &&
            (short || ((!wordsFigure || cueBetween) && gap.length <= 80 && m.id !== 'UA'))
          ) {
            for (const x of listFrom(prior, idx, -1)) {
              const r = resolve(x, sentence);
              if (r && !links.some((l) => l.id === r.id))
                links.push({ ...r, confidence: Math.min(r.confidence, short ? 0.8 : 0.7) });
              linkedMentions.add(x);
            }
            structural = short;
          }
        }
      }
      // Context: the region the paragraph (or the text just before) is about.
      if (links.length === 0 && f.value.type !== 'words') {
        const inSentence = here.some((m) => m.id !== null && m.id !== 'UA');
        const next = text.slice(f.end, Math.min(sentence.end, f.end + 40));
        // A share of something else: "entre 90% y 95% de Mariúpol", "90% російських військових".
        const ofOther =
          /^\s*(?:de\s+la|de|del|of|di|della|des|du|der|von)\s+(?:l['’])?\p{Lu}/u.test(next) ||
          /^\s*(?:de|of|di|des|der|von)\s+(?:esas|estas|esos|ces|these|those|queste|questi|diese|dieser)\b/iu.test(
            next,
          ) ||
          /^\s*\p{Ll}+(?:их|ых|ich|ych|ів|ов)(?![\p{L}])/u.test(next);
        if (!inSentence && !ofOther) {
          // An area larger than any oblast is of Ukraine, whatever region came before.
          const countrySized = f.value.type === 'area' && f.value.km2 > LARGEST_REGION_KM2;
          const r = countrySized ? null : contextRegion(sentence.start, true);
          if (r) links = [r];
          else if (countrySized)
            links = [
              {
                id: 'UA',
                confidence: 0.65,
                notes: [note.countrySizedArea()],
              },
            ];
        }
      }
      if (links.length === 0) continue;

      // Not a share held now.
      const before = text.slice(clause.start, f.start);
      const after = text.slice(linkEnd, Math.min(clause.end, linkEnd + 60)).split('(')[0] ?? '';
      if (c.change.test(before) || c.change.test(after) || (startsWithThis && previousChange)) {
        sentenceChange = true;
        continue;
      }
      if (c.size.test(text.slice(Math.max(clause.start, f.start - 80), f.start))) continue;
      if (f.value.type === 'area') {
        const from = Math.max(clause.start, f.start - 60);
        const size = AREA_SIZE.exec(text.slice(from, f.start));
        // "kontrollierte … eine Fläche von rund 130.000 Quadratkilometern": the area held.
        const sizeAt = from + (size?.index ?? 0);
        if (
          size &&
          !cues.some(
            (q) =>
              (q.start >= sizeAt && q.end <= f.start) ||
              (q.type === 'control' && q.end <= sizeAt && sizeAt - q.end <= 90),
          )
        )
          continue;
      }
      // "almeno il 30% del Pil nazionale": a share of the economy.
      if (
        /^\s*(?:del|de|of|des|der|di|du|od|від|от)\s+(?:PIL|PIB|BIP|GDP|ВВП|PKB)(?![\p{L}])/iu.test(
          text.slice(f.end, f.end + 12),
        )
      )
        continue;
      const window = text.slice(Math.max(clause.start, f.start - 40), f.start);
      if (c.negation.test(window) || c.aspiration.test(text.slice(clause.start, f.start))) continue;

      // The cue: right after the figure and its region, else before it, else in context.
      const post = cues.find(
        (q) =>
          q.start >= linkEnd &&
          q.start < clause.end &&
          q.start - linkEnd <= 45 &&
          !figures.some((g) => g.start >= linkEnd && g.start < q.start),
      );
      // "Insieme alla Crimea, annessa a Mosca nel 2014, costituiscono …": a cue in an aside
      // between commas belongs to the aside.
      const aside = (q: GCue) =>
        q.type === 'claim' &&
        /,/.test(text.slice(clause.start, q.start)) &&
        /,/.test(text.slice(q.end, f.start));
      const pre = cues
        .filter((q) => q.end <= f.start && q.start >= clause.start && !aside(q))
        .at(-1);
      const inside = cues.find((q) => q.start >= f.start && q.end <= f.end);
      const mid = cues.find((q) => q.start >= f.end && q.end <= linkEnd && q.type !== 'inverse');
      let cue: GCue | undefined = inside ?? mid ?? post ?? pre;
      // "lasciando il 55% sotto il controllo russo": a cue right after the figure is its own,
      // whatever an earlier clause said of the other side.
      const postTight =
        post !== undefined &&
        /^\s*(?:(?:sotto|sous|bajo|unter|under|pod|под|під)\s+(?:(?:il|le|el|la|der|the)\s+)?)?$/iu.test(
          text.slice(linkEnd, post.start),
        );
      if (!inside && post && pre && pre.type === 'inverse' && !postTight) cue = pre;
      if (!inside && post && post.type !== 'inverse' && pre && pre.type === 'control') cue = pre;
      let confidence = Math.min(...links.map((l) => l.confidence));
      if (!cue) {
        // A list item or a sentence that only gives the figure: the cue of the text before.
        const lead = text.slice(Math.max(0, sentence.start - 300), sentence.start);
        const leadCues: GCue[] = [];
        for (const [r, type] of c.cues) {
          r.lastIndex = 0;
          for (const m of lead.matchAll(r))
            leadCues.push({ type, start: m.index, end: m.index + m[0].length });
        }
        leadCues.sort((a, b) => a.start - b.start);
        const last = leadCues.at(-1);
        if (!last || last.type === 'demand') continue;
        cue = { ...last, type: last.type === 'claim' ? 'control' : last.type };
        notes.push(note.leadCue());
        confidence -= structural ? 0.05 : 0.15;
      }
      const near =
        text.slice(Math.max(clause.start, f.start - 40), f.start) + ' ' + after.slice(0, 40);
      if (c.distractor.test(near)) {
        if (!pre && !post) continue;
        confidence -= 0.2;
      }
      // "die Teile …, die es bislang nicht erobern konnte": the cue is negated.
      if (
        c.negation.test(
          text
            .slice(Math.max(0, cue.start - 14), cue.start)
            .split(/[,;]/)
            .at(-1) ?? '',
        )
      )
        continue;
      const kind: CandidateKind =
        cue.type === 'claim' ? 'claim' : cue.type === 'demand' ? 'demand' : 'control';
      usedCues.add(cue);
      usedFigures.add(f);

      for (const link of links) {
        const region = areaContext(link.id);
        // "Lugansk, … 26.700 km²": the region's own size, not a share held.
        if (
          f.value.type === 'area' &&
          link.id !== 'UA' &&
          Math.abs(f.value.km2 - region.areaKm2) <= region.areaKm2 * 0.007
        )
          continue;
        const n = [...link.notes, ...notes];
        let interval = readValue(f.value, wording, region, n, false);
        if (!interval) continue;
        // What Ukraine holds, in vague words, says nothing of Russia's share.
        if (cue.type === 'inverse' && interval.low === null) continue;
        if (cue.type === 'inverse') {
          interval = complement(interval);
          n.push(note.complement(wording, true));
        }
        for (const alt of f.alternatives) n.push(alternativeNote(alt, region));
        const quoteStart =
          link.from && link.from.start < sentence.start ? link.from.start : sentence.start;
        const cand: Candidate = {
          region: link.id,
          kind,
          low: interval.low,
          high: interval.high,
          rule: interval.rule,
          wording,
          wordingStart: f.wordStart,
          wordingEnd: f.wordEnd,
          quote: text.slice(quoteStart, sentence.end),
          start: quoteStart,
          end: sentence.end,
          notes: n,
          confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
        };
        if (link.from) {
          cand.regionFrom = {
            sentence: text.slice(link.from.start, link.from.end),
            start: link.from.start,
            end: link.from.end,
          };
        }
        out.push(cand);
      }
    }

    // Regions named as claimed or held, with no figure.
    const RELATIVE = /(?:^|\s)(?:qui|que|which|that|котор\p{L}*|як\p{L}*|któr\p{L}*|che|cui)\s/iu;
    const COORD = /,\s*(?:oraz|and|et|y|e|und|і|и|i)\s/iu;
    // The list is the group a relative clause then describes.
    const IDENTIFIED_AS_GROUP =
      /^\s+(?:son|sont|sind|are|sono|są|є|это|—|-|–)\s+(?:(?:las|les|die|the|le|i)\s+)?(?:cuatro|quatre|vier|four|quattro|cztery|чотири|четыре|4)\s+\p{L}+\s+(?:que|qui|die|that|which|che|które|які|которые)\s/iu;
    const namedDone = new Set<GMention>();
    for (const m of here) {
      if (linkedMentions.has(m) || m.id === null || namedDone.has(m)) continue;
      const clause = clauseOf(m.start);
      const inClause = cues.filter(
        (q) =>
          q.start >= clause.start &&
          q.end <= clause.end &&
          !(lang === 'de' && germanAttributive(text, q)),
      );
      // "Einschliesslich der Krim hält Russland … besetzt", "(Crimea inclusa)": a part of
      // what the sentence says is held, so all of it is held.
      // "… zum eigenen Staatsgebiet erklärt, darunter die … Krim": included in what is claimed.
      const claimedBefore = cues.some(
        (q) =>
          q.type === 'claim' &&
          q.end <= m.start &&
          !(lang === 'de' && germanAttributive(text, q)) &&
          !adjectiveBefore(text, q, m),
      );
      if (
        m.id !== 'UA' &&
        m.id !== 'annexed-four' &&
        included(m) &&
        (cues.some((q) => q.type === 'control') || claimedBefore) &&
        !c.negation.test(text.slice(clause.start, clause.end))
      ) {
        const before = INCLUDED_BEFORE.exec(text.slice(Math.max(0, m.start - 45), m.start));
        const after = INCLUDED_AFTER.exec(text.slice(m.end, m.end + 20));
        const verb = INCLUDED_VERB_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
        let ws = before
          ? Math.max(0, m.start - 45) + before.index
          : m.end +
            (after?.index ?? 0) +
            (after?.[0].length ?? 0) -
            (after?.[0].trim().length ?? 0);
        let we = before
          ? ws + (/^\S+(?:\s+(?:compris|том\s+числе|tym|cui|з))?/u.exec(before[0])?.[0].length ?? 0)
          : ws + (after?.[0].trim().length ?? 0);
        if (!before && !after && verb) {
          // The verb: "obejmują".
          const v =
            /(?:obejmuj|umfass|охоплюють|включают|comprennent|comprendono|include|incluyen|abarcan)\p{L}*/iu.exec(
              verb[0],
            );
          const vStart = Math.max(0, m.start - 60) + verb.index + (v?.index ?? 0);
          ws = vStart;
          we = vStart + (/^\S+/u.exec(text.slice(vStart))?.[0].length ?? 0);
        }
        namedDone.add(m);
        out.push({
          region: m.id,
          kind: claimedBefore ? 'claim' : 'control',
          low: 100,
          high: 100,
          rule: 'named',
          wording: text.slice(ws, we),
          wordingStart: ws,
          wordingEnd: we,
          quote: sText,
          start: sentence.start,
          end: sentence.end,
          notes: [
            note.named(text.slice(m.start, m.end), claimedBefore ? 'included-claimed' : 'included'),
          ],
          confidence: 0.6,
        });
        continue;
      }
      // "з анексованого Криму": a name with an adjective is not what a verb acts on.
      const head = listFrom(here, here.indexOf(m), -1).at(-1) ?? m;
      if (inClause.some((q) => adjectiveBefore(text, q, head))) continue;
      const fits = (q: GCue) => {
        if (q.end <= m.start) {
          const gap = text.slice(q.end, m.start);
          return (
            gap.length <= 60 && !RELATIVE.test(gap) && (q.type === 'claim' || !gap.includes(','))
          );
        }
        const gap = text.slice(m.end, q.start);
        const identified = IDENTIFIED_AS_GROUP.test(gap);
        return (
          gap.length <= 70 &&
          (identified || (gap.length <= 60 && !RELATIVE.test(` ${gap}`))) &&
          !COORD.test(gap)
        );
      };
      const claimCue = inClause.find((q) => q.type === 'claim' && !usedCues.has(q) && fits(q));
      // A clause with a figure says how much, not "all of it" (an area that is a size aside).
      const controlCue = figures.some(
        (f) =>
          (usedFigures.has(f) || f.value.type !== 'area') &&
          f.start >= clause.start &&
          f.end <= clause.end,
      )
        ? undefined
        : inClause.find((q) => q.type === 'control' && fits(q));
      const cue = claimCue ?? controlCue;
      if (!cue) continue;
      if (cue.type === 'control' && (m.id === 'UA' || m.id === 'annexed-four')) continue;
      if (cue.type === 'claim' && m.id === 'UA') continue;
      const around = text.slice(
        Math.max(clause.start, Math.min(cue.start, m.start) - 120),
        Math.min(clause.end, Math.max(cue.end, m.end) + 30),
      );
      // A participle used as an adjective: "die teilweise von Russland kontrollierten Regionen",
      // "regioni parzialmente controllate di", "з анексованого Криму".
      const PLURAL_REGIONS =
        /(?:Regionen|Gebiete|regioni|regiones|régions|regions|областей|области|obwody|territori)/iu;
      if (
        cue.type === 'control' &&
        (PLURAL_REGIONS.test(text.slice(Math.max(clause.start, cue.start - 25), cue.start)) ||
          new RegExp(`^\\s+${PLURAL_REGIONS.source}`, 'iu').test(text.slice(cue.end, cue.end + 20)))
      )
        continue;
      if (
        cue.end <= m.start &&
        /^\s+$/.test(text.slice(cue.end, m.start)) &&
        /(?:^|\s)(?:з|із|из|from|aus|von|dalla|dal|desde|z|ze|de|du)\s+$/iu.test(
          text.slice(Math.max(0, cue.start - 8), cue.start),
        )
      )
        continue;
      if (c.negation.test(around) || c.aspiration.test(around)) continue;
      // "kontrollieren bedeutende Teil der … Regionen Cherson, Donezk … nicht": negated.
      if (cue.type === 'control' && c.negation.test(text.slice(clause.start, clause.end))) continue;
      // "кілька найбільших міст Херсонщини": towns of the region, not the region.
      const between = text.slice(Math.min(cue.end, m.end), Math.max(cue.start, m.start));
      if (
        cue.type === 'control' &&
        /(?:міст|город|miast|villes|Städte|città|ciudades|cities|towns|населен\p{L}*\s+пункт|Orte|Ortschaft\p{L}*|Dörfer|Siedlung\p{L}*|villages|localidades|località|miejscowości|сел\p{L}*|сёл)/iu.test(
          between,
        )
      )
        continue;
      if (
        cue.type === 'control' &&
        LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start))
      )
        continue;
      const isVague =
        cue.type === 'control' && c.vagueOrPartly.test(text.slice(clause.start, clause.end));
      const kind: CandidateKind = cue.type === 'claim' ? 'claim' : 'control';
      // The whole list the region stands in ("Luhansk, Donezk, Cherson und Saporischschja").
      const idx = here.indexOf(m);
      const list = [...listFrom(here, idx, -1).reverse(), ...listFrom(here, idx, 1).slice(1)];
      for (const x of list) {
        if (namedDone.has(x) || linkedMentions.has(x) || x.id === null) continue;
        if (kind === 'control' && (x.id === 'UA' || x.id === 'annexed-four')) continue;
        if (kind === 'claim' && x.id === 'UA') continue;
        namedDone.add(x);
        const wording = text.slice(cue.start, cue.end);
        out.push({
          region: x.id,
          kind,
          low: isVague ? null : 100,
          high: isVague ? null : 100,
          rule: isVague ? 'vague' : 'named',
          wording,
          wordingStart: cue.start,
          wordingEnd: cue.end,
          quote: sText,
          start: sentence.start,
          end: sentence.end,
          notes: [
            note.named(
              text.slice(x.start, x.end),
              isVague ? 'partly' : kind === 'claim' ? 'claimed' : 'held',
            ),
          ],
          confidence: 0.6,
        });
      }
    }
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
  // "20 por ciento …, es decir, cerca de 125 mil kilómetros cuadrados": an area in the same
  // sentence, for the same region and kind, within a point of a percentage, restates it.
  const isArea = (x: Candidate) => isConverted(x.notes);
  const close = (a: Candidate, b: Candidate) =>
    a.low !== null &&
    a.high !== null &&
    b.low !== null &&
    b.high !== null &&
    a.low - 1 <= b.high &&
    b.low - 1 <= a.high;
  const restated = (x: Candidate) =>
    isArea(x) &&
    kept.some(
      (o) =>
        o !== x &&
        !isArea(o) &&
        o.end === x.end &&
        o.region === x.region &&
        o.kind === x.kind &&
        close(o, x),
    );
  return (
    kept
      .filter((x) => !restated(x))
      // Russia has never held more than half of Ukraine: such a share of it is misread
      // (an area Ukraine freed, the country's own size).
      .filter((x) => !(x.region === 'UA' && x.low !== null && x.low > 50))
      // "große Teile der Ukraine": no figure for the whole country, nothing to map.
      .filter((x) => !(x.region === 'UA' && x.low === null))
      .sort((a, b) => a.wordingStart - b.wordingStart || a.region.localeCompare(b.region))
  );
}
