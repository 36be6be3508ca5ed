/**
 * The candidates a linked figure gives, in the languages besides English: its cue (right
 * after the figure and its regions, else before it, else the text before's), its kind, its
 * interval per region (Ukraine's share turned to Russia's), the quote and the notes.
 *
 * Pure: no DOM, no Node APIs.
 */
import { cueKind } from './generic-aims.ts';
import type { Candidate } from './candidate.ts';
import type { Compiled, GCue, GFigure } from './generic-figures.ts';
import type { FigureLinks } from './generic-link.ts';
import { AND, RELATIVE_PRONOUN } from './generic-grammar.ts';
import type { TextReader } from './generic-reader.ts';
import type { SentenceView } from './generic-sentence.ts';
import { EXCEPT_BEFORE, REST_AFTER, REST_BEFORE, afterLink, aimedWhole } from './generic-traps.ts';
import { FREE_AFTER } from './languages.ts';
import { note, type Note } from './notes.ts';
import { alternativeNote, areaContext, figureClaim, readFigure, readWords } from './read.ts';
import type { Span } from './sentences.ts';

/** A relative pronoun: what follows it is a clause about the word before, not the figure. */
const RELATIVE_AFTER = new RegExp(
  String.raw`(?:^|[\s,])(?:${RELATIVE_PRONOUN}|dont|which|that|які|яку|яких|cui|die|das|التي|الذي)\s`,
  'iu',
);

/** Between a part and its holder's verb: ", którą (Ukraina) nadal", ", яку ще", ", qu'elle". */
const STILL_HELD = new RegExp(
  String.raw`^\s*,?\s*(?:${RELATIVE_PRONOUN}|qu['’]|яку|яка|які|що|die|den|das|which|that|it|cui|التي|الذي)(?:\s+(?:[\p{L}'’-]+\s+){0,3}?|\s*)$`,
  'iu',
);

/** "the rest" as the subject of the clause after a figure. */
const REST_SUBJECT =
  /(?:^|[\s,;(—–-])(?:le\s+reste|il\s+resto|el\s+resto|lo\s+demás|der\s+Rest|den\s+Rest|the\s+rest|reszt\p{L}*|pozostał\p{L}*|решт\p{L}*|остальн\p{L}*|оставш\p{L}*|الباقي|البقية)(?![\p{L}])/iu;

/** "…, lo que significa que Ucrania aún conserva …": a restatement with its own subject. */
const THAT_MEANS =
  /(?:lo\s+que\s+signific\p{L}*|es\s+decir|which\s+means|meaning\s+that|що\s+означає|тобто|что\s+означает|то\s+есть|co\s+oznacza|czyli|ce\s+qui\s+signifie|c['’]est-à-dire|was\s+bedeutet|das\s+heißt|il\s+che\s+significa|cioè|ما\s+يعني)(?![\p{L}])/iu;

/** Right after a figure: "of which", a share of the noun before (people, when they are near). */
const JOINED_BEFORE = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:${AND}|a\s+także|а\s+также|а\s+також|as\s+well\s+as|ainsi\s+que|sowie|nonché|así\s+como)\s+$`,
  'iu',
);
const OF_WHICH =
  /^\s*(?:de\s+(?:las|los)\s+cuales|of\s+(?:which|whom)|dont|di\s+cui|dei\s+quali|delle\s+quali|z\s+których|з\s+(?:яких|них)|из\s+(?:которых|них)|von\s+(?:denen|ihnen)|منهم|من\s+بينهم)(?![\p{L}])/iu;

/** The candidates of `f`, linked as `linked`; none when it has no cue or a negated one. */
export function figureCandidates(
  r: TextReader,
  c: Compiled,
  s: SentenceView,
  f: GFigure,
  clause: Span,
  linked: FigureLinks,
): Candidate[] {
  const { text } = r;
  const { sentence, figures, cues, usedCues, usedFigures } = s;
  const { links, linkEnd, structural } = linked;
  const wording = text.slice(f.wordStart, f.wordEnd);
  const notes: Note[] = [];
  const after = afterLink(text, clause, linkEnd);
  const out: Candidate[] = [];
  // The cue: right after the figure and its region, else before it, else in context.
  // "Części obwodów … oraz tereny DRL i ŁRL zostały anektowane": a part joined to another part
  // shares its verb.
  const vague = (g: GFigure) => g.value.type === 'words' && g.value.cls === 'vague';
  const joinedPart = (g: GFigure) =>
    vague(f) && vague(g) && JOINED_BEFORE.test(text.slice(linkEnd, g.start));
  const post = cues.find(
    (q) =>
      q.start >= linkEnd &&
      q.start < clause.end &&
      q.start - linkEnd <= 45 &&
      !figures.some((g) => g.start >= linkEnd && g.start < q.start && !joinedPart(g)),
  );
  // "Insieme alla Crimea, annessa a Mosca nel 2014, costituiscono …": a cue in an aside
  // between commas belongs to the aside.
  const aside = (q: GCue) =>
    q.type === 'claim' &&
    /,/.test(text.slice(clause.start, q.start)) &&
    /,/.test(text.slice(q.end, f.start));
  const pre = cues.filter((q) => q.end <= f.start && q.start >= clause.start && !aside(q)).at(-1);
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
  // "contrôle environ 70 % de la région, le reste étant aux mains de l'Ukraine", "…, lo que
  // significa que Ucrania aún conserva …": Ukraine's words after "the rest" or a restatement
  // are theirs, not the figure's.
  if (
    !inside &&
    post?.type === 'inverse' &&
    pre?.type === 'control' &&
    (REST_SUBJECT.test(text.slice(linkEnd, post.start)) ||
      THAT_MEANS.test(text.slice(linkEnd, post.start)))
  )
    cue = pre;
  // "l'Ukraine céderait la totalité de l'oblast de Donetsk, même des territoires que la Russie
  // n'a pas conquis": a cue in a relative clause after the region is the clause's; the demand
  // or claim before the figure is the figure's.
  if (
    !inside &&
    !mid &&
    post &&
    pre &&
    (pre.type === 'demand' || pre.type === 'claim') &&
    RELATIVE_AFTER.test(text.slice(linkEnd, post.start))
  )
    cue = pre;
  // "всю Луганщину, крім 1%": the part excepted is what Ukraine keeps.
  const except = EXCEPT_BEFORE.test(text.slice(Math.max(clause.start, f.start - 40), f.start));
  if (except) cue = { type: 'inverse', start: f.start, end: f.start };
  // "на 5% вільних", "5% неокупованої Луганщини": the share is what Ukraine keeps.
  const free = FREE_AFTER.exec(text.slice(f.end, clause.end));
  if (free) cue = { type: 'inverse', start: f.end, end: f.end + free[0].length };
  let confidence = Math.min(...links.map((l) => l.confidence));
  // "controla el 99% de Lugansk; en Jersón, alrededor del 70%": a clause with no verb takes
  // the verb of the clause before it in the sentence (the verb is left out, not missing).
  if (!cue && clause.start > sentence.start) {
    const gapped = cues
      .filter((q) => q.end <= clause.start && q.start >= sentence.start && q.type !== 'demand')
      .at(-1);
    if (gapped && !cues.some((q) => q.start >= clause.start && q.end <= clause.end)) {
      cue = gapped;
      confidence -= 0.1;
    }
  }
  // "Części obwodów chersońskiego i zaporoskiego oraz tereny DRL i ŁRL zostały anektowane": a
  // subject clause with no verb takes the verb its sentence ends with.
  if (!cue && clause.end < sentence.end) {
    const shared = cues.find(
      (q) =>
        q.start >= clause.end &&
        q.end <= sentence.end &&
        q.type !== 'inverse' &&
        !figures.some((g) => g.start >= linkEnd && g.start < q.start),
    );
    if (shared) {
      cue = shared;
      confidence -= 0.1;
    }
  }
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
    if (!last || last.type === 'demand') return [];
    cue = { ...last, type: last.type === 'claim' ? 'control' : last.type };
    notes.push(note.leadCue());
    confidence -= structural ? 0.05 : 0.15;
  }
  // "60 Prozent seiner Einwohner", "il 60% degli abitanti": a share of people, whatever cue
  // stands beside it.
  const people = c.distractor.exec(text.slice(f.end, Math.min(clause.end, f.end + 30)));
  if (people && people.index <= 12 && linkEnd === f.end) return [];
  const near = text.slice(Math.max(clause.start, f.start - 40), f.start) + ' ' + after.slice(0, 40);
  if (c.distractor.test(near)) {
    // "40.000 personas, el 99% de las cuales": a share of the people just named.
    if (!pre && !post && !free) return [];
    if (OF_WHICH.test(text.slice(f.end, f.end + 25))) return [];
    confidence -= 0.2;
  }
  // "die Teile …, die es bislang nicht erobern konnte": the cue is negated; not by the figure's
  // own words ("не повністю контролює": "not all", a part).
  const negFrom = Math.max(0, cue.start - 14);
  const ownFrom = Math.max(negFrom, Math.min(f.start, cue.start));
  const ownTo = Math.max(ownFrom, Math.min(f.end, cue.start));
  // The words after the cue stay visible to the negation's own exceptions ("ne contrôle que
  // 20 %": "only", no negation); only a negation before the cue counts.
  const before =
    text.slice(negFrom, ownFrom) + ' '.repeat(ownTo - ownFrom) + text.slice(ownTo, cue.start);
  const sep = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  const seen = before + text.slice(cue.start, Math.min(text.length, cue.end + 30));
  if (
    [...seen.matchAll(new RegExp(c.negation.source, 'giu'))].some(
      (n) => n.index > sep && n.index < before.length,
    )
  )
    return [];
  // "Moscú aspira a controlar todo el Donbás": Russia's stated aim to take all of it, a demand.
  const aim = cue.type !== 'demand' && aimedWhole(text, c, s, f, clause, linkEnd);
  const kind = cueKind(cue.type, aim);
  usedCues.add(cue);
  usedFigures.add(f);
  // "wycofać wojska z części Donbasu, którą nadal kontroluje", "вивести війська з частини
  // Донбасу, яку ще контролює": the part Ukraine still holds, demanded, is all that is left.
  const stillHeldPart =
    f.value.type === 'words' &&
    f.value.cls === 'vague' &&
    cues.some(
      (q) =>
        (q.type === 'control' || q.type === 'inverse') &&
        q.start >= linkEnd &&
        q.start - linkEnd <= 50 &&
        STILL_HELD.test(text.slice(linkEnd, q.start)),
    );

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
    // A demand for "the rest" of a region ("віддати решту 25%") is a demand for all of it.
    const rest =
      kind === 'demand' &&
      (REST_BEFORE.test(text.slice(Math.max(clause.start, f.start - 30), f.start)) ||
        REST_AFTER.test(text.slice(f.end, f.end + 15)) ||
        stillHeldPart);
    if (rest) {
      n.push(note.demandRest());
      for (const alt of f.alternatives) n.push(alternativeNote(alt, region));
    }
    // What Ukraine holds, in vague words ("Україна контролює частину", "Kiew hält große
    // Teile"), says Russia holds a part (null), as the set's labels read it — only when the
    // part is the Ukrainian cue's own object, nothing but words between them.
    const interval = rest
      ? readWords('all', 'all', n)
      : readFigure(f, wording, region, n, {
          allBut: false,
          inverse: cue.type === 'inverse',
          held: true,
          vagueUkraine: ownObject(text, cue, f),
        });
    if (!interval) continue;
    const quoteStart =
      link.from && link.from.start < sentence.start ? link.from.start : sentence.start;
    const cand: Candidate = {
      ...figureClaim(link.id, kind, interval, wording, f),
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
  return out;
}

/**
 * Whether a vague part is the Ukrainian cue's own object ("Україна контролює частину",
 * "Teile … unter ukrainischer Kontrolle"): only words between them, no comma, bracket or dash.
 */
function ownObject(text: string, cue: GCue, f: GFigure): boolean {
  const between = cue.end <= f.start ? text.slice(cue.end, f.start) : text.slice(f.end, cue.start);
  if (/[,;:()[\]—–?]|\s-\s/u.test(between)) return false;
  // "kontrolowane przez Ukrainę części", "les parties contrôlées par l'Ukraine": an adjective.
  if (HELD_PARTICIPLE.test(text.slice(cue.start, cue.end))) return false;
  // "На підконтрольній Україні частині Донеччини живуть …": a place, the part no object.
  return !PLACE_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start));
}

/** A participle of holding that opens a Ukrainian cue: it describes a part, states nothing. */
const HELD_PARTICIPLE =
  /^(?:kontrolowan|utrzymywan|bronion|контрольован|підконтрольн|подконтрольн|контролируем|удерживаем|утримуван|contrôlée?s?|tenue?s?|détenue?s?|controllat|detenut|controlad|mantenid|gehalten|الخاضعة)/iu;

/** A preposition of place and up to two words before a part word ("на підконтрольній Україні"). */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:на|в|у|во|w|we|na|in|im|en|dans|nella|nel|في)\s+(?:\p{L}+\s+){0,2}$/iu;
