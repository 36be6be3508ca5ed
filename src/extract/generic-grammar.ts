/**
 * The grammar between a figure and its region in the languages besides English: the words a
 * figure's phrase may carry before the region ("% de l'oblast de", "proc. obwodu"), the short
 * link after a region ("Луганська – 99.6%"), list joins, inclusions ("einschließlich der
 * Krim", "Crimea inclusa") and participles used as adjectives ("der annektierten Krim",
 * "оккупированного Крыма"), which name a region without stating anything of it.
 *
 * Pure: no DOM, no Node APIs.
 */

const FILLER = String.raw`(?:dieser|diesen|estas|estos|queste|questi|ces|tych|цих|этих|these|restants?|restantes?|restanti|rimanenti|quella|quello|quelle|celle|celui|celles|aquella|aquel|de\s+la|de|du|des|d['’]|della|delle|dello|dell['’]|del|di|la|las|los|le|les|l['’]|el|of|the|von|der|des|dem|den|das|territoire|territorio|territory|terytorium|powierzchni|superficie|surface|Fläche|Gebiet\p{L}*|Territorium\p{L}*|територ\p{L}*|территор\p{L}*|площ\p{L}*|від|от|усієї|всієї|всей|всего|entire|whole|total|totale|от\s+всей|z|ze|from|área|area|zona|zone|ost\p{L}*|west\p{L}*|süd\p{L}*|nord\p{L}*|ukrainisch\p{L}*|ucrain\p{L}*|ucran\p{L}*|ukrain\p{L}*|orientale|oriental|cuenca|minera|bassin|minier|bacino|minerario|obszaru|obwodu|regionu|sąsiedni\p{L}*|kilometr\p{L}*|kwadratow\p{L}*|regiones|regioni|régions|regionen|regione|región|région|region|provincia|province|meridional\p{L}*|estratégic\p{L}*|stratégique\p{L}*|strategic\p{L}*|strategiczn\p{L}*|стратегічн\p{L}*|стратегическ\p{L}*|południow\p{L}*|wschodni\p{L}*|південн\p{L}*|східн\p{L}*|южн\p{L}*|восточн\p{L}*|sud|est|сусідн\p{L}*|соседн\p{L}*|całego|całej|cał\p{L}*|неокупован\p{L}*|неоккупированн\p{L}*|nieokupowan\p{L}*|вільн\p{L}*|свободн\p{L}*|woln\p{L}*|من|إجمالي|مساحة|أراضي|مقاطعة|منطقة)`;
/** "so-called" and its kin before a republic's name, an opening quote, Arabic "republic" / "province". */
const FILLER_NAMED = String.raw`(?:так\s+зван\p{L}*|так\s+называем\p{L}*|самопроголошен\p{L}*|самопровозглашенн\p{L}*|[«“„"]|جمهورية|إقليم|الأراضي|مقاطعات|مناطق|مقاطعتي|منطقتي|واسعة|كبيرة|في|أراضي\s+(?:منطقة|مقاطعة|إقليم))`;
/** A plural head before a list of adjectives: "części obwodów donieckiego, ługańskiego i …". */
const FILLER_PLURAL = String.raw`(?:obwodów|obwodach|regionów|regionach)`;
export const FORWARD_GAP = new RegExp(
  String.raw`^[\s"”»'’.]*\(?(?:(?:${FILLER}|${FILLER_NAMED}|${FILLER_PLURAL})[\s"”»'’]*){0,6}$`,
  'iu',
);
export const BACK_SHORT =
  /^[\s"'’”»]*(?:[-–—:(,]|\s-\s)?[\s"'’”»]*(?:(?:derzeit|jetzt|now|currently|actuellement|désormais|attualmente|ora|actualmente|ahora|сейчас|теперь|зараз|наразі|obecnie|teraz)\s+)?(?:(?:є|есть|jest|są|est|ist|sind|è|es|está|están|is|are|sont|sono|son|était|war|sei|seien|werde|wurde|был\p{L}*|була?|було|находится|находятся|перебуває|перебувають|знаходиться|знаходяться|znajduje\s+się|znajdują\s+się|remains?|bleibt|resta|reste|sigue)\s+)?(?:на|в|w|z|at|à|al|zu|с|под|під|pod|sous(?:\s+le)?|unter|sotto(?:\s+il)?|bajo(?:\s+el)?|under)?\s*$/iu;
/** "and" in the languages read, as it joins two clauses or two names. */
export const AND = String.raw`і|й|та|и|and|et|und|e|y|i|oraz`;

/**
 * Relative pronouns every reader of a clause after a name or a figure knows ("qui", "que",
 * "che", "который", "który" in their forms); each reader adds the ones its own position takes.
 */
export const RELATIVE_PRONOUN = String.raw`qui|que|che|котор\p{L}*|któr\p{L}*`;

/**
 * Between a share and a region: "in" and at most a pronoun standing for "the region" ("79% у
 * Донецькій", "79 Prozent im Gebiet Donezk", "79 % dans celui de Donetsk", "el 79% en la de
 * Donetsk", "il 79% in quella di Donetsk"): the share is of that region.
 */
export const IN_REGION_GAP =
  /^\s+(?:у|в|w|we|in|im|in\s+der|nel|nella|nell['’]|en|dans|في)\s+(?:(?:celui|celle|quella|quello|la|el|der|dem|l['’])\s*(?:(?:de|di|d['’])\s*)?)?$/iu;

/**
 * Before a name: a relative clause or an apposition opened by a comma that the name stands in
 * ("ворог, який раніше окупував Херсонщину, контролює 74%", "Донбасс, то есть Донецкая и
 * Луганская области, на 85% …", "le Donbass, qui comprend les oblasts de …, est contrôlé à
 * 85 %"). When a comma closes it before a figure, the name is not the figure's region.
 */
const ASIDE_OPEN = new RegExp(
  String.raw`,\s*(?:(?:${RELATIVE_PRONOUN}|як\p{L}*|що|der|die|das|welche\p{L}*|which|who|cui|quale|donde|dove|où|dont|то\s+есть|тобто|тобто|czyli|also|cioè|ossia|c['’]est-à-dire|es\s+decir|o\s+sea|i\.\s?e\.|namely|أي|(?:(?:a|an|one)\s+)?part\s+of|частин\p{L}*|част\p{L}*|część|(?:ein\s+|einem\s+)?Teil|(?:qui\s+fait\s+)?partie|parte)[\s,]+)[^,]*$`,
  'iu',
);

/**
 * A question word right before a part word ("какую часть области контролирует Украина",
 * "jaką część", "welchen Teil", "quelle partie", "qué parte", "which part", "أي جزء"):
 * a question, no statement that a part is held.
 */
export const WHICH = String.raw`как(?:ая|ую|ой)|котор(?:ая|ую|ой)|як(?:а|у|ої)|котр(?:а|у|ої)|jak(?:a|ą|iej)|któr(?:a|ą|ej)|quelles?|welche[nrs]?|qual(?:e|i)?|qué|cu[áa]l(?:es)?|which|what|أي`;
export const WHICH_PART_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${WHICH})\s+(?:\p{L}+\s+)?$`,
  'iu',
);

/**
 * "визнала «незалежність» окремих районів …", "recognised the independence of": the part
 * named is what was recognised, not a part held (the set does not label recognition).
 */
export const INDEPENDENCE_BEFORE =
  /(?:незалежн|независим|niepodległ|suwerenn|indépendan|Unabhängigkeit|indipendenz|independen|استقلال)\p{L}*["»”']?\s+(?:\p{L}+\s+)?$/iu;

/**
 * Whether `m` stands in an aside that closes between it and `to`: a relative clause or an
 * apposition set off by commas (ASIDE_OPEN), or brackets ("Донбас (Донецька та Луганська
 * області) окупований на 85%").
 */
export function inAside(
  text: string,
  from: number,
  m: { start: number; end: number },
  to: number,
): boolean {
  // An aside opens and closes within a few hundred characters of the name (and the slices
  // stay short, so that testing every name of a long sentence stays linear).
  const before = text.slice(Math.max(from, m.start - 300), m.start);
  const after = text.slice(m.end, Math.min(to, m.end + 300));
  return (
    (ASIDE_OPEN.test(before) && after.includes(',')) ||
    (/\([^()]*$/u.test(before) && after.includes(')'))
  );
}

export const LIST_JOIN =
  /^(?:\s*,\s*(?:(?:і|и|i|et|und|e|y|and|oraz|a\s+także|sowie|ainsi\s+que|así\s+como|nonché|come\s+anche|а\s+й|а\s+також|але\s+й|но\s+и|ale\s+(?:też|także|i)|mais\s+aussi|mais\s+également|sondern\s+auch|ma\s+anche|sino\s+también|but\s+also)\s+)?|\s+(?:і|й|та|и|i|et|und|e|y|and|oraz|sowie)\s+)(?:(?:de|di|del|della|la|le|el|the|der|die|das)\s+)?$/iu;

/** "einschließlich der Krim", "incluye la anexada península de Crimea": part of what is held. */
export const INCLUDED_BEFORE =
  /(?:einschlie(?:ß|ss)lich|inklusive|incluye|incluyen|incluido|incluida|incluyendo|y\s+compris|including|включая|включно\s+з|в\s+том\s+числе|w\s+tym|tra\s+cui|بما\s+(?:في\s+ذلك|فيها|فيه)|dazu\s+zählen|dazu\s+gehör\p{L}*|darunter)\s+(?:(?:der|die|den|des|dem|la|el|le|les|il|lo|the)\s+)?(?:[\p{L}\d]+\s+){0,3}$/iu;
/** "okupowane terytoria obejmują Krym": what is held includes it (not "Donbas comprises"). */
export const INCLUDED_VERB_BEFORE =
  /(?:okupowane|zajęte|besetzten|occupied|оккупированн\p{L}*|окупован\p{L}*|occupés|occupati|ocupad\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:obejmuj(?:ą|e)|umfass(?:t|en)|охоплюють|включают|comprennent|comprendono|include|includes|incluyen|abarcan)\s+(?:\p{L}+\s+)?$/iu;
export const INCLUDED_AFTER =
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

const SLAVIC_AGENT_GAP = /^\s+(?:przez|від|от)\s+\p{L}+\s+$/iu;
const SLAVIC_COPULA_BEFORE =
  /(?:jest|są|był\p{L}*|został\p{L}*|zostały|є|був\p{L}*|был\p{L}*)\s+$/iu;

export function adjectiveBefore(
  text: string,
  cue: { start: number; end: number },
  m: { start: number },
) {
  const word = text.slice(cue.start, cue.end);
  // "kontrolowany przez Rosjan Donbas": the participle, its agent, then the name.
  if (
    cue.end <= m.start &&
    PARTICIPLE_SLAVIC.test(word) &&
    SLAVIC_AGENT_GAP.test(text.slice(cue.end, m.start)) &&
    !SLAVIC_COPULA_BEFORE.test(text.slice(Math.max(0, cue.start - 16), cue.start))
  )
    return true;
  if (cue.end > m.start || !PLACE_NOUN_GAP.test(text.slice(cue.end, m.start))) return false;
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

export function germanAttributive(text: string, cue: { start: number; end: number }): boolean {
  if (!GERMAN_ATTRIBUTIVE.test(text.slice(cue.start, cue.end))) return false;
  if (!/^\s+(?:\p{Ll}\p{L}*\s+)?\p{Lu}/u.test(text.slice(cue.end, cue.end + 60))) return false;
  return GERMAN_ARTICLE_BEFORE.test(text.slice(Math.max(0, cue.start - 60), cue.start));
}

/**
 * A Slavic passive participle in an oblique case modifies a noun, it states nothing: "na
 * zajętych przez wroga terenach", "з окупованих територій", "оккупированного Крыма".
 * A statement's participle stands in the nominative or a short form ("jest okupowany",
 * "окупована", "оккупирована"); the instrumental ("є окупованою") may be either, so it is
 * left out.
 */
const SLAVIC_OBLIQUE_PARTICIPLE: Readonly<Record<string, RegExp>> = {
  pl: /(?:[nt])(?:ych|ego|emu|ej|ą)$/u,
  uk: /(?:[нт])(?:их|ого|ому|ої|ій)$/u,
  ru: /(?:нн|[тм])(?:ых|ого|ому|ой|ую)$/u,
};

export function slavicAttributive(
  text: string,
  cue: { start: number; end: number },
  lang: string,
): boolean {
  const re = SLAVIC_OBLIQUE_PARTICIPLE[lang];
  return re !== undefined && re.test(text.slice(cue.start, cue.end).toLowerCase());
}
