/**
 * Regions named as claimed or held with no figure, in the languages besides English: "Россия
 * аннексировала Крым", "kontrollieren Luhansk, Donezk, Cherson und Saporischschja" (the
 * whole list), "einschließlich der Krim" (included in what is held or claimed). Not a name
 * with a participle used as an adjective, a negated or aspired verb, towns of a region, a
 * clause that gives a figure.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { Candidate, CandidateKind } from './candidate.ts';
import type { Compiled, GCue, Lang } from './generic-figures.ts';
import { actorBefore, cueKind, statedAim } from './generic-aims.ts';
import { GROUPS, isGroupId, type RegionOrGroupId } from '../geo/regions.ts';
import { LOCATIVE_BEFORE, type GMention } from './generic-mentions.ts';
import {
  AND,
  RELATIVE_PRONOUN,
  WHICH,
  INCLUDED_AFTER,
  INCLUDED_BEFORE,
  INCLUDED_VERB_BEFORE,
  adjectiveBefore,
  germanAttributive,
  slavicAttributive,
} from './generic-grammar.ts';
import type { Resolved, TextReader } from './generic-reader.ts';
import type { SentenceView } from './generic-sentence.ts';
import { note, type Note } from './notes.ts';
import type { Span } from './sentences.ts';
import { areaContext } from './read.ts';

/**
 * Before a name: it says where a town is ("مدينتا بوكروفسك وميرنوغراد في مقاطعة دونيتسك",
 * "вздовж міста … в Донецькій області") or, in Arabic, where something happens ("… في
 * زابوريجيا"): the region is no object of a control verb.
 */
const LOCATION_BEFORE =
  /(?:(?:^|[\s(])(?:в|у|на|in|im|en|w|dans|nella)\s+|(?:^|\s)(?:و|ف)?في\s+(?:(?:مقاطعة|منطقة|إقليم|مقاطعتي|منطقتي|جمهورية)\s+)?)$/iu;
const SETTLEMENT_BEFORE =
  /(?:^|[\s(])(?:(?:و)?(?:مدين\p{L}*|مدن|بلد(?:ة|ات|تي|تا|تين)|قري(?:ة|تين|تي)|قرى)|міст\p{L}*|сел(?:о|а|і|ище|ища)|город\p{L}*|посел\p{L}*|town|city|village)\s/iu;
const AND_BEFORE_FIGURE = new RegExp(
  String.raw`^\s*,?\s*(?:${AND}|а\s+также|а\s+також|و)\s*$`,
  'iu',
);
const AND_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${AND})\s`, 'iu');
const RELATIVE = new RegExp(
  String.raw`(?:^|\s)(?:${RELATIVE_PRONOUN}|which|that|як\p{L}*|cui)\s`,
  'iu',
);
/** Between a name and the list it joins: "sowie die teilweise … kontrollierten Regionen". */
const TOGETHER_WITH =
  /^\s*,?\s*(?:sowie|ebenso\s+wie|zusammen\s+mit|ainsi\s+que|de\s+même\s+que|avec|así\s+como|junto\s+(?:a|con)|insieme\s+(?:a|al|alla|alle|ai|agli)|così\s+come|nonché|together\s+with|along\s+with|as\s+well\s+as|a\s+także|oraz|wraz\s+z|razem\s+z|разом\s+(?:з|із)|а\s+також|вместе\s+с|а\s+также|наряду\s+с)\s+[^,.;:()]{0,80}$/iu;
/** "la Crimea e le regioni ucraine di Kherson, …", "Crimea and the regions of …": one list. */
const AND_REGIONS_OF = new RegExp(
  String.raw`^\s*,?\s*(?:${AND})\s+(?:(?:le|les|las|los|die|the|la|el|delle|des|de\s+las|de\s+les)\s+)?(?:\p{L}+\s+)?(?:regioni|régions|regiones|Regionen|Gebiete|regions|oblasts|provincias|province)\s+(?:\p{L}+\s+)?(?:di|de|of|des|delle|von)\s+$`,
  'iu',
);
/**
 * A pronoun or possessive as the subject of a claim or demand in a sentence that names no
 * region: "Это субъект Российской Федерации", "вони увійшли до складу Росії", "su anexión", "są
 * to rosyjskie regiony", "Putin ne pretende": the region is the one named before it.
 */
const PRONOUN_BEFORE_CUE =
  /(?:^|[\s«"„“(])(?:це|вони|вона|воно|это|они|она|оно|one|ona|ono|to|c['’]est|elle|elles|ils|dies|essa|esso|esse|essi|ne|ella|ellas|ellos|su|sus|هي|هذه)\s+(?:\p{L}+\s+){0,2}$/iu;
/** Before a claim word: a vote for it, a referendum on it. */
const VOTED_FOR =
  /(?:(?:проголосува|голосува|проголосова|голосова|głosowa|zagłosowa|vot|stimmt|abgestimmt|votat|votaron|votó|voted|صوت)\p{L}*\s(?:[^.;:]{0,80}?\s)?(?:(?:за|for|pour|für|per|a\s+favore|a\s+favor\s+de|za|in\s+favou?r\s+of|لصالح)\s+)|(?:референдум|referend|Referend|référendum)\p{L}*\s+(?:про|о|об|за|щодо|w\s+sprawie|o|on|about|sur|über|zum|zur|sul|sulla|sobre|حول)\s+)(?:\p{L}+(?:\s+|['’]))?(?:\p{L}+(?:\s+|['’]))?$/iu;
/** The control words that say "liberated" (read as held in a Russian source's figures). */
const LIBERATED =
  /^(?:befrei|liberat|liberad|libér|освобо|звільн|wyzwol|(?:و|ف)?(?:تحرير|حرر|المحرر))/iu;
const LIBERATED_IN = new RegExp(`(?<![\\p{L}])${LIBERATED.source.slice(1)}`, 'iu');
/** Between a claim word and "the region" it governs: "анексію області", "l'annexion de la région". */
const CLAIMED_OF = /^\s*(?:de\s+la|de\s+l['’]|de|of\s+the|of|della|dell['’]|del|der|des|du)?\s*$/iu;
/** A claim word that is a noun ("анексію", "аннексии", "l'annexion", "aneksji"), not a participle. */
const CLAIM_NOUN = /(?:ію|ія|ії|ия|ию|ии|ion|ión|ione|ja|ji|ję|ung)$/iu;
const COMMA_AND = new RegExp(
  String.raw`[,،;]\s*(?:و|(?:${AND}|а|але|но|a|ale|mais|aber|ma|pero|but)\s)`,
  'iu',
);
const COORD = new RegExp(String.raw`,\s*(?:${AND})\s`, 'iu');
// The list is the group a relative clause then describes.
const IDENTIFIED_AS_GROUP =
  /^\s+(?:son|sont|sind|are|sono|są|є|это|—|-|–)\s+(?:(?:las|les|die|the|le|i)\s+)?(?:cuatro|quatre|vier|four|quattro|cztery|чотири|четыре|4)\s+\p{L}+\s+(?:que|qui|die|that|which|che|które|які|которые)\s/iu;

const INDEPENDENCE =
  /(?:indépendan|independen|indipendenz|Unabhängigkeit|niepodległ|независим|незалежн|استقلال|integrit|intégrit|Integrität|integridad|integralno|цілісн|целостн|سلامة)/iu;
/** A demand to recognise: of Ukraine's sovereignty or borders, it is no demand of Russia's. */
const RECOGNITION =
  /(?:^|[\s(«"„“])(?:визна|призна|uzna|reconn|anerkenn|riconosc|reconoc|(?:و)?(?:ب)?الاعتراف)/iu;
const UKRAINE_STEM = /(?:Україн|Украин|Ukrain|Ucrain|Ucran|أوكرانيا)/iu;
/** A claim word that is a predicate noun: "part of Russia", "Russian land", "regions of Russia". */
const PREDICATE_CLAIM =
  /(?:^|\s)(?:part|parte|partie|Teil|частин|частью|част|częś|region|регіон|регион|territ|територ|территор|суб|podmiot|soggetto|sujet|sujeto)|(?:أرض|أراض|مناطق|منطقة|أقاليم|إقليم|جزء)/iu;

/**
 * A relative clause right after a name (or the list it ends): "la Crimée - que la Russie a
 * annexée", "la región de Donetsk, que afirma haber anexionado", "Луганської … та Херсонської
 * областей, які Путін вніс до конституції", "شبه جزيرة القرم التي انضمت". German takes its
 * relative pronoun only after a comma ("die Krim, die Russland annektiert hat").
 */
const RELATIVE_AFTER_NAME = new RegExp(
  String.raw`^\s*(?:[,(]|\s[-–—])?\s*(?:${RELATIVE_PRONOUN}|як(?:і|а|у|е|ої|их|ий|ого)|що|التي|الذي|اللتين|اللذين|اللتان|اللذان|lesquel\p{L}*|laquelle|lequel|la\s+quale|le\s+quali|i\s+quali|il\s+quale|cui)\s|^\s*,\s*(?:die|der|das|welche\p{L}*)\s`,
  'iu',
);

/** Between "the four regions" and the names that spell them out: "ucraine di", "ucranianas (". */
const FOUR_SPELLED =
  /^\s*(?:(?:ucrain\p{L}*|ucranian\p{L}*|ukraińsk\p{L}*|ukrainian|ukrainienn\p{L}*|ukrainisch\p{L}*)\s+)?(?:di|de|:|\(|—|–)\s*$/iu;

/**
 * A negated clause that says "all" ("не повністю", "nicht vollständig", "non … completamente",
 * "لا … بالكامل"): not all of it, so a part. The "all" words are the language's own; a word
 * the table keeps from reading after a negation ("не повністю") is read with it blanked.
 */
function notAll(c: Compiled, clause: string): boolean {
  const neg = new RegExp(c.negation.source, 'giu');
  if (!neg.test(clause)) return false;
  const all = c.words.find(([, k]) => k === 'all')?.[0];
  if (!all) return false;
  const blanked = clause.replace(neg, (w) => ' '.repeat(w.length));
  return new RegExp(all.source, 'iu').test(blanked);
}

/**
 * "die Regionen Donezk und Luhansk, die zum Teil von Russland besetzt sind, …", "le regioni di
 * Donetsk e Luhansk, in parte occupate dalla Russia, …": a clause or aside after a list that
 * says it is partly held is a part of each held (null), whatever the sentence then says of them.
 */
function partlyAside(r: TextReader, c: Compiled, s: SentenceView, out: Candidate[]): void {
  const { text, listFrom } = r;
  const { here, cues, sentence } = s;
  const done = new Set<GMention>();
  for (let i = 0; i < here.length; i++) {
    const m = here[i] as GMention;
    if (m.id === null || done.has(m)) continue;
    const list = listFrom(here, i, 1);
    list.forEach((x) => done.add(x));
    const last = list.at(-1) as GMention;
    const rest = text.slice(last.end, sentence.end);
    const aside = /^\s*,([^,;.]{3,80})(?:[,;.]|$)/u.exec(rest);
    if (!aside?.[1]) continue;
    const asideStart = last.end + rest.indexOf(aside[1]);
    const asideEnd = asideStart + aside[1].length;
    if (!new RegExp(String.raw`(?<![\p{L}])(?:${c.w.partly})`, 'iu').test(aside[1])) continue;
    if (c.negation.test(aside[1])) continue;
    // "Lugansk, insieme alle regioni parzialmente controllate di Donetsk, …": the aside's own
    // names are the ones it describes.
    if (here.some((x) => x.start >= asideStart && x.start < asideEnd + 40)) continue;
    const cue = cues.find(
      (q) => q.type === 'control' && q.start >= asideStart && q.end <= asideEnd,
    );
    if (!cue) continue;
    for (const x of list) {
      if (x.id === null || x.id === 'UA' || x.id === 'annexed-four') continue;
      if (out.some((o) => o.region === x.id && o.kind === 'control' && o.start === sentence.start))
        continue;
      out.push({
        region: x.id,
        kind: 'control',
        low: null,
        high: null,
        rule: 'vague',
        wording: text.slice(cue.start, cue.end),
        wordingStart: cue.start,
        wordingEnd: cue.end,
        quote: text.slice(sentence.start, sentence.end),
        start: sentence.start,
        end: sentence.end,
        notes: [note.named(text.slice(x.start, x.end), 'partly')],
        confidence: 0.6,
      });
    }
  }
}

/** Appends to `out` the candidates of the regions `s` names with no figure. */
export function namedCandidates(
  r: TextReader,
  c: Compiled,
  lang: Lang,
  s: SentenceView,
  out: Candidate[],
): void {
  const { text, listFrom, included, resolve, resolveAll } = r;
  const { sentence, sText, here, figures, cues, clauseOf, usedCues, usedFigures, linkedMentions } =
    s;
  const namedDone = new Set<GMention>();
  /**
   * A name a figure is of, unless every such figure is the region's own size ("La région de
   * Zaporijia, annexée par Moscou, couvre 27 180 km²"), which the figure's reader drops.
   */
  const linked = (m: GMention) =>
    linkedMentions.has(m) &&
    !(
      m.id !== null &&
      m.id !== 'UA' &&
      figures.every((f) => {
        if (!s.linksOf.get(f)?.some((l) => l.id === m.id)) return true;
        const own = m.id === null ? undefined : areaContext(m.id).areaKm2;
        return (
          f.value.type === 'area' && own !== undefined && Math.abs(f.value.km2 - own) <= own * 0.007
        );
      })
    );
  /** A candidate for a region named in the sentence: all of it, or a part (`vague`). */
  const namedHere = (
    x: GMention,
    region: RegionOrGroupId,
    kind: CandidateKind,
    vague: boolean,
    cue: Span,
  ): Candidate => {
    const wording = text.slice(cue.start, cue.end);
    return {
      region,
      kind,
      low: vague ? null : 100,
      high: vague ? null : 100,
      rule: vague ? 'vague' : 'named',
      wording,
      wordingStart: cue.start,
      wordingEnd: cue.end,
      quote: sText,
      start: sentence.start,
      end: sentence.end,
      notes: [
        kind === 'demand'
          ? note.namedNoFigure(wording)
          : note.named(
              text.slice(x.start, x.end),
              vague ? 'partly' : kind === 'claim' ? 'claimed' : 'held',
            ),
      ],
      confidence: 0.6,
    };
  };
  /**
   * A candidate for a region read from context (`res`): all of it (`share` 100) or a part
   * (`null`), the cue's words as its wording, the quote from the sentence that named it.
   */
  const fromContext = (
    res: Resolved,
    kind: CandidateKind,
    share: 100 | null,
    cue: Span,
    notes: Note[],
  ): Candidate => ({
    region: res.id,
    kind,
    low: share,
    high: share,
    rule: share === null ? 'vague' : 'named',
    wording: text.slice(cue.start, cue.end),
    wordingStart: cue.start,
    wordingEnd: cue.end,
    quote: text.slice(res.from ? res.from.start : sentence.start, sentence.end),
    start: res.from ? res.from.start : sentence.start,
    end: sentence.end,
    notes: [...res.notes, ...notes],
    confidence: 0.6,
    ...(res.from && {
      regionFrom: {
        sentence: text.slice(res.from.start, res.from.end),
        start: res.from.start,
        end: res.from.end,
      },
    }),
  });
  /** "заявила про анексію області": a claim of "the region" is a claim of the one in context. */
  const anaphorClaimed = (m: GMention) => {
    if (m.anaphor !== 'region') return;
    const cue = cues.find(
      (q) =>
        q.type === 'claim' &&
        q.end <= m.start &&
        CLAIM_NOUN.test(text.slice(q.start, q.end)) &&
        CLAIMED_OF.test(text.slice(q.end, m.start)) &&
        !c.negation.test(text.slice(Math.max(0, q.start - 12), q.start)),
    );
    if (!cue) return;
    const res = resolve(m, sentence);
    if (!res || res.id === 'UA') return;
    namedDone.add(m);
    out.push(
      fromContext(res, 'claim', 100, cue, [note.named(text.slice(m.start, m.end), 'claimed')]),
    );
  };
  /**
   * "Rosja nie kontroluje w pełni żadnego z tych regionów", "no controla completamente estas
   * provincias": not all of the regions of the list named last held, each a part (null).
   */
  const anaphorNotAll = (m: GMention) => {
    if (m.anaphor !== 'these' && m.anaphor !== 'two') return;
    const clause = clauseOf(m.start);
    const clauseText = text.slice(clause.start, clause.end);
    const cue = cues.find(
      (q) => q.type === 'control' && q.start >= clause.start && q.end <= clause.end,
    );
    if (!cue || !notAll(c, clauseText) || c.aspiration.test(clauseText)) return;
    namedDone.add(m);
    for (const res of resolveAll(m, sentence)) {
      if (res.id === 'UA') continue;
      if (out.some((o) => o.region === res.id && o.end === sentence.end)) continue;
      out.push(
        fromContext(res, 'control', null, cue, [note.named(text.slice(m.start, m.end), 'partly')]),
      );
    }
  };
  /**
   * "Rosja zaanektowała Krym, który od tego czasu jest w 100% okupowany": a claim verb right
   * before a name whose figure stands in a relative clause after it claims the name too.
   */
  const claimedBeforeItsFigure = (m: GMention): GCue | undefined => {
    const own = figures.filter((f) => s.linksOf.get(f)?.some((l) => l.id === m.id));
    if (
      own.length === 0 ||
      !own.every(
        (f) =>
          f.start >= m.end &&
          /^\s*,\s*\S+/u.test(text.slice(m.end, f.start)) &&
          RELATIVE.test(` ${text.slice(m.end, f.start).replace(/^\s*,/u, '')}`),
      )
    )
      return undefined;
    return cues.find(
      (q) =>
        q.type === 'claim' &&
        !usedCues.has(q) &&
        q.end <= m.start &&
        m.start - q.end <= 30 &&
        !/[,;]/u.test(text.slice(q.end, m.start)) &&
        !c.negation.test(text.slice(Math.max(0, q.start - 12), q.start)) &&
        !c.aspiration.test(text.slice(Math.max(sentence.start, q.start - 40), q.start)),
    );
  };
  /**
   * A claim or demand in a relative clause right after a name claims (demands) the name, and
   * the list it ends when the last two are joined by "and"; a name with a figure too ("el 81%
   * de la región de Donetsk, que afirma haber anexionado").
   */
  const relativeDone = new Set<GMention>();
  const claimedInRelative = (m: GMention) => {
    if (m.id === null || m.id === 'UA' || relativeDone.has(m)) return;
    const rel = RELATIVE_AFTER_NAME.exec(text.slice(m.end, Math.min(sentence.end, m.end + 40)));
    if (!rel) return;
    const relEnd = m.end + rel[0].length;
    const q = cues.find(
      (x) =>
        (x.type === 'claim' || x.type === 'demand') &&
        x.start >= relEnd &&
        x.start - relEnd <= 50 &&
        !/[,;:.()«»"“”—–]/u.test(text.slice(relEnd, x.start)),
    );
    if (!q) return;
    const clauseText = text.slice(m.end, q.end);
    if (c.negation.test(clauseText) || (q.type === 'claim' && c.aspiration.test(clauseText)))
      return;
    // "Donetsk, que limita con la anexada Crimea": a name before the claim word, or right after
    // it, is what the word is of.
    if (
      here.some(
        (x) =>
          x.id !== null &&
          x.id !== 'UA' &&
          ((x.start >= relEnd && x.end <= q.start) ||
            (x.start >= q.end && /^\s+(?:\p{L}+\s+)?$/u.test(text.slice(q.end, x.start)))),
      )
    )
      return;
    const idx = here.indexOf(m);
    const back = listFrom(here, idx, -1);
    const prev = back[1];
    const list = prev && AND_AFTER.test(text.slice(prev.end, m.start)) ? back.reverse() : [m];
    const first = list[0] ?? m;
    const lead = text.slice(Math.max(sentence.start, first.start - 40), first.start);
    const vague = c.vagueWord.test(lead.split(/[,،;]/u).at(-1) ?? '');
    for (const x of list) {
      if (x.id === null || x.id === 'UA' || relativeDone.has(x)) continue;
      relativeDone.add(x);
      const kind: CandidateKind = q.type === 'demand' ? 'demand' : 'claim';
      out.push(namedHere(x, x.id, kind, vague, q));
    }
  };
  for (const m of [...here].reverse()) claimedInRelative(m);
  if (!here.some((m) => m.id !== null && m.id !== 'UA')) {
    const q = cues.find(
      (x) =>
        (x.type === 'claim' || x.type === 'demand') &&
        !usedCues.has(x) &&
        PRONOUN_BEFORE_CUE.test(text.slice(Math.max(sentence.start, x.start - 40), x.start)),
    );
    if (q && !c.negation.test(sText) && !(q.type === 'claim' && c.aspiration.test(sText))) {
      const res = resolve(
        {
          start: q.start,
          end: q.start,
          id: null,
          anaphor: 'region',
          locative: false,
          antecedentOnly: false,
        },
        sentence,
      );
      if (res && res.id !== 'UA' && res.from) {
        const wording = text.slice(q.start, q.end);
        const kind: CandidateKind = q.type === 'demand' ? 'demand' : 'claim';
        out.push(
          fromContext(res, kind, 100, q, [
            kind === 'demand' ? note.namedNoFigure(wording) : note.named(wording, 'claimed'),
          ]),
        );
      }
    }
  }
  partlyAside(r, c, s, out);
  for (const m of here) {
    if (linkedMentions.has(m) && !namedDone.has(m) && m.id !== null && m.id !== 'UA') {
      const q = claimedBeforeItsFigure(m);
      if (q) {
        namedDone.add(m);
        out.push({
          region: m.id,
          kind: 'claim',
          low: 100,
          high: 100,
          rule: 'named',
          wording: text.slice(q.start, q.end),
          wordingStart: q.start,
          wordingEnd: q.end,
          quote: sText,
          start: sentence.start,
          end: sentence.end,
          notes: [note.named(text.slice(m.start, m.end), 'claimed')],
          confidence: 0.6,
        });
      }
    }
    // "не контролює всю Донецьку область": a negated "all" word that gave no candidate leaves
    // the name to be read here (as part held).
    const negatedAllOnly =
      m.id !== null &&
      figures.some((f) => s.linksOf.get(f)?.some((l) => l.id === m.id)) &&
      figures.every(
        (f) =>
          !s.linksOf.get(f)?.some((l) => l.id === m.id) ||
          (!usedFigures.has(f) && f.value.type === 'words'),
      ) &&
      notAll(c, text.slice(clauseOf(m.start).start, clauseOf(m.start).end));
    // "no controla completamente estas provincias": the negated "all" linked to "these
    // regions" gave nothing; each region of the list is a part held.
    if (m.id === null && !namedDone.has(m)) anaphorNotAll(m);
    if ((linked(m) && !negatedAllOnly) || namedDone.has(m)) continue;
    if (m.id === null) {
      anaphorClaimed(m);
      continue;
    }
    const clause = clauseOf(m.start);
    const first = listFrom(here, here.indexOf(m), -1).at(-1) ?? m;
    const lead = text.slice(Math.max(clause.start, first.start - 60), first.start);
    if (
      LOCATION_BEFORE.test(lead) &&
      (lang === 'ar' || SETTLEMENT_BEFORE.test(lead.split(/[,;،]/).at(-1) ?? ''))
    )
      continue;
    const inClause = cues.filter(
      (q) =>
        q.start >= clause.start &&
        q.end <= clause.end &&
        !(lang === 'de' && germanAttributive(text, q)) &&
        !(q.type === 'control' && slavicAttributive(text, q, lang)),
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
    // "el Donbás, que incluye Donetsk y Luhansk", "Donbas, which includes …": the group's
    // members spelled out define it; they are not included in what is held.
    const group = here[here.indexOf(first) - 1];
    const defines =
      group !== undefined &&
      isGroupId(group.id) &&
      group.id !== 'UA' &&
      (GROUPS[group.id].members as readonly string[]).includes(m.id ?? '') &&
      first.start - group.end <= 40 &&
      !/[.;:]/u.test(text.slice(group.end, first.start));
    if (
      m.id !== 'UA' &&
      m.id !== 'annexed-four' &&
      !defines &&
      included(m) &&
      (cues.some((q) => q.type === 'control') || claimedBefore) &&
      !c.negation.test(text.slice(clause.start, clause.end))
    ) {
      const before = INCLUDED_BEFORE.exec(text.slice(Math.max(0, m.start - 45), m.start));
      const after = INCLUDED_AFTER.exec(text.slice(m.end, m.end + 20));
      const verb = INCLUDED_VERB_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
      let ws = before
        ? Math.max(0, m.start - 45) + before.index
        : m.end + (after?.index ?? 0) + (after?.[0].length ?? 0) - (after?.[0].trim().length ?? 0);
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
          gap.length <= 60 &&
          !RELATIVE.test(gap) &&
          (q.type === 'claim' || q.type === 'demand' || !gap.includes(',')) &&
          // "після анексії Криму … на Донеччині почалася війна", "… danach begann der Krieg im
          // Donbass": a claim word governs no name in a locative phrase.
          !(
            (q.type === 'claim' || q.type === 'demand') &&
            LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start))
          ) &&
          // "exige la reconnaissance de l'indépendance des républiques de Donetsk …": the
          // republics' independence is no claim of the regions.
          !INDEPENDENCE.test(gap) &&
          // "exige el reconocimiento de la soberanía de Ucrania sobre Crimea": Ukraine's.
          !(RECOGNITION.test(text.slice(q.start, m.start)) && UKRAINE_STEM.test(gap)) &&
          // "القرم أرض روسية، وأن … دونيتسك": a predicate noun ("Russian land", "part of
          // Russia") says so of the names before it, not of those after ", and".
          !(
            q.type === 'claim' &&
            PREDICATE_CLAIM.test(text.slice(q.start, q.end)) &&
            COMMA_AND.test(gap)
          )
        );
      }
      const gap = text.slice(m.end, q.start);
      const identified = IDENTIFIED_AS_GROUP.test(gap);
      // "…із Запорізькою областями України, на півдні з … Крим (окупованою …)": a word in
      // brackets after a later name is that name's.
      const nearer = here.some(
        (x) =>
          x !== m &&
          x.id !== null &&
          x.id !== 'UA' &&
          x.id !== 'annexed-four' &&
          x.start >= m.end &&
          x.end <= q.start &&
          /^\s*\(\s*$/.test(text.slice(x.end, q.start)),
      );
      return (
        !nearer &&
        gap.length <= 70 &&
        (identified || (gap.length <= 60 && !RELATIVE.test(` ${gap}`))) &&
        !COORD.test(gap)
      );
    };
    const claimCue = inClause.find((q) => q.type === 'claim' && !usedCues.has(q) && fits(q));
    // A clause with a figure says how much, not "all of it" (an area that is a size aside).
    const clauseNotAll = notAll(c, text.slice(clause.start, clause.end));
    const controlCue = figures.some(
      (f) =>
        (usedFigures.has(f) || f.value.type !== 'area' || s.sentenceChange) &&
        // "ocupan la península de Crimea y, …, un tercio de la cuenca del Donbass": a figure
        // of another region says nothing of this one.
        !(
          f.start >= m.end &&
          inClause.some((q) => q.type === 'control' && q.end <= m.start && fits(q)) &&
          (s.linksOf.get(f)?.length ?? 0) > 0 &&
          !(s.linksOf.get(f) ?? []).some((l) => l.id === m.id)
        ) &&
        // "не повністю": the negated "all" word, read as no region's figure, is no figure.
        !(clauseNotAll && f.value.type === 'words' && !usedFigures.has(f)) &&
        f.start >= clause.start &&
        f.end <= clause.end &&
        // "окупувала Крим і частину Донецької …": a figure after "and" is the next region's.
        !(f.start >= m.end && AND_BEFORE_FIGURE.test(text.slice(m.end, f.start))),
    )
      ? undefined
      : inClause.find((q) => q.type === 'control' && fits(q));
    // "exigió a Ucrania que retire sus tropas de las regiones de …": a demand of the regions.
    const demandCue = claimCue
      ? undefined
      : inClause.find(
          (q) => q.type === 'demand' && !usedCues.has(q) && q.end <= m.start && fits(q),
        );
    // "عليهم الاعتراف بأن القرم أرض روسية", "exige reconocer Crimea como parte de Rusia": a
    // claim after the name inside what a demand before it asks is the demand's.
    const demandedClaim =
      claimCue && claimCue.start >= m.end
        ? inClause.find(
            (q) => q.type === 'demand' && !usedCues.has(q) && q.end <= m.start && fits(q),
          )
        : undefined;
    const cue = demandedClaim ?? claimCue ?? demandCue ?? controlCue;
    if (!cue) continue;
    // "kontrolliert fünfundsiebzig Prozent der Region": a share the figures did not read is no
    // "all of it".
    if (
      cue.type === 'control' &&
      !figures.some((f) => f.start >= clause.start && f.end <= clause.end) &&
      new RegExp(String.raw`(?:${c.w.percent})(?![\p{L}])`, 'iu').test(
        text.slice(clause.start, clause.end),
      )
    )
      continue;
    // "87% проголосували за приєднання", "ont voté pour le rattachement", "a referendum on
    // joining Russia": what a vote was about, not a claim.
    if (
      cue.type === 'claim' &&
      cue.start > m.start - 200 &&
      VOTED_FOR.test(text.slice(Math.max(clause.start, cue.start - 130), cue.start))
    )
      continue;
    // "Moscú aspira a controlar …", "dem Kreml geht es um die Annexion von …": Russia's stated
    // aim to take or annex a region is a demand of it.
    const aim =
      cue.type !== 'demand' &&
      statedAim(text, sentence, clause, cue, Math.max(m.end, cue.end), c.negation);
    // "la Crimée occupée", "la Crimea occupata", "la Crimea ocupada": a participle right after
    // the name, with no verb between, is an adjective (the Slavic "Крим окупований" is a
    // predicate: those languages drop the copula).
    if (
      (lang === 'fr' || lang === 'it' || lang === 'es') &&
      cue.start >= m.end &&
      /^\s+$/u.test(text.slice(m.end, cue.start)) &&
      /(?:é|ée|és|ées|ato|ata|ati|ate|ado|ada|ados|adas|esa|ese|eso|esi|exée|exées)$/iu.test(
        text.slice(cue.start, cue.end),
      )
    )
      continue;
    // "Cherson wurde befreit", "Kherson è stata liberata", "تم تحرير", "звільнили від
    // окупантів": with no figure, which side freed it is not said (a Russian source's
    // "освобождено" gives a share, not a name); "ocupada y luego liberada" stays a part held.
    // Russia named as the one that freed it ("Минобороны России заявило о полном освобождении
    // Луганской области") is Russia's statement of control.
    if (
      cue.type === 'control' &&
      (LIBERATED.test(text.slice(cue.start, cue.end)) ||
        LIBERATED_IN.test(text.slice(clause.start, cue.start))) &&
      actorBefore(text.slice(sentence.start, cue.start)) !== 'ru'
    )
      continue;
    // "non controlla completamente nessuna delle quattro regioni", "не повністю контролює",
    // "kontrolliert … nicht vollständig": not all of it held is a part held (no figure).
    // Only the control word's own negation ("nie kontroluje całego", "не повністю контролює"),
    // not a failed attempt ("nie zdołali opanować całej …", "не змогли захопити всю …").
    const allWord = c.words.find(([, k]) => k === 'all')?.[0];
    const ownNegation = (negEnd: number) => {
      const next = inClause.find((q) => q.type === 'control' && q.start >= negEnd);
      if (!next) return true;
      const gap = text.slice(negEnd, next.start).trim();
      return (
        gap === '' ||
        (allWord !== undefined && new RegExp(`^(?:${allWord.source})$`, 'iu').test(gap))
      );
    };
    const notFully =
      cue.type === 'control' &&
      clauseNotAll &&
      [
        ...text.slice(clause.start, clause.end).matchAll(new RegExp(c.negation.source, 'giu')),
      ].every((n) => ownNegation(clause.start + n.index + n[0].length));
    if (cue.type === 'control' && (m.id === 'UA' || (m.id === 'annexed-four' && !notFully)))
      continue;
    if (cue.type !== 'control' && m.id === 'UA') continue;
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
    // "se si aggiunge anche la Crimea, annessa nel 2014, …": an appositive claim after the name
    // is a statement of its own; only its own words up to the next comma can negate it.
    const appositive =
      cue.type === 'claim' && cue.start >= m.end && /^\s*,\s*$/u.test(text.slice(m.end, cue.start));
    const scope = appositive
      ? text.slice(cue.start, cue.end + (/[,;.)»]/u.exec(text.slice(cue.end))?.index ?? 30))
      : around;
    // A demand is a wish in itself ("хоче, щоб війська залишили …"): its words of aim are its own.
    if (
      (!notFully && c.negation.test(scope)) ||
      (cue.type !== 'demand' && !aim && c.aspiration.test(scope))
    )
      continue;
    // "kontrollieren bedeutende Teil der … Regionen Cherson, Donezk … nicht": negated.
    if (
      !notFully &&
      cue.type === 'control' &&
      c.negation.test(text.slice(clause.start, clause.end))
    )
      continue;
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
    // "Quelle partie de la région de Louhansk contrôle Kiev ?": a question of a part.
    if (
      new RegExp(
        String.raw`(?:^|[^\p{L}])(?:${WHICH})\s+(?:\p{L}+\s+)?(?:${c.w.vague}|\p{L}*(?:part|Teil|częś|част|جزء)\p{L}*)`,
        'iu',
      ).test(text.slice(Math.max(clause.start, m.start - 60), m.start))
    )
      continue;
    // "окупувала Крим і частину Донецької …": a part word after "and" is the next regions'.
    const lastOfList = listFrom(here, here.indexOf(m), 1).at(-1) ?? m;
    const vagueEnd = AND_AFTER.test(text.slice(lastOfList.end, lastOfList.end + 12))
      ? lastOfList.end
      : clause.end;
    // "Części obwodów … zostały anektowane": a part of the region claimed is vague too (a part
    // word right before the name; not "partly occupied", which is about control).
    const isVague =
      notFully ||
      (cue.type === 'control'
        ? c.vagueOrPartly.test(
            text.slice(clause.start, vagueEnd > clause.start ? vagueEnd : clause.end),
          )
        : cue.type === 'claim' &&
          // Not across a comma: "جزءا من أراضيها، إضافة إلى شبه جزيرة القرم" is Ukraine's part.
          (c.vagueWord.test(
            text
              .slice(Math.max(clause.start, m.start - 40), m.start)
              .split(/[,،]/u)
              .at(-1) ?? '',
          ) ||
            // "le Donbass, … dont une partie est déjà annexée", "Донбас, частину якого
            // анексовано": a part word between the name and its claim after it.
            (cue.start >= m.end && c.vagueWord.test(text.slice(m.end, cue.start)))));
    // An aim to take a part of a region is no demand of it.
    if (aim && isVague) continue;
    const kind = cueKind(cue.type, aim);
    // The whole list the region stands in ("Luhansk, Donezk, Cherson und Saporischschja").
    const idx = here.indexOf(m);
    let list = [...listFrom(here, idx, -1).reverse(), ...listFrom(here, idx, 1).slice(1)];
    // "le quattro regioni ucraine di Donetsk, Luhansk, …", "las cuatro regiones (Lugansk, …)":
    // the four spelled out are four claims, not the group's one.
    const spelled = here[idx + 1];
    if (
      m.id === 'annexed-four' &&
      list.length === 1 &&
      spelled?.id &&
      spelled.id !== 'UA' &&
      spelled.id !== 'annexed-four' &&
      FOUR_SPELLED.test(text.slice(m.end, spelled.start))
    ) {
      namedDone.add(m);
      list = listFrom(here, idx + 1, 1);
    }
    // "Luhansk sowie die teilweise von Russland kontrollierten Regionen Donezk, Cherson und …
    // angegliedert", "Lugansk, insieme alle regioni parzialmente controllate di Donetsk, …": a
    // name joined by "together with" and words describing the next names is one of the list.
    const head0 = list[0];
    if (head0 && kind !== 'control') {
      const i0 = here.indexOf(head0);
      const prevName = here
        .slice(0, i0)
        .reverse()
        .find((x) => x.id !== null && x.id !== 'annexed-four');
      if (
        prevName &&
        prevName.start >= clause.start - 200 &&
        prevName.id !== 'UA' &&
        !namedDone.has(prevName) &&
        !linkedMentions.has(prevName) &&
        (TOGETHER_WITH.test(text.slice(prevName.end, head0.start)) ||
          AND_REGIONS_OF.test(text.slice(prevName.end, head0.start)))
      )
        list = [prevName, ...list];
    }
    // "… anche Kherson, la Crimea, annessa nel 2014": an appositive after a bare comma is the
    // last name's; after "A, B e C, annesse" it is the list's.
    const prev = list[list.indexOf(m) - 1];
    if (appositive && prev && !AND_AFTER.test(text.slice(prev.end, m.start))) list = [m];
    for (const x of list) {
      if (namedDone.has(x) || (linked(x) && !(x === m && negatedAllOnly)) || x.id === null)
        continue;
      if (kind === 'control' && (x.id === 'UA' || (x.id === 'annexed-four' && !notFully))) continue;
      if (kind !== 'control' && x.id === 'UA') continue;
      namedDone.add(x);
      out.push(namedHere(x, x.id, kind, isVague, cue));
    }
  }
}
