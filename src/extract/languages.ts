/**
 * The words the extractor reads in each language it supports besides English (whose cue
 * words stay in cues.ts and region-names.ts): region names in their forms and cases, the
 * "Donetsk/Luhansk People's Republic" names, the words for the whole country and for "the
 * region" / "the territory", control, Ukrainian-control (inverse), claim and demand words,
 * qualifiers, number words, fractions, the units of percentages and areas, and the words that
 * make a figure something other than a share held now (a gain over a period, a region's
 * size, people, casualties). Also `detectLanguage` (when the source gives none) and
 * `numberSeparators` (the language's decimal and grouping marks, from Intl.NumberFormat).
 *
 * One table per kind of word; each entry is a regular-expression source, matched
 * case-insensitively with Unicode letters (`\p{L}`) so that case endings are covered by a
 * stem. Pure: no DOM, no Node APIs.
 */
import type { RegionOrGroupId } from '../geo/regions.ts';

/** Languages the extractor reads. 'ar' reads Arabic numerals and a few names in Arabic script. */
export const LANGUAGES = ['en', 'uk', 'ru', 'pl', 'fr', 'de', 'it', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  uk: 'Ukrainian',
  ru: 'Russian',
  pl: 'Polish',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  es: 'Spanish',
  ar: 'Arabic',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** "uk-UA", "UK", " pl " → the supported language, or null. */
export function normaliseLanguage(value: string): Language | null {
  const code = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLanguage(code) ? code : null;
}

// ——— Detection ———

const STOPWORDS: Readonly<Record<'en' | 'pl' | 'fr' | 'de' | 'it' | 'es', RegExp>> = {
  en: /\b(?:the|of|and|is|are|was|has|have|that|with|percent|region)\b/gi,
  pl: /(?<![\p{L}])(?:się|jest|oraz|że|nie|na|w|z|obwodu|proc|procent|przez|który|rosyjskie|ukraińsk\p{L}*)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:le|la|les|des|du|est|une|dans|et|qui|pour|sous|région|l['’]\p{L}+)(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:der|die|das|und|ist|nicht|mit|des|dem|Prozent|wurde|sich|Gebiet\p{L}*)(?![\p{L}])/giu,
  it: /(?<![\p{L}])(?:il|della|delle|del|che|è|per|di|gli|sono|regione|nell['’]\p{L}+)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:el|los|las|de|del|que|es|por|una|región|según|y)(?![\p{L}])/giu,
};

/**
 * The language a text is most likely written in: Arabic script → ar; Cyrillic → uk when it
 * has Ukrainian letters (і, ї, є, ґ), else ru; Latin → the language whose common words occur
 * most (English when none does).
 */
export function detectLanguage(text: string): Language {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const arabic = (sample.match(/[\u0600-\u06ff]/g) ?? []).length;
  const cyrillic = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z\u00c0-\u024f]/g) ?? []).length;
  if (arabic > cyrillic && arabic > latin) return 'ar';
  if (cyrillic > latin) {
    const ukrainian = (sample.match(/[іїєґІЇЄҐ]/g) ?? []).length;
    const russian = (sample.match(/[ыэёъЫЭЁЪ]/g) ?? []).length;
    return ukrainian >= russian && ukrainian > 0 ? 'uk' : 'ru';
  }
  let best: Language = 'en';
  let bestCount = 0;
  for (const [lang, re] of Object.entries(STOPWORDS) as [keyof typeof STOPWORDS, RegExp][]) {
    re.lastIndex = 0;
    const count = (sample.match(re) ?? []).length;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}

/** The decimal and grouping marks of a language, as Intl.NumberFormat formats 12345.6. */
export function numberSeparators(lang: Language): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

// ——— Region names (all languages at once: a Cyrillic stem never matches a Latin text) ———

const L = String.raw`\p{L}*`;
/** Qualifiers that may stand between "ще" / "ещё" (another) and a figure. */
const UK_Q = String.raw`приблизно|близько|майже|понад|десь`;
const RU_Q = String.raw`примерно|около|почти|более|свыше|где-то`;

/**
 * Names of each region or group. Cyrillic forms are the adjectives and "-щина" nouns
 * (the bare noun "Херсон", "Запоріжжя" is the city); DPR/LPR names are the regions.
 */
export const REGION_NAMES: readonly [string, RegionOrGroupId][] = [
  [
    String.raw`Донецьк(?:а|ої|ій|у|ою)\s+народн${L}\s+республік${L}|Донецк(?:ая|ой|ую)\s+народн${L}\s+республик${L}|ДНР|ДВР|Volksrepublik\s+Donezk|DVR|DNR|DPR|Dpr|Repubblica\s+Popolare\s+di\s+Donetsk|República\s+Popular\s+de\s+Donetsk|République\s+populaire\s+de\s+Donetsk|Donetsk\s+People['’]s\s+Republic|Doniecką\s+Republikę\s+Ludową|Donieck${L}\s+Republik${L}\s+Ludow${L}`,
    'UA-14',
  ],
  [
    String.raw`Луганськ(?:а|ої|ій|у|ою)\s+народн${L}\s+республік${L}|Луганск(?:ая|ой|ую)\s+народн${L}\s+республик${L}|ЛНР|Volksrepublik\s+Luhansk|LNR|LPR|Repubblica\s+Popolare\s+di\s+Luhansk|República\s+Popular\s+de\s+Lugansk|République\s+populaire\s+de\s+Louhansk|Luhansk\s+People['’]s\s+Republic`,
    'UA-09',
  ],
  [
    String.raw`Донецьк(?:а|ої|ій|у|ою|ий|ого|ому)|Донеччин${L}|Донецк(?:ая|ой|ую|ий|ого|ому)|Донетчин${L}|doniec(?:ki|kiego|kim|ka|kiej|ką)|Donieck|Donezk(?:er|en)?|Donetsk|Donets|Donețk|دوني?تسك`,
    'UA-14',
  ],
  [
    String.raw`Луганськ(?:а|ої|ій|у|ою|ий|ого|ому)|Луганщин${L}|Луганск(?:ая|ой|ую|ий|ого|ому)|ługańsk(?:i|iego|im|a|iej)|Ługańsk|Luhansk${L}|Lugansk${L}|Lukansk|Louhansk|Lougansk|لو(?:غ|ه|ج)انسك`,
    'UA-09',
  ],
  [
    String.raw`Запорізьк(?:а|ої|ій|у|ою|ий|ого|ому)|Запоріжжин${L}|Запорожск(?:ая|ой|ую|ий|ого|ому)|zaporosk(?:i|iego|im|a|iej)|Zaporizhzh${L}|Zaporizh${L}|Zaporozh${L}|Zaporij${L}|Zaporiyia|Zaporoż${L}|Saporischschja|Saporischj${L}|Saporoschje|Zaporozhye|زابور(?:ي|و)(?:ج|زه|يج)يا`,
    'UA-23',
  ],
  [
    String.raw`Херсонськ(?:а|ої|ій|у|ою|ий|ого|ому)|Херсонщин${L}|Херсонск(?:ая|ой|ую|ий|ого|ому)|chersońsk(?:i|iego|im|a|iej)|Kherson|Cherson|Jersón|خيرسون`,
    'UA-65',
  ],
  [
    String.raw`Харківськ(?:а|ої|ій|у|ою|ий|ого|ому)|Харківщин${L}|Харьковск(?:ая|ой|ую|ий|ого|ому)|Харьковщин${L}|charkowsk(?:i|iego|im|a|iej)|Charkiw|Kharkiv|Kharkov|Járkov`,
    'UA-63',
  ],
  [
    String.raw`Дніпропетровськ(?:а|ої|ій|у|ою|ий|ого)|Дніпропетровщин${L}|Днепропетровск(?:ая|ой|ую|ий|ого)|dniepropietrowsk(?:i|iego|im|a|iej)|Dnipropetrowsk|Dnipropetrovsk|Dnjepropetrowsk|Dnepropetrovsk`,
    'UA-12',
  ],
  [
    String.raw`Сумськ(?:а|ої|ій|у|ою|ий|ого)|Сумщин${L}|Сумск(?:ая|ой|ую|ий|ого)|sumsk(?:i|iego|im|a|iej)|Sumy|Sumi`,
    'UA-59',
  ],
  [
    String.raw`Миколаївськ(?:а|ої|ій|у|ою|ий|ого)|Миколаївщин${L}|Николаевск(?:ая|ой|ую|ий|ого)|mikołajowsk(?:i|iego|im|a|iej)|Mykolaiv|Mykolajiw|Nikolaev`,
    'UA-48',
  ],
  [
    String.raw`(?:півостр${L}\s+)?Крим(?:у|ом)?|(?:полуостр${L}\s+)?Крым(?:а|у|ом)?|Krym(?:u|em)?|(?:la\s+)?Crimée|(?:Halbinsel\s+)?Krim|(?:la\s+)?Crimea|(?:péninsule|penisola|península)\s+(?:de\s+|di\s+)?(?:Crimée|Crimea)|شبه\s+جزيرة\s+القرم|القرم`,
    'crimea',
  ],
  [String.raw`Донбас${L}|Донбасс${L}|Donbas${L}|Donbás|دونباس`, 'donbas'],
  [
    String.raw`Україн(?:а|и|і|у|ою)|Украин(?:а|ы|е|у|ой)|Ukrain(?:y|ie|a|e|ę)|l['’]Ukraine|Ucraina|Ucrania|أوكرانيا|(?:територ${L}|территор${L})\s+(?:України|Украины)|terytorium\s+Ukrainy|ukraińskiego\s+terytorium|territoire\s+ukrainien|territorio\s+(?:ucraino|ucraniano)|territorio\s+(?:nacional|nazionale)|territoire\s+national|terytorium\s+kraju|територі(?:я|ї|ю)\s+країни|территори(?:я|и|ю)\s+страны|territor${L}\s+(?:\p{L}+\s+){1,3}(?:ucraino|ucraniano)|українськ${L}\s+(?:земл${L}|територ${L})|украинск${L}\s+(?:земл${L}|территор${L})|ukraińsk${L}\s+(?:terytori${L}|ziemi)|(?:ziemi|ziem)\s+ukraińsk${L}|ukrainisch${L}\s+(?:Staatsgebiet${L}|Territorium${L}|Boden${L}|Landesfläche)|(?:seines|unseres)\s+(?:Landes|Territoriums|Staatsgebiet${L})|des\s+Landes|(?:du|del)\s+(?:pays|país|paese)|son\s+territoire|su\s+territorio|jej\s+terytori${L}|її\s+територ${L}|(?:её|ее)\s+территор${L}|ihres\s+(?:Territoriums|Staatsgebiet${L}|Landes)|(?:całego\s+)?terytorium\s+(?:państwa|kraju)|(?:nuestro|su)\s+país|nuestro\s+territorio|(?:notre|son)\s+pays|notre\s+territoire|(?:nostro|suo)\s+(?:paese|territorio)|національн${L}\s+територ${L}|национальн${L}\s+территор${L}|territorio\s+nacional|notre\s+territoire|nostro\s+territorio|nuestro\s+territorio|su\s+país|all\p{L}*\s+territor${L}\s+(?:України|Украины)`,
    'UA',
  ],
  [
    String.raw`(?:(?:ces|les|quattro|cuatro|vier|чотир${L}|четыр${L}|czter${L}|4)\s+)(?:(?:annexed|anexadas|annexées|annesse|ukrainisch${L}|ukrainian|ucrain${L}|ucranian${L}|ukrainienn${L}|українськ${L}|украинск${L}|ukraińsk${L})\s+)?(?:régions|oblasts|regioni|regiones|Regionen|Gebiete|област${L}|regionów|obwod${L})|(?:(?:ces|les|queste|estas|diese|delle|de\s+ces)\s+)?(?:4|quatre|quattro|cuatro|vier)\s+(?:régions|oblasts|regioni|regiones|Regionen|Gebiete|['’]?terre\s+contese['’]?)|terre\s+contese`,
    'annexed-four',
  ],
];

/** After a name: words that make it something other than the territory. */
/** Before an area: it is a region's or a country's size, not a share held. */
export const AREA_SIZE =
  /(?:superficie\s+(?:di|de|totale)|Gesamtfläche|Fläche\s+von|has\s+an\s+area\s+of|area\s+of|площа|площадь|powierzchnia|powierzchni\s+wynosi|مساحة\s+\p{L}*)[^.;]{0,40}$/iu;

/** Before a name: the city, not the region. */
export const CITY_BEFORE =
  /(?:ciudad\s+de|city\s+of|місто|місті|міста|город|городе|города|miasto|mieście|ville\s+de|Stadt|città\s+di|capitale)\s*$/iu;

export const NOT_TERRITORY = new RegExp(
  String.raw`^\s*(?:ОВА|ОДА|ВЦА|обласн${L}\s+(?:військов|державн)${L}|АЕС|АЭС|Elektrown${L}|AKW|Atomkraftwerk${L}|centrale|nuclear|nucléaire|Gouverneur${L}|governatore|gobernador|губернатор${L}|голов${L}\s+ОВА|жител${L}|мешкан${L}|mieszkańc${L}|habitants|Einwohner${L}|abitanti|habitantes|residents)`,
  'iu',
);

/** Words meaning "the region" / "the territory": they point to the region in context. */
export const ANAPHOR_REGION = String.raw`(?:(?:цієї\s+|этой\s+|tego\s+|ce\s+|cette\s+|dieses\s+|questa\s+|esta\s+|esa\s+)?(?:област${L}|регіон${L}|регион${L}|regionu|obwodu|region${L}|regione|región|la\s+province|province|provincia|Gebiet${L}|Region|المقاطعةـ?|مقاطعة|республік${L}|республик${L}|Republik|Repubblica|République|República))`;
/** Words meaning "the two regions": the last two regions the text named before. */
/**
 * Right after a share, an adjective saying the part is free or unoccupied: the share is what
 * Ukraine keeps ("на 5% вільних", "5% неокупованої Луганщини", "les 5 % libres").
 */
export const FREE_AFTER = new RegExp(
  String.raw`^\s*(?:неокупован${L}|вільн(?:их|ої|ій|ого|ому|а|е|і)|неоккупированн${L}|свободн(?:ых|ой|ом|ого|ая|ое|ые)|nieokupowan${L}|woln(?:ych|ej|ego|ym|a|e)|non\s+occup${L}|libres?|unbesetzt${L}|freie[nm]?|no\s+ocupad${L}|non\s+occupat${L}|liber(?:o|a|i|e)(?![\p{L}])|unoccupied|free)(?![\p{L}])`,
  'iu',
);

export const ANAPHOR_TWO = String.raw`(?:المنطقتين|المقاطعتين|обох\s+област${L}|обидв${L}\s+област${L}|обеих\s+област${L}|обе\s+област${L}|дв(?:ох|ух)\s+област${L}|obu\s+obwod${L}|obydwu\s+obwod${L}|dw(?:óch|u)\s+obwod${L}|(?:les\s+)?deux\s+régions|(?:der\s+|die\s+|den\s+)?beiden\s+(?:Regionen|Gebiete)|entrambe\s+le\s+regioni|(?:le\s+)?due\s+regioni|ambas\s+regiones|(?:las\s+)?dos\s+regiones|both\s+regions)`;
export const ANAPHOR_TERRITORY = String.raw`(?:(?:ce\s+|dieses\s+|questo\s+|este\s+|este\s+)?(?:територ${L}|территор${L}|terytori${L}|territoire|territorio|Territorium${L}|territory|powierzchni|surface|superficie|Fläche|площ${L}|cette\s+zone|zone|zona)|(?:the\s+)?(?:territory|area))`;

// ——— Cues, per language ———

export interface LanguageWords {
  /** Russian control (or the Russian side's: "liberated" in a Russian source). */
  control: string;
  /** Ukraine as the holder: the figure is what Ukraine keeps. */
  inverse: string;
  /** Annexation, "claims as its own", "part of Russia". */
  claim: string;
  /** Demands: withdrawal, ceding. */
  demand: string;
  /** Words that negate a statement. */
  negation: string;
  /** Aims, conditions, predictions. */
  aspiration: string;
  /** Before a figure: it is a gain or a change over a period, not a share held. */
  change: string;
  /** Size words: "represent 15% of Ukraine's territory". */
  size: string;
  /** People, casualties, polls, the economy. */
  distractor: string;
  /** Clause breaks ("but", "while"). */
  clauseBreak: string;
  /** Qualifiers before a figure. */
  about: string;
  nearly: string;
  moreThan: string;
  lessThan: string;
  /** Percent units. */
  percent: string;
  /** Range joiners between two numbers ("до", "à", "bis", "a"). */
  rangeJoin: string;
  /** "between A and B" as a prefix and its joiner. */
  between: string;
  /** Thousands: "тис.", "tys.", "mil". */
  thousand: string;
  /** Fractions in words, with their value. */
  fractions: readonly [string, number, number][];
  /** Whole numbers in words (1–10 and tens). */
  numbers: readonly [string, number][];
  /** Qualitative words: all, almost all, most, vague. */
  all: string;
  almostAll: string;
  most: string;
  vague: string;
  /** "partly", "teilweise": makes a region named as held a vague claim (no figure). */
  partly: string;
}

const AREA_UNIT = String.raw`(?:км\s*кв\.?(?![\p{L}])|кв\.?\s*км(?![\p{L}])|квадратн${L}\s+кілометр${L}|квадратн${L}\s+километр${L}|km\s+kwadratow${L}|km\s*kw\.?(?![\p{L}])|kilometr${L}\s+kwadratow${L}|km²|km2|км²|км2(?![\p{N}])|Quadratkilometer${L}|km\s+quadrati|chilometri\s+quadrati|kilómetros\s+cuadrados|kilomètres\s+carrés|كيلومتر${L}\s+مربع${L}|sq\.?\s*km|square\s+kilomet${L})`;
export { AREA_UNIT };

const COMMON_PERCENT = String.raw`(?:\s?%|\s?٪)`;

export const WORDS: Readonly<Record<Exclude<Language, 'en'>, LanguageWords>> = {
  uk: {
    control: String.raw`контрол${L}|окуп${L}|окупац${L}|захопи${L}|захопл${L}|утриму${L}|трима(?:ють|є|ли|ла)|зайнят${L}|зайнял${L}|під\s+контролем\s+(?:Росії|РФ)|в\s+окупації`,
    inverse: String.raw`під\s+контролем\s+(?:України|Києва|ЗСУ|Сил\s+оборони|українськ${L}\s+\p{L}+)|(?:ЗСУ|Україна|Київ|українськ${L}\s+(?:армі${L}|військ${L}|сил${L}|бойовик${L}|військов${L}))\s+(?:\p{L}+\s+){0,2}?(?:контролю${L}|утриму${L})|підконтрольн${L}\s+(?:Україні|Києву)|контролю${L}\s+(?:ЗСУ|Україна|Київ|українськ${L}\s+\p{L}+)`,
    claim: String.raw`анекс${L}|приєдна${L}|російськ${L}\s+територі${L}|приєднан${L}|до\s+складу\s+(?:Росії|РФ)|частин${L}\s+Росії|частин${L}\s+Російської\s+Федерації|регіон${L}\s+Росії|суб['’]єкт${L}\s+(?:РФ|Росії)`,
    demand: String.raw`вимага${L}|вимог${L}|вивед${L}\s+військ|віддат${L}|поступит${L}`,
    negation: String.raw`не|ні|ніколи|жодн${L}`,
    aspiration: String.raw`намага${L}|спробу${L}|щоби|хоче|хочуть|планує|мета|якщо|щоб|може|зможе|буде|будуть|до\s+кінця\s+року`,
    change: String.raw`за\s+(?:понад\s+|майже\s+)?(?:останні\s+)?(?:\d+|\p{L}+)\s+(?:дн${L}|тиж${L}|місяц${L}|рок${L}|рік)|починаючи\s+з|за\s+підсумками|до\s+кінця\s+року|за\s+(?:майже\s+)?(?:минулий|останній|цей|\d{4}|\p{L}+\s+рок${L}|\p{L}+\s+роки)\s*(?:р(?:ік|оку|оки)?\.?)?|протягом\s+\d{4}|приріст${L}|збільш${L}|зменш${L}|просун${L}\s+(?:\p{L}+\s+)?на|звільн${L}|додатков${L}\s+(?:(?:${UK_Q})\s+)?$|ще\s+(?:(?:${UK_Q})\s+)?$`,
    size: String.raw`станов${L}|складають\s+площ${L}|площа\s+област${L}`,
    distractor: String.raw`населенн${L}|жител${L}|мешкан${L}|людей|осіб|загибл${L}|поранен${L}|знищ${L}|військов${L}|солдат${L}|опитуван${L}|респондент${L}|ВВП|економ${L}|громад${L}|населен${L}\s+пункт${L}`,
    clauseBreak: String.raw`але|проте|однак|тоді\s+як|а\s+також`,
    about: String.raw`близько|приблизно|десь|орієнтовно|майже\s+що|порядку`,
    nearly: String.raw`майже|практично|ледь\s+не`,
    moreThan: String.raw`понад|більше\s+ніж|більш\s+ніж|більше|щонайменше`,
    lessThan: String.raw`менше\s+ніж|менш\s+ніж|менше|не\s+більше(?:\s+ніж)?|до`,
    percent: String.raw`(?:${COMMON_PERCENT}|\s?відс${L}\.?)`,
    rangeJoin: String.raw`-|–|—|−|до|і`,
    between: String.raw`від|між`,
    thousand: String.raw`тис\.?|тисяч${L}`,
    fractions: [
      [String.raw`дв(?:і|ох)\s+трет(?:і|ин${L})`, 2, 3],
      [String.raw`три\s+чверт${L}`, 3, 4],
      [String.raw`половин${L}`, 1, 2],
      [String.raw`третин${L}`, 1, 3],
      [String.raw`чверт${L}`, 1, 4],
      [String.raw`п['’]ят${L}\s+частин${L}`, 1, 5],
    ],
    numbers: [
      ['десять', 10],
      ['двадцять', 20],
      ['тридцять', 30],
      ['сорок', 40],
      ["п['’]ятдесят", 50],
    ],
    all: String.raw`повністю|цілком|уся|всю|всієї|усієї|весь|всього|увесь|у\s+повному\s+обсязі`,
    almostAll: String.raw`майже\s+(?:повністю|всю|всієї|усю|усієї|всі|весь)`,
    most: String.raw`більш${L}\s+частин${L}|переважн${L}\s+більшіст${L}|більшіст${L}`,
    vague: String.raw`частин${L}`,
    partly: String.raw`частков${L}|частково|лівобереж${L}|правобереж${L}|території\s+(?=\p{Lu})`,
  },
  ru: {
    control: String.raw`контрол${L}|удерж${L}|оккуп${L}|захвач${L}|захват${L}|занят${L}|заня${L}|освобо${L}|под\s+контролем\s+(?:России|РФ)|в\s+оккупации|взять\s+под\s+контроль`,
    inverse: String.raw`под\s+контролем\s+(?:Украины|Киева|ВСУ|киевск${L}\s+\p{L}+|украинск${L}\s+\p{L}+)|(?:ВСУ|Украина|Киев|Вооруженные\s+силы\s+Украины(?:\s+\(ВСУ\))?|украинск${L}\s+(?:боевик${L}|войск${L}|военн${L}|сил${L}|формировани${L}|арми${L}))\s+(?:\p{L}+\s+){0,2}?(?:контролиру${L}|удержива${L})|подконтрольн${L}\s+(?:ВСУ|Киеву|Украине)|контролиру${L}\s+(?:ВСУ|Украина|Киев|украинск${L}\s+\p{L}+)|оставалось\s+взять\s+под\s+контроль|остаётся\s+под\s+контролем\s+Киева|остается\s+под\s+контролем\s+Киева`,
    claim: String.raw`аннекс${L}|присоедин${L}|российск${L}\s+территори${L}|в\s+состав${L}\s+(?:России|РФ|Российской)|субъект${L}\s+Российской|частью\s+России|част${L}\s+Российской\s+Федерации|регион${L}\s+России|субъект${L}\s+(?:РФ|России|Российской\s+Федерации)`,
    demand: String.raw`требу${L}|требован${L}|вывод${L}\s+войск|отдать|уступит${L}`,
    negation: String.raw`не|ни|никогда`,
    aspiration: String.raw`пытал${L}|пыта${L}|хочет|хотят|планиру${L}|цель${L}|если|чтобы|может|сможет|будет|будут|до\s+конца\s+года`,
    change: String.raw`за\s+(?:более\s+|почти\s+)?(?:последние\s+)?(?:\d+|\p{L}+)\s+(?:дн${L}|недел${L}|месяц${L}|год${L}|лет)|начиная\s+с|по\s+итогам|за\s+(?:почти\s+)?(?:прошлый|последний|этот|\d{4}|\p{L}+\s+год${L}|\p{L}+\s+лет)\s*(?:г(?:од|ода)?\.?)?|прирост${L}|продвину${L}\s+(?:\p{L}+\s+)?на|увелич${L}|уменьш${L}|дополнительн${L}\s+(?:(?:${RU_Q})\s+)?$|ещё\s+(?:(?:${RU_Q})\s+)?$|еще\s+(?:(?:${RU_Q})\s+)?$`,
    size: String.raw`составля${L}\s+площ${L}|площадь\s+област${L}`,
    distractor: String.raw`населени${L}|жител${L}|людей|человек|погиб${L}|ранен${L}|уничтож${L}|военн${L}|солдат${L}|опрос${L}|респондент${L}|ВВП|эконом${L}|населенн${L}\s+пункт${L}`,
    clauseBreak: String.raw`но|однако|тогда\s+как|хотя|а\s+также`,
    about: String.raw`около|примерно|где-то|порядка|приблизительно|ориентировочно`,
    nearly: String.raw`почти|практически|чуть\s+менее`,
    moreThan: String.raw`более|больше|свыше|не\s+менее`,
    lessThan: String.raw`менее|меньше|не\s+более|до`,
    percent: String.raw`(?:${COMMON_PERCENT}|\s?процент${L}|\s?проц\.)`,
    rangeJoin: String.raw`-|–|—|−|до|и`,
    between: String.raw`от|между`,
    thousand: String.raw`тыс\.?|тысяч${L}`,
    fractions: [
      [String.raw`дв(?:е|ух)\s+трет${L}`, 2, 3],
      [String.raw`три\s+четверт${L}`, 3, 4],
      [String.raw`половин${L}`, 1, 2],
      [String.raw`трет(?:ь|и)`, 1, 3],
      [String.raw`четверт(?:ь|и)`, 1, 4],
      [String.raw`пят${L}\s+част${L}`, 1, 5],
    ],
    numbers: [
      ['десять', 10],
      ['двадцать', 20],
      ['тридцать', 30],
      ['сорок', 40],
      ['пятьдесят', 50],
    ],
    all: String.raw`полностью|целиком|вся|всю|всей|весь|всего`,
    almostAll: String.raw`почти\s+(?:полностью|всю|всей|весь|все)`,
    most: String.raw`больш${L}\s+част${L}|подавляющ${L}\s+большинств${L}|большинств${L}`,
    vague: String.raw`част${L}`,
    partly: String.raw`частичн${L}|частично|левобереж${L}|правобереж${L}|территории\s+(?=\p{Lu})`,
  },
  pl: {
    control: String.raw`kontrol${L}|okup${L}|zajm${L}|zaję${L}|zajęł${L}|pod\s+kontrolą(?:\s+Rosji)?|w\s+rękach|odbit${L}`,
    inverse: String.raw`kontrolowan${L}\s+przez\s+(?:Ukraińców|Ukrainę|Kijów|ukraińsk${L}\s+\p{L}+|Sił${L}\s+Zbrojn${L}\s+Ukrainy|SZU)|pod\s+kontrolą\s+(?:Ukrainy|Kijowa|ukraińsk${L}\s+\p{L}+|(?:sił|wojsk|armii)\s+ukraińsk${L})|(?:Ukraina|Kijów|ukraińsk${L}\s+(?:wojsk${L}|armi${L}|sił${L}))\s+(?:\p{L}+\s+){0,2}?kontroluj${L}`,
    claim: String.raw`anektowan${L}|aneksj${L}|anektowa${L}|przyłącz${L}|część\s+Rosji|częś${L}\s+Federacji\s+Rosyjskiej|w\s+skład\s+Rosji|region${L}\s+Rosji|podmiot${L}\s+Federacji\s+Rosyjskiej`,
    demand: String.raw`żąda${L}|żądani${L}|wycofani${L}\s+wojsk|oddani${L}|oddać`,
    negation: String.raw`nie|nigdy`,
    aspiration: String.raw`próbuj${L}|usiłu${L}|dąż${L}|chce|chcą|planuj${L}|cel${L}|jeśli|jeżeli|aby|może|będzie|będą|starają`,
    change: String.raw`wyzwoli${L}|(?:zwiększył${L}|zmniejszył${L}|wzrósł|wzrosł${L}|spadł${L}|przyrost${L}|powiększył${L})|(?:^|\s)o\s+$|w\s+ciągu\s+(?:\p{L}+\s+)?(?:roku|miesięcy)|za\s+\d{4}|(?:kolejn${L}|dodatkow${L})\s+(?:(?:ok\.|około|ponad|prawie|niemal)\s+)?$|od\s+(?:stycznia|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\s+\d{4}(?=.{0,50}$)|(?<=^.{0,50})od\s+(?:stycznia|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\s+\d{4}`,
    size: String.raw`stanowi${L}\s+(?:\p{L}+\s+)?powierzchni${L}|powierzchni${L}\s+obwodu\s+wynosi`,
    distractor: String.raw`mieszkańc${L}|ludności|ludzi|osób|zabit${L}|rann${L}|sondaż${L}|respondent${L}|PKB|gospodar${L}|żołnierz${L}|eksplozj${L}`,
    clauseBreak: String.raw`ale|jednak|natomiast|podczas\s+gdy|a\s+w`,
    about: String.raw`ok\.|około|mniej\s+więcej|szacunkowo|w\s+przybliżeniu`,
    nearly: String.raw`prawie|niemal(?:\s+że)?|blisko`,
    moreThan: String.raw`ponad|przeszło|więcej\s+niż|co\s+najmniej|powyżej`,
    lessThan: String.raw`mniej\s+niż|poniżej|co\s+najwyżej|do`,
    percent: String.raw`(?:${COMMON_PERCENT}|\s?proc\.?|\s?procent${L})`,
    rangeJoin: String.raw`-|–|—|−|do`,
    between: String.raw`od|między`,
    thousand: String.raw`tys\.?|tysi${L}`,
    fractions: [
      [String.raw`dwie\s+trzecie`, 2, 3],
      [String.raw`trzy\s+czwarte`, 3, 4],
      [String.raw`połow${L}|połowę`, 1, 2],
      [String.raw`(?:jedn${L}\s+)?trzeci${L}\s+częś${L}|jedną\s+trzecią|jedna\s+trzecia`, 1, 3],
      [String.raw`ćwierć|(?:jedn${L}\s+)?czwart${L}\s+częś${L}`, 1, 4],
      [
        String.raw`(?:jedn${L}\s+)?piąt${L}\s+częś${L}|jedn(?:a|ą)\s+piąt(?:a|ą)|co\s+piąt${L}`,
        1,
        5,
      ],
    ],
    numbers: [
      ['dziesięć', 10],
      ['dwadzieścia', 20],
      ['trzydzieści', 30],
      ['czterdzieści', 40],
      ['pięćdziesiąt', 50],
    ],
    all: String.raw`w\s+całości|całkowicie|cał(?:y|ą|ego|ej|e)|w\s+pełni`,
    almostAll: String.raw`prawie\s+(?:cał(?:y|ą|ego|ej|e)|w\s+całości|całkowicie)|niemal\s+cał(?:y|ą|ego|ej|e)`,
    most: String.raw`większ${L}\s+częś${L}|przeważając${L}\s+częś${L}|większoś${L}`,
    vague: String.raw`część|części|niewielk${L}\s+częś${L}|fragment${L}|tereny|terenów`,
    partly: String.raw`częściowo`,
  },
  fr: {
    control: String.raw`contrôl${L}|occup${L}|empar${L}|tenu${L}|tien${L}|détien${L}|détenir|détenu${L}|sous\s+(?:le\s+)?contrôle|aux\s+mains|conqu${L}|envahi${L}`,
    inverse: String.raw`sous\s+(?:le\s+)?contrôle\s+(?:de\s+Kiev|de\s+Kyiv|ukrainien|de\s+l['’]Ukraine|des\s+forces\s+ukrainiennes|de\s+l['’]armée\s+ukrainienne)|(?:l['’]armée\s+ukrainienne|Kiev|Kyiv|l['’]Ukraine|les\s+forces\s+ukrainiennes|les\s+Ukrainiens)\s+(?:\p{L}+\s+){0,2}?(?:contrôl${L}|tien${L}|détien${L})`,
    claim: String.raw`annex${L}|rattach${L}|revendiqu${L}|faisant\s+partie\s+de\s+(?:son|la)\s+(?:territoire|Russie)|partie\s+de\s+la\s+Russie|partie\s+de\s+la\s+Fédération\s+de\s+Russie|région\s+de\s+(?:la\s+)?Russie|sujet\s+de\s+la\s+Fédération\s+de\s+Russie`,
    demand: String.raw`exig${L}|retrait\s+des\s+(?:forces|troupes)\s+ukrainiennes|céd${L}|cession`,
    negation: String.raw`ne|n['’]|jamais|pas|non`,
    aspiration: String.raw`tent${L}|veut|veulent|cherch${L}|objectif|s['’]il|pourrait|pourraient|afin\s+de|devraient|devrait|sur\s+le\s+point\s+de|visant\s+à`,
    change: String.raw`en\s+un\s+an|depuis\s+le\s+début\s+de\s+l['’]année|(?:augment|progress|recul)${L}\s+de|gagné`,
    size: String.raw`représent${L}|s['’]étend${L}|superficie\s+de\s+l['’]Ukraine`,
    distractor: String.raw`habitants|population|personnes|morts|blessés|tués|sondage${L}|PIB|économi${L}|soldats|civils`,
    clauseBreak: String.raw`mais|tandis\s+que|alors\s+que|toutefois|cependant`,
    about: String.raw`environ|quelque|à\s+peu\s+près|approximativement|autour\s+de|près\s+de`,
    nearly: String.raw`presque|quasiment|pratiquement|près\s+de|la\s+quasi`,
    moreThan: String.raw`plus\s+de|plus\s+d['’]|au\s+moins|au-delà\s+de|supérieur\s+à`,
    lessThan: String.raw`moins\s+de|moins\s+d['’]|jusqu['’]à|au\s+plus|inférieur\s+à`,
    percent: String.raw`(?:${COMMON_PERCENT}|\s?pour\s?cent|\s?pour-cent)`,
    rangeJoin: String.raw`-|–|—|−|à|et`,
    between: String.raw`entre|de`,
    thousand: String.raw`mille`,
    fractions: [
      [String.raw`(?:les\s+)?deux\s+tiers`, 2, 3],
      [String.raw`(?:les\s+)?trois\s+quarts`, 3, 4],
      [String.raw`(?:la\s+)?moitié`, 1, 2],
      [String.raw`(?:un|le)\s+tiers`, 1, 3],
      [String.raw`(?:un|le)\s+quart`, 1, 4],
      [String.raw`(?:un|le)\s+cinquième`, 1, 5],
    ],
    numbers: [
      ['dix', 10],
      ['vingt', 20],
      ['trente', 30],
      ['quarante', 40],
      ['cinquante', 50],
    ],
    all: String.raw`l['’]intégralité|la\s+totalité|entièrement|totalement|complètement|tout\s+le|toute\s+la|contrôle\s+total|total\s+russe|sous\s+contrôle\s+total`,
    almostAll: String.raw`(?:la\s+)?["«]?\s?quasi-totalité\s?["»]?|presque\s+(?:entièrement|totalement|toute|tout)`,
    most: String.raw`la\s+majeure\s+partie|la\s+plus\s+grande\s+partie|la\s+majorité`,
    vague: String.raw`des\s+parties|une\s+partie|certaines\s+parties|(?:de|des)\s+territoires(?=\s+(?:dans|en)\s)`,
    partly: String.raw`partiellement|en\s+partie`,
  },
  de: {
    control: String.raw`kontroll${L}|Kontrolle|besetz${L}|besatz${L}|erober${L}|befreit|eingenommen|einnehm${L}|Einnahme|hält|halte|hielten|halten|gehalten|in\s+russischer\s+Hand|im\s+Besitz`,
    inverse: String.raw`unter\s+ukrainischer\s+Kontrolle|unter\s+(?:der\s+)?Kontrolle\s+(?:der\s+ukrainischen\s+(?:Streitkräfte|Armee|Truppen)|Kiews|der\s+Ukraine)|von\s+den\s+(?:ukrainischen\s+(?:Streitkräften|Truppen)|Ukrainern)\s+kontrolliert${L}|von\s+der\s+Ukraine\s+kontrolliert${L}|(?:Kiew|Kyjiw|die\s+Ukraine|die\s+ukrainische\s+Armee|die\s+ukrainischen\s+Streitkräfte|ukrainische\s+Truppen|die\s+Ukrainer)\s+(?:\p{L}+\s+){0,3}?(?:kontroll${L}|hält|hielten|halten)|(?:kontrolliert${L}|hält|hielten|halten)\s+(?:\p{L}+\s+){0,1}?(?:Kiew|die\s+Ukraine|die\s+ukrainische\s+Armee|die\s+ukrainischen\s+(?:Streitkräfte|Truppen)|die\s+Ukrainer)`,
    claim: String.raw`annekt${L}|Annexion|angegliedert|Angliederung|beanspruch${L}|Anspruch\s+auf|als\s+russisches\s+(?:Territorium|Staatsgebiet)|zum\s+eigenen\s+Staatsgebiet|Teil\s+der\s+Russischen\s+Föderation|Teil\s+Russlands`,
    demand: String.raw`forder${L}|Forderung${L}|Rückzug\s+der\s+ukrainischen|abtret${L}|Abtretung`,
    negation: String.raw`nicht|nie|kein${L}|niemals`,
    aspiration: String.raw`versuch${L}|will|wollen|Ziel|wenn|falls|wäre|wären|könnte|könnten|soll\s+\p{L}+\s+werden|würde|bemüh${L}|um\s+zu|kurz\s+davor`,
    change: String.raw`(?:zusätzlich${L}|weitere${L})\s+$|in\s+den\s+(?:letzten|vergangenen)\s+\S+\s+(?:Tagen|Wochen|Monaten)|im\s+vergangenen\s+Jahr|seit\s+Jahresbeginn|seit\s+Anfang\s+des\s+Jahres|binnen|innerhalb\s+(?:von\s+)?(?:eines|einem|\d+)|(?:gestiegen|gesunken|gewachsen|zugenommen)\s+um|um\s+$`,
    size: String.raw`ausmach${L}`,
    distractor: String.raw`Einwohner${L}|Bevölkerung|Menschen|Tote|Toten|Verletzte|getötet|verletzt|Umfrage${L}|BIP|Wirtschaft|Soldaten|Zivilisten|Orte|Orten`,
    clauseBreak: String.raw`aber|während|jedoch|doch|wohingegen`,
    about: String.raw`etwa|rund|ungefähr|circa|ca\.|zirka|gut|um\s+die`,
    nearly: String.raw`fast|knapp|beinahe|nahezu|annähernd`,
    moreThan: String.raw`mehr\s+als|über|mindestens|gut\s+über`,
    lessThan: String.raw`weniger\s+als|unter|höchstens|bis\s+zu|nicht\s+mehr\s+als`,
    percent: String.raw`(?:${COMMON_PERCENT}|\s?Prozent)`,
    rangeJoin: String.raw`-|–|—|−|bis|und`,
    between: String.raw`zwischen|von`,
    thousand: String.raw`Tausend|tausend`,
    fractions: [
      [String.raw`zwei\s+Drittel`, 2, 3],
      [String.raw`drei\s+Viertel`, 3, 4],
      [String.raw`(?:die\s+)?Hälfte`, 1, 2],
      [String.raw`(?:ein|das)\s+Drittel`, 1, 3],
      [String.raw`(?:ein|das)\s+Viertel`, 1, 4],
      [String.raw`(?:ein|das)\s+Fünftel`, 1, 5],
    ],
    numbers: [
      ['zehn', 10],
      ['zwanzig', 20],
      ['dreißig', 30],
      ['vierzig', 40],
      ['fünfzig', 50],
    ],
    all: String.raw`vollständig|komplett|gesamte${L}|ganz(?:e|en|es)?|zu\s+["„]?100\s+Prozent|vollständige\s+Kontrolle|die\s+Kontrolle\s+über\s+das\s+gesamte`,
    almostAll: String.raw`fast\s+(?:vollständig|komplett|ganz|das\s+gesamte)|nahezu\s+(?:vollständig|komplett|ganz)`,
    most: String.raw`(?:der\s+)?Großteil|(?:die\s+)?meisten|(?:der\s+)?größte\s+Teil`,
    vague: String.raw`weite\s+Teile|große\s+Teile|Teile`,
    partly: String.raw`teilweise|zum\s+Teil`,
  },
  it: {
    control: String.raw`controll${L}|controllo|occup${L}|conquist${L}|in\s+mano|liberat${L}|detenut${L}|detien${L}|dominio|presa\s+di\s+potere|acquisizione`,
    inverse: String.raw`sotto\s+(?:il\s+)?controllo\s+(?:ucrain${L}|di\s+Kiev|di\s+Kyiv|delle\s+forze\s+ucraine|dell['’]esercito\s+ucraino|dell['’]Ucraina|di\s+Kiev)|(?:Kiev|Kyiv|l['’]Ucraina|l['’]esercito\s+ucraino|le\s+forze\s+ucraine)\s+(?:\p{L}+\s+){0,2}?controll${L}`,
    claim: String.raw`annes${L}|annett${L}|rivendic${L}\s+come\s+propri${L}|rivendica:|che\s+Mosca\s+rivendica|parte\s+della\s+Russia|parte\s+della\s+Federazione\s+Russa|regione\s+della\s+Russia|soggetto\s+della\s+Federazione\s+Russa`,
    demand: String.raw`chied${L}|ritiro\s+delle\s+(?:forze|truppe)\s+ucraine|ceder${L}|cessione`,
    negation: String.raw`non|mai|né`,
    aspiration: String.raw`cerca${L}|vuole|vogliono|obiettiv${L}|se|probabile|potrebbe|potrebbero|per\s+(?:prendere|conquistare)|dovrà|sta\s+per|in\s+procinto\s+di`,
    change: String.raw`ulterior${L}\s+$|nell['’]ultimo\s+anno|negli\s+ultimi\s+\S+\s+(?:mesi|giorni|settimane)|(?:aumentat|cresciut|diminuit)${L}\s+del`,
    size: String.raw`rappresent${L}`,
    distractor: String.raw`abitanti|popolazione|persone|morti|feriti|sondaggi${L}|PIL|economi${L}|soldati|civili`,
    clauseBreak: String.raw`ma|mentre|tuttavia|però`,
    about: String.raw`circa|quasi\s+il|intorno\s+al|approssimativamente|all['’]incirca`,
    nearly: String.raw`quasi|pressoché|praticamente`,
    moreThan: String.raw`più\s+del|più\s+di|oltre(?:\s+il|\s+l['’])?|almeno`,
    lessThan: String.raw`meno\s+del|meno\s+di|fino\s+al|non\s+più\s+del`,
    percent: String.raw`(?:${COMMON_PERCENT}|\s?per\s?cento)`,
    rangeJoin: String.raw`-|–|—|−|al|e\s+il|e`,
    between: String.raw`tra\s+il|fra\s+il|dal`,
    thousand: String.raw`mila`,
    fractions: [
      [String.raw`(?:i\s+)?due\s+terzi`, 2, 3],
      [String.raw`(?:i\s+)?tre\s+quarti`, 3, 4],
      [String.raw`(?:la\s+)?metà`, 1, 2],
      [String.raw`(?:un|il)\s+terzo`, 1, 3],
      [String.raw`(?:un|il)\s+quarto`, 1, 4],
      [String.raw`(?:un|il)\s+quinto`, 1, 5],
    ],
    numbers: [
      ['dieci', 10],
      ['venti', 20],
      ['trenta', 30],
      ['quaranta', 40],
      ['cinquanta', 50],
    ],
    all: String.raw`interamente|completamente|(?:il\s+)?pieno\s+controllo|(?:il\s+)?completo\s+controllo|l['’]intera|dell['’]intera|intera|tutta\s+la|tutto\s+il`,
    almostAll: String.raw`quasi\s+(?:interamente|completamente|tutta|tutto|l['’]intera)`,
    most: String.raw`la\s+maggior\s+parte|la\s+maggioranza`,
    vague: String.raw`gran\s+parte|parte|parti|(?:di|dei)\s+territori(?=\s+(?:in|nelle|della|delle)\s)`,
    partly: String.raw`parzialmente`,
  },
  es: {
    control: String.raw`control${L}|ocup${L}|conquist${L}|domina|dominan|dominaba${L}|presentes?\s+en|tomad${L}|tomó|tomaron|tomado|bajo\s+(?:el\s+)?control|liberad${L}|captur${L}|en\s+manos|dominio`,
    inverse: String.raw`bajo\s+(?:el\s+)?control\s+(?:ucraniano|de\s+Kiev|de\s+Ucrania|del\s+gobierno\s+ucraniano|de\s+las\s+fuerzas\s+ucranianas|del\s+ejército\s+ucraniano)|(?:Ucrania|Kiev|el\s+ejército\s+ucraniano|las\s+fuerzas\s+ucranianas)\s+(?:\p{L}+\s+){0,2}?control${L}`,
    claim: String.raw`anex${L}|reivindic${L}|incorpor${L}\s+a\s+Rusia|parte\s+de\s+Rusia|parte\s+de\s+la\s+Federación\s+(?:Rusa|de\s+Rusia)|territorio\s+ruso|región\s+de\s+Rusia|sujeto\s+de\s+la\s+Federación\s+(?:Rusa|de\s+Rusia)`,
    demand: String.raw`exig${L}|retirada\s+de\s+las\s+(?:fuerzas|tropas)\s+ucranianas|ced${L}`,
    negation: String.raw`no|nunca|jamás|ni`,
    aspiration: String.raw`intent${L}|quiere|quieren|objetivo|si|podría|podrían|para\s+(?:tomar|capturar)|busca${L}|planes|a\s+punto\s+de`,
    change: String.raw`en\s+el\s+último\s+año|en\s+los\s+últimos\s+\S+\s+(?:meses|días|semanas)|(?:aument|crec|disminu)${L}\s+(?:en\s+)?(?:un\s+)?`,
    size: String.raw`represent${L}|suman?`,
    distractor: String.raw`habitantes|población|personas|muertos|heridos|encuesta${L}|PIB|económi${L}|soldados|civiles`,
    clauseBreak: String.raw`pero|mientras|sin\s+embargo|aunque`,
    about: String.raw`alrededor\s+del?|cerca\s+del?|unos|unas|aproximadamente|en\s+torno\s+al`,
    nearly: String.raw`casi|prácticamente`,
    moreThan: String.raw`más\s+del?|por\s+encima\s+del?|al\s+menos|más\s+de\s+la`,
    lessThan: String.raw`menos\s+del?|hasta\s+el|no\s+más\s+del?`,
    percent: String.raw`(?:${COMMON_PERCENT}|\s?por\s?ciento)`,
    rangeJoin: String.raw`-|–|—|−|a|al|y\s+el|y`,
    between: String.raw`entre\s+el|entre|de|del`,
    thousand: String.raw`mil`,
    fractions: [
      [String.raw`(?:los\s+)?dos\s+tercios`, 2, 3],
      [String.raw`(?:las\s+)?tres\s+cuartas\s+partes|tres\s+cuartos`, 3, 4],
      [String.raw`(?:la\s+)?mitad`, 1, 2],
      [String.raw`(?:un|el)\s+tercio`, 1, 3],
      [String.raw`(?:una\s+)?cuarta\s+parte|(?:un|el)\s+cuarto`, 1, 4],
      [String.raw`(?:una\s+)?quinta\s+parte`, 1, 5],
    ],
    numbers: [
      ['diez', 10],
      ['veinte', 20],
      ['treinta', 30],
      ['cuarenta', 40],
      ['cincuenta', 50],
    ],
    all: String.raw`toda\s+la|todo\s+el|la\s+totalidad|en\s+su\s+totalidad|totalmente|completamente|por\s+completo`,
    almostAll: String.raw`casi\s+(?:toda|todo|totalmente|completamente|en\s+su\s+totalidad|por\s+completo)|prácticamente\s+(?:toda|todo)`,
    most: String.raw`la\s+mayor\s+parte|la\s+mayoría`,
    vague: String.raw`buena\s+parte|gran\s+parte|parte|partes|(?:de\s+)?territorios(?=\s+en\s)`,
    partly: String.raw`parcialmente`,
  },
  ar: {
    // و / ف (and / so) are written onto the word: "وتسيطر".
    control: String.raw`(?:و|ف)?(?:تسيطر|يسيطر|سيطر\p{L}*|السيطرة|تُسيطر|سيطرته|احتل\p{L}*|تحتل|تحرير|حرر\p{L}*|المحرر\p{L}*)`,
    inverse: String.raw`تحت\s+السيطرة\s+الأوكرانية|تسيطر\s+عليها\s+أوكرانيا|القوات\s+الأوكرانية\s+(?:\p{L}+\s+){0,2}?تسيطر`,
    claim: String.raw`(?:و|ف)?(?:ضم\p{L}*|الضم)`,
    demand: String.raw`انسحاب|تطالب|يطالب`,
    negation: String.raw`لا|لم|لن|ليس`,
    aspiration: String.raw`إذا|لو|تسعى|يسعى|تحاول|يحاول`,
    change: String.raw`استعادت|خلال\s+الأسابيع|خلال\s+العام`,
    size: String.raw`تشكل\s+\d`,
    distractor: String.raw`سكان|قتلى|جرحى|جنود`,
    clauseBreak: String.raw`لكن|بينما`,
    about: String.raw`نحو|حوالي|قرابة|تقريبا`,
    nearly: String.raw`ما\s+يقرب\s+من|تقريبًا`,
    moreThan: String.raw`أكثر\s+من|ما\s+يزيد\s+عن`,
    lessThan: String.raw`أقل\s+من`,
    percent: COMMON_PERCENT,
    rangeJoin: String.raw`-|–|—|−|إلى`,
    between: String.raw`بين|من`,
    thousand: String.raw`ألف`,
    fractions: [
      [String.raw`ثلثي`, 2, 3],
      [String.raw`ثلاثة\s+أرباع`, 3, 4],
      [String.raw`خُمس`, 1, 5],
      [String.raw`نصف`, 1, 2],
      [String.raw`ثلث`, 1, 3],
      [String.raw`ربع`, 1, 4],
    ],
    numbers: [],
    all: String.raw`بأكملها|بالكامل|كامل`,
    almostAll: String.raw`معظم|كل\s+تقريبا`,
    most: String.raw`معظم`,
    vague: String.raw`أجزاء|جزء`,
    partly: String.raw`جزئيا`,
  },
};
