/**
 * Which regions a figure is of, in the languages besides English: forwards ("80% Донецької
 * області", "72 % de l'oblast de Zaporijia", a list after it), backwards ("Луганська –
 * 99.6%", "w zaporoskim - 74,8 proc."), through "the region" / "the territory", by
 * "respectively", or from the region the paragraph is about.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { GFigure } from './generic-figures.ts';
import type { GMention } from './generic-mentions.ts';
import {
  BACK_SHORT,
  FORWARD_GAP,
  IN_REGION_GAP,
  inAside,
  RELATIVE_PRONOUN,
} from './generic-grammar.ts';
import type { Resolved, TextReader } from './generic-reader.ts';
import type { SentenceView } from './generic-sentence.ts';
import { note } from './notes.ts';
import { LARGEST_REGION_KM2, isRegionArea } from './read.ts';
import type { Span } from './sentences.ts';

export interface FigureLinks {
  links: Resolved[];
  /** Where the last region linked forwards ends (the figure's end otherwise). */
  linkEnd: number;
  /** Linked by the text's structure (a short link, "respectively"), not by words. */
  structural: boolean;
}

/** A relative pronoun right after a region, then at most a copula or a subject. */
const RELATIVE_HEAD = new RegExp(
  String.raw`^\s*,?\s*(?:${RELATIVE_PRONOUN}|яка|який|які|яку|die|der|das|التي|الذي)\s+(?:\p{L}+\s+)?$`,
  'iu',
);

/** The regions `f` is of, or null when it is of none. */
export function linkFigure(
  r: TextReader,
  s: SentenceView,
  f: GFigure,
  clause: Span,
): FigureLinks | null {
  const { text, resolveAll, listFrom, included, contextRegion, origin } = r;
  const { sentence, here, figures, cues, owned, linkedMentions, respectivelyGroups, linksOf } = s;
  // "считает Крым частью России", "część Federacji Rosyjskiej": the part word of a claim
  // phrase is no figure.
  if (
    f.value.type === 'words' &&
    cues.some((q) => q.type === 'claim' && q.start <= f.start && f.end <= q.end)
  )
    return null;
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
      // "de territoires dans les régions de Kharkiv et Mykolaïv": parts in the regions named.
      const partsIn =
        f.value.type === 'words' &&
        f.value.cls === 'vague' &&
        /^\s+(?:dans|en|in|nelle|nella|nei|negli|w|у|в)\s/iu.test(gap) &&
        FORWARD_GAP.test(gap.replace(/^\s+\S+/u, ''));
      // "del 75% de estas regiones: Donetsk, Lugansk, …": the regions the colon spells out.
      const spelledAfter =
        /^(.*?(?:Gebiete|Regionen|regions|régions|regioni|regiones|областей|областях|obwodów|oblasts))\s*:\s*$/iu.exec(
          gap,
        );
      const colonList = spelledAfter !== null && FORWARD_GAP.test(spelledAfter[1] ?? '');
      // "79% у Донецькій", "79 Prozent im Gebiet Donezk": a share, "in", a region.
      const inRegion =
        (f.value.type === 'percent' || f.value.type === 'fraction') &&
        m.id !== null &&
        IN_REGION_GAP.test(gap);
      if (
        m.start - end > 80 ||
        !(FORWARD_GAP.test(gap) || dash || throughVerb || partsIn || colonList || inRegion)
      )
        continue;
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
        for (const r of resolveAll(x, sentence))
          if (!links.some((l) => l.id === r.id)) links.push(r);
        linkedMentions.add(x);
      }
      // "77,7 % des Territoriums der Gebiete Donezk, Saporoschje, Lugansk und Cherson": one
      // share of the four together; parts of them ("Teile der Gebiete …") are parts of each.
      const FOUR = ['UA-09', 'UA-14', 'UA-23', 'UA-65'];
      if (
        links.length === 4 &&
        !(f.value.type === 'words' && f.value.cls === 'vague') &&
        FOUR.every((id) => links.some((l) => l.id === id)) &&
        /(?:Gebiete|Regionen|regions|régions|regioni|regiones|областей|obwodów|oblasts)\s*:?\s*$/iu.test(
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
  // "Донецька область, частина Донбасу, окупована на 79%": "part of" in an apposition names
  // what the region belongs to; it is no vague share of it.
  if (links.length > 0 && f.value.type === 'words' && f.value.cls === 'vague') {
    const head = here.filter((m) => m.end <= f.start && m.id !== null).at(-1);
    if (
      head &&
      /^\s*,\s*(?:\p{L}{1,4}\s+)?$/u.test(text.slice(head.end, f.start)) &&
      /^\s*,/u.test(text.slice(linkEnd, linkEnd + 3))
    )
      return null;
  }
  // A region's size as a share of the country: "la Crimée (4.46 % du territoire ukrainien)".
  if (forwardUA) {
    const prior = here.filter((m) => m.end <= f.start && m.id !== null && m.id !== 'UA').at(-1);
    if (prior && /^\s*[(,]\s*$/.test(text.slice(prior.end, f.start))) return null;
    // "Територія 28 461 км² (4,71 % від території України)": a region's own area, then the
    // share of the country it is.
    const previous = figures.filter((g) => g.end <= f.start).at(-1);
    const areas = [f.value, ...f.alternatives, ...(previous ? [previous.value] : [])];
    if (
      areas.some((v) => v.type === 'area' && isRegionArea(v.km2)) &&
      (!previous ||
        /^\s*[(,]\s*$/.test(text.slice(previous.end, f.start)) ||
        f.alternatives.length > 0)
    )
      return null;
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
        !origin(m) &&
        !cues.some((q) => q.type === 'inverse' && q.start <= m.start && m.end <= q.end),
    );
    // "ворог, який раніше окупував Херсонщину, контролює 74%": a name inside an aside closed
    // before the figure is not its region; the one before the aside is.
    const aside = (x: GMention) => inAside(text, clause.start, x, f.start);
    let idx = prior.length - 1;
    while (idx > 0 && aside(prior[idx] as GMention)) idx--;
    const m = prior[idx];
    if (m) {
      const gap = text.slice(m.end, f.start);
      const between = figures.some((g) => g !== f && g.start >= m.end && g.end <= f.start);
      const short = BACK_SHORT.test(gap) && !owned(m);
      const wordsFigure = f.value.type === 'words';
      const cueBetween = cues.some(
        (q) => q.type === 'control' && q.start >= m.end && q.end <= f.start,
      );
      // "l'oblast de Louhansk qui est presque entièrement sous contrôle", "Луганська область,
      // яка майже повністю окупована": words in a relative clause of the region, the cue
      // right after them.
      const relativeHead =
        wordsFigure &&
        RELATIVE_HEAD.test(gap) &&
        cues.some((q) => q.type === 'control' && q.start >= f.end && q.start - f.end <= 25);
      if (
        !between &&
        (short ||
          ((!wordsFigure || cueBetween || relativeHead) && gap.length <= 80 && m.id !== 'UA'))
      ) {
        for (const x of listFrom(prior, idx, -1)) {
          for (const r of resolveAll(x, sentence))
            if (!links.some((l) => l.id === r.id))
              links.push({ ...r, confidence: Math.min(r.confidence, short ? 0.8 : 0.7) });
          linkedMentions.add(x);
        }
        structural = short;
      }
    }
  }
  // "controllava il 93% della sua terra a giugno, ma ora detiene il 73%.": a bare figure
  // that ends its clause, after another of one region in the sentence, is of that region.
  if (links.length === 0 && f.value.type === 'percent') {
    const prev = figures
      .filter((g) => g.end <= f.start && linksOf.has(g) && g.value.type === 'percent')
      .at(-1);
    const prevLinks = prev ? linksOf.get(prev) : undefined;
    if (
      prev &&
      prevLinks?.length === 1 &&
      !here.some((m) => m.id !== null && m.start >= prev.end && m.end <= f.start) &&
      /^[\s"”»)]*(?:[.;,!?]|$)/u.test(text.slice(f.end, sentence.end))
    )
      links = prevLinks.map((l) => ({ ...l, confidence: Math.min(l.confidence, 0.7) }));
  }
  const next = text.slice(f.end, Math.min(sentence.end, f.end + 40));
  // A share of something else: "entre 90% y 95% de Mariúpol", "90% російських військових".
  const ofOther =
    /^\s*(?:de\s+la|de|del|of|di|della|des|du|der|von)\s+(?:l['’])?\p{Lu}/u.test(next) ||
    /^\s*(?:de|of|di|des|der|von)\s+(?:esas|estas|esos|ces|these|those|queste|questi|diese|dieser)\b/iu.test(
      next,
    ) ||
    /^\s*\p{Ll}+(?:их|ых|ich|ych|ів|ов)(?![\p{L}])/u.test(next);
  // The sentence's one region, for a figure with a control cue of its own beside it that no
  // words tie to a region: "Kherson, con una popolazione di …, è quasi tutta sotto il
  // controllo delle truppe russe", "Луганщина, де живуть …, окупована на 97%".
  if (
    links.length === 0 &&
    (f.value.type === 'percent' || f.value.type === 'fraction') &&
    !ofOther
  ) {
    // The cue right after the figure ("на 70% окупована", "zu 73 Prozent besetzt"), or beside
    // it with nothing after the figure but the clause's end or its agent ("contrôlé à 70 % par
    // la Russie"): not a share of something else ("zdobyła 20 proc. głosów").
    const control = cues.filter((q) => q.type === 'control');
    const tail = text.slice(f.end, Math.min(clause.end, f.end + 40));
    const bare =
      /^\s*(?:[.,;:!?)»"”]|$)/u.test(tail) ||
      /^\s*(?:par|por|by|von|vom|dalla|dal|dai|dalle|przez|від|со\s+стороны)\s/iu.test(tail);
    const own =
      control.some((q) => q.start >= f.end && q.start - f.end <= 12) ||
      (bare &&
        control.some(
          (q) =>
            (q.start >= f.end && q.start - f.end <= 40) ||
            (q.end <= f.start && f.start - q.end <= 30 && q.start >= clause.start),
        ));
    const candidates = here.filter(
      (m) =>
        m.id !== null &&
        m.id !== 'UA' &&
        !included(m) &&
        !origin(m) &&
        !owned(m) &&
        !linkedMentions.has(m) &&
        !cues.some((q) => q.type === 'inverse' && q.start <= m.start && m.end <= q.end),
    );
    const ids = new Set(candidates.map((m) => m.id));
    const m = candidates[0];
    // The region is what the sentence is about: it opens the sentence, or follows "in" at its
    // start — not "Лівобережжя Херсонщини", "Das linke Ufer des Gebiets Cherson".
    const topic =
      m !== undefined &&
      /^[\s«"„“]*(?:(?:la|el|le|il|die|das|der|the|l['’]|(?:в|у|w|we|in|im|en|dans|nella|nel)(?:\s+(?:der|dem|la|el|l['’]))?)\s*)?(?:(?:في\s+)?(?:مقاطعة|منطقة|إقليم)\s+)?$/iu.test(
        text.slice(sentence.start, m.start),
      );
    if (own && topic && m && m.id !== null && ids.size === 1 && !here.some((x) => x.id === 'UA')) {
      links = [{ id: m.id, notes: [note.sentenceContext(m.id)], confidence: 0.6 }];
      for (const x of candidates) linkedMentions.add(x);
    }
  }
  // Context: the region the paragraph (or the text just before) is about.
  if (links.length === 0 && f.value.type !== 'words') {
    const inSentence = here.some((m) => m.id !== null && m.id !== 'UA' && !origin(m));
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
  if (links.length === 0) return null;
  linksOf.set(f, links);
  return { links, linkEnd, structural };
}
