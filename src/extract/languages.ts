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
import { L, type LanguageWords } from './words/word-parts.ts';
import { uk } from './words/uk.ts';
import { ru } from './words/ru.ts';
import { pl } from './words/pl.ts';
import { fr } from './words/fr.ts';
import { de } from './words/de.ts';
import { it } from './words/it.ts';
import { es } from './words/es.ts';
import { ar } from './words/ar.ts';

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

/** Arabic writes "and", "so", "in", "to", "as" onto the next word: "وبدونيتسك", "لخيرسون". */
const AR_PRE = String.raw`(?:و|ف)?(?:ب|ل|ك)?`;

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
    String.raw`Донецьк(?:а|ої|ій|у|ою|ий|ого|ому)|Донеччин${L}|Донецк(?:ая|ой|ую|ий|ого|ому)|Донетчин${L}|doniec(?:ki|kiego|kim|ka|kiej|ką)|Donieck|Donezk(?:er|en)?|Donetsk|Donets|Donețk|${AR_PRE}دوني?تسك`,
    'UA-14',
  ],
  [
    String.raw`Луганськ(?:а|ої|ій|у|ою|ий|ого|ому)|Луганщин${L}|Луганск(?:ая|ой|ую|ий|ого|ому)|ługańsk(?:i|iego|im|a|iej)|Ługańsk|Luhansk${L}|Lugansk${L}|Lukansk|Louhansk|Lougansk|${AR_PRE}لو(?:غ|ه|ج)انسك`,
    'UA-09',
  ],
  [
    String.raw`Запорізьк(?:а|ої|ій|у|ою|ий|ого|ому)|Запоріжжин${L}|Запоріжчин${L}|(?<=(?:^|[\s(])на\s+)(?:Запоріжжі|Запорожье)|Запорожск(?:ая|ой|ую|ий|ого|ому)|zaporosk(?:i|iego|im|a|iej)|Zaporizhzh${L}|Zaporizh${L}|Zaporozh${L}|Zaporij${L}|Zaporíj${L}|Zaporiyia|Zaporoż${L}|Saporischschja|Saporischj${L}|Saporoschje|Zaporozhye|${AR_PRE}زاب(?:ا|و)?ر(?:ي|و)(?:ج|زه|يج)(?:يا|يه)`,
    'UA-23',
  ],
  [
    String.raw`Херсонськ(?:а|ої|ій|у|ою|ий|ого|ому)|Херсонщин${L}|Херсонск(?:ая|ой|ую|ий|ого|ому)|chersońsk(?:i|iego|im|a|iej)|Kherson|Cherson|Jersón|${AR_PRE}خيرسون`,
    'UA-65',
  ],
  [
    String.raw`Харківськ(?:а|ої|ій|у|ою|ий|ого|ому)|Харківщин${L}|Харьковск(?:ая|ой|ую|ий|ого|ому)|Харьковщин${L}|charkowsk(?:i|iego|im|a|iej)|Charkiw|Kharkiv|Kharkov|Járkov|${AR_PRE}خارك(?:ي|و)(?:ف|ڤ)`,
    'UA-63',
  ],
  [
    String.raw`Дніпропетровськ(?:а|ої|ій|у|ою|ий|ого)|Дніпропетровщин${L}|Днепропетровск(?:ая|ой|ую|ий|ого)|dniepropi?etrowsk(?:i|iego|im|a|iej)|Dnipropetrowsk|Dnipropetrovsk|Dnjepropetrowsk|Dnepropetrovsk|${AR_PRE}دنيبروب(?:ي)?تروفسك`,
    'UA-12',
  ],
  [
    String.raw`Сумськ(?:а|ої|ій|у|ою|ий|ого)|Сумщин${L}|Сумск(?:ая|ой|ую|ий|ого)|sumsk(?:i|iego|im|a|iej)|Sumy|Sumi|${AR_PRE}سومي`,
    'UA-59',
  ],
  [
    String.raw`Миколаївськ(?:а|ої|ій|у|ою|ий|ого)|Миколаївщин${L}|Николаевск(?:ая|ой|ую|ий|ого)|mikołajowsk(?:i|iego|im|a|iej)|Mykolaiv|Mykolajiw|Nikolaev|${AR_PRE}(?:ميكولاي(?:ي)?ف|نيكولاييف)`,
    'UA-48',
  ],
  [
    String.raw`Кримськ(?:ий|ого|ому|им)\s+півостр${L}|Крымск(?:ий|ого|ому|им)\s+полуостр${L}|(?:півостр${L}\s+)?Крим(?:у|ом)?|(?:полуостр${L}\s+)?Крым(?:а|у|ом)?|Krym(?:u|em)?|(?:la\s+)?Crimée|(?:Halbinsel\s+)?Krim|(?:la\s+)?Crimea|(?:péninsule|penisola|península)\s+(?:de\s+|di\s+)?(?:Crimée|Crimea)|${AR_PRE}شبه\s+جزيرة\s+القرم|(?:و|ف)?(?:(?:ب|ك)?ال|لل)قرم`,
    'crimea',
  ],
  [String.raw`Донбас${L}|Донбасс${L}|Donbas${L}|Donbás|${AR_PRE}دونباس`, 'donbas'],
  [
    String.raw`Україн(?:а|и|і|у|ою)|Украин(?:а|ы|е|у|ой)|Ukrain(?:y|ie|a|e|ę)|l['’]Ukraine|Ucraina|Ucrania|${AR_PRE}أوكرانيا|(?:територ${L}|территор${L})\s+(?:України|Украины)|terytorium\s+Ukrainy|ukraińskiego\s+terytorium|territoire\s+ukrainien|territorio\s+(?:ucraino|ucraniano)|territorio\s+(?:nacional|nazionale)|territoire\s+national|terytorium\s+kraju|територі(?:я|ї|ю)\s+країни|территори(?:я|и|ю)\s+страны|territor${L}\s+(?:\p{L}+\s+){1,3}(?:ucraino|ucraniano)|українськ${L}\s+(?:земл${L}|територ${L})|украинск${L}\s+(?:земл${L}|территор${L})|ukraińsk${L}\s+(?:terytori${L}|ziemi)|(?:ziemi|ziem)\s+ukraińsk${L}|ukrainisch${L}\s+(?:Staatsgebiet${L}|Territorium${L}|Boden${L}|Landesfläche)|(?:seines|unseres)\s+(?:Landes|Staatsgebiet${L})|unseres\s+Territoriums|des\s+Landes|(?:du|del)\s+(?:pays|país|paese)|ihres\s+(?:Staatsgebiet${L}|Landes)|(?:całego\s+)?terytorium\s+(?:państwa|kraju)|(?:nuestro|su)\s+país|nuestro\s+territorio|(?:notre|son)\s+pays|notre\s+territoire|(?:nostro|suo)\s+paese|nostro\s+territorio|національн${L}\s+територ${L}|национальн${L}\s+территор${L}|territorio\s+nacional|notre\s+territoire|nostro\s+territorio|nuestro\s+territorio|su\s+país|all\p{L}*\s+territor${L}\s+(?:України|Украины)`,
    'UA',
  ],
  [
    String.raw`(?:(?:ces|les|quattro|cuatro|vier|чотир${L}|четыр${L}|czter${L}|4)\s+)(?:(?:annexed|anexadas|annexées|annesse|annektiert${L}|анексован${L}|аннексированн${L}|anektowan${L}|ukrainisch${L}|ukrainian|ucrain${L}|ucranian${L}|ukrainienn${L}|українськ${L}|украинск${L}|ukraińsk${L})\s+)?(?:régions|oblasts|regioni|regiones|Regionen|Gebiete|област${L}|регіон${L}|регион${L}|regionów|regiony|obwod${L})|(?:(?:ces|les|queste|estas|diese|delle|de\s+ces)\s+)?(?:4|quatre|quattro|cuatro|vier)\s+(?:régions|oblasts|regioni|regiones|Regionen|Gebiete|['’]?terre\s+contese['’]?)|terre\s+contese`,
    'annexed-four',
  ],
  // More spellings and cases, by language, read after every name above (so they never take a
  // span an earlier name reads).
  // Polish
  [String.raw`Doniecczy(?:zn|źn)${L}|doniec(?:kie|kich|kimi)|DRL`, 'UA-14'],
  [String.raw`Ługańszczy(?:zn|źn)${L}|ługańsk(?:ą|ie|ich|imi)|ŁRL`, 'UA-09'],
  [
    String.raw`cztery\s+(?:z\s+)?(?:jej|swoich)\s+(?:obwody|obwodów|regiony|regionów)`,
    'annexed-four',
  ],
  [String.raw`Zaporoszczy(?:zn|źn)${L}|zaporosk(?:ą|ie|ich|imi)`, 'UA-23'],
  [String.raw`Chersońszczy(?:zn|źn)${L}|chersońsk(?:ą|ie|ich|imi)`, 'UA-65'],
  [String.raw`Krymie`, 'crimea'],
  // French
  [String.raw`RPD|Donetz`, 'UA-14'],
  [String.raw`RPL|Lougansk`, 'UA-09'],
  [String.raw`quatre\s+de\s+ses\s+régions`, 'annexed-four'],
  [String.raw`Zaporoj${L}|Zaporizhia`, 'UA-23'],
  [String.raw`Kerson|Khersonne`, 'UA-65'],
  [String.raw`Mykolaïv|Mykolaïev|Nikolaïev|Mykolaev`, 'UA-48'],
  // German
  [String.raw`Donezker\s+Volksrepublik|Doneck`, 'UA-14'],
  [
    String.raw`LVR|Luhansker\s+Volksrepublik|Lugansker\s+Volksrepublik|Luhansker|Lugansker`,
    'UA-09',
  ],
  [String.raw`Saporisch${L}|Saporosch${L}|Saporosh${L}|Zaporižž${L}|Zaporižj${L}`, 'UA-23'],
  [String.raw`Chersons`, 'UA-65'],
  [String.raw`vier\s+(?:ihrer|seiner)\s+(?:Regionen|Gebiete)`, 'annexed-four'],
  [String.raw`Donbass?es`, 'donbas'],
  // Italian
  [String.raw`RPD|Doneck`, 'UA-14'],
  [String.raw`RPL`, 'UA-09'],
  [String.raw`quattro\s+(?:delle\s+sue|sue|delle)\s+regioni`, 'annexed-four'],
  [String.raw`Zaporiggia|Zaporizia|Zaporižžja|Zaporižja`, 'UA-23'],
  [String.raw`Cherson`, 'UA-65'],
  // Spanish
  [String.raw`RPD|Donietsk`, 'UA-14'],
  [String.raw`RPL`, 'UA-09'],
  [String.raw`cuatro\s+de\s+sus\s+regiones`, 'annexed-four'],
  [String.raw`Nikoláev|Mikoláiv|Mykoláiv`, 'UA-48'],
  [String.raw`Zaporiy${L}|Zaporoy${L}|Zaporozhie`, 'UA-23'],
  [String.raw`Jerson|Kersón|Jersón`, 'UA-65'],
  [String.raw`Dombás|Dombas|Donbáss?`, 'donbas'],
  // Arabic
  [String.raw`${AR_PRE}دونيستك`, 'UA-14'],
  [String.raw`${AR_PRE}(?:المناطق|المقاطعات)\s+الأربع(?:ة)?`, 'annexed-four'],
  // "The peninsula" with no name after it is Crimea in these texts (not "Kinburn peninsula",
  // "полуостров Кинбурн", "la péninsule de Kinbourn": a name or "of" after it, or a named
  // adjective before it, is another peninsula).
  [
    String.raw`(?<!(?:Кінбурн|Кинбурн|Арабат|Kinburn|Kimburn|Arabat|Tarchankut|Тарханкут|Керченськ|Керченск|Kertsch)\p{L}*\s+)(?:півостр(?:ів|ова|ові|овом)|полуостр(?:ов|ова|ове|овом)|półwys(?:ep|pu|pie|pem)|(?:la\s+)?(?:péninsule|presqu['’]île)|(?:Schwarzmeer)?[Hh]albinsel|(?:la\s+)?penisola|(?:la\s+)?península|${AR_PRE}شبه\s+الجزيرة)(?!\s+(?:de|di|del|della|du|d['’]|of|von|Кінбурн|Кинбурн|Kinburn|Kimburn|Арабат|Arabat|Тендр|Tendr|كينبورن)\p{L}*)`,
    'crimea',
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
export const ANAPHOR_REGION = String.raw`(?:(?:цієї\s+|цього\s+|цьому\s+|цій\s+|этой\s+|этого\s+|этом\s+|tego\s+|tej\s+|tym\s+|ce\s+|cette\s+|dieses\s+|diesem\s+|diese\s+|questa\s+|questo\s+|esta\s+|este\s+|esa\s+)?(?:област${L}|(?:l['’])?oblast(?!\p{L})|регіон${L}|регион${L}|regionu|obwodu|region(?!al)${L}|regione|región|région|la\s+province|province|provincia|Gebiet${L}|Region|المقاطعةـ?|مقاطعة|республік${L}|республик${L}|Republik|Repubblica|République|República))`;
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
/**
 * "these regions" with no count: the regions of the list named last ("la totalidad de estas
 * provincias", "żadnego z tych regionów", "цих областей", "ces régions").
 */
export const ANAPHOR_THESE = String.raw`(?:(?:estas|esas)\s+(?:regiones|provincias)|(?:these|those)\s+(?:regions|provinces|oblasts)|tych\s+(?:regionów|obwodów|regionach|obwodach)|te\s+(?:regiony|obwody)|цих\s+(?:област${L}|регіон${L})|ці\s+області|этих\s+(?:област${L}|регион${L})|эти\s+области|ces\s+(?:régions|oblasts|provinces)|diese[rn]?\s+(?:Regionen|Gebiete)|(?:queste|quelle)\s+(?:regioni|province)|هذه\s+(?:المناطق|المقاطعات))`;
export const ANAPHOR_TERRITORY = String.raw`(?:(?:ce\s+|dieses\s+|questo\s+|este\s+|este\s+)?(?:територ${L}|территор${L}|terytori${L}|territoire|territorio|Territorium${L}|territory|powierzchni|surface|superficie|Fläche|площ${L}|cette\s+zone|zone|zona)|(?:the\s+)?(?:territory|area))`;

/**
 * "Its territory": a possessive before a word for territory or area. It points to its
 * antecedent, the region or country named before it (generic-reader.ts resolves it), by the
 * language's agreement where the possessive shows the possessor's gender: 'f' (її, её, jej,
 * ihres/ihrer, ـها), 'm' (його, его, jego, seines/seiner, ـه), 'any' (son, su, suo, their); 'own'
 * is the reflexive (своєї, своей, swojego), which takes its clause's subject.
 */
const TERRITORY_NOUN = {
  uk: String.raw`(?:територ${L}|площ${L})`,
  ru: String.raw`(?:территор${L}|площад${L})`,
  pl: String.raw`(?:terytori${L}|powierzchni${L}|obszar${L})`,
  de: String.raw`(?:Territorium${L}|Gebiet(?:s|es)?|Fläche)`,
};
export const POSSESSIVE_TERRITORY: readonly [string, 'f' | 'm' | 'any' | 'own'][] = [
  [
    String.raw`її\s+${TERRITORY_NOUN.uk}|(?:её|ее)\s+${TERRITORY_NOUN.ru}|jej\s+${TERRITORY_NOUN.pl}|ihre[sr]\s+${TERRITORY_NOUN.de}|(?:أراضي|مساحت)ها`,
    'f',
  ],
  [
    String.raw`його\s+${TERRITORY_NOUN.uk}|его\s+${TERRITORY_NOUN.ru}|jego\s+${TERRITORY_NOUN.pl}|seine[sr]\s+${TERRITORY_NOUN.de}|(?:أراضي|مساحت)ه`,
    'm',
  ],
  [
    String.raw`сво(?:є${L}|ю|я|їй)\s+${TERRITORY_NOUN.uk}|сво(?:ей|ю|я|ею|ем)\s+${TERRITORY_NOUN.ru}|sw(?:ojego|oim|oje|ego|ym|oją|ojej|ej)\s+${TERRITORY_NOUN.pl}`,
    'own',
  ],
  [
    String.raw`(?:їх|їхн${L})\s+${TERRITORY_NOUN.uk}|их\s+${TERRITORY_NOUN.ru}|ich\s+${TERRITORY_NOUN.pl}|(?:son|sa|leur)\s+(?:territoire|superficie|surface)|sus?\s+(?:territorio|superficie)|(?:suo|sua|loro)\s+(?:territorio|superficie)`,
    'any',
  ],
];

/**
 * The grammatical gender of a region or country as named (its name with the "region" word
 * around it): feminine — область, Донеччина, Україна, республіка, Region, Oblast, Krim,
 * Ukraina, مقاطعة — or masculine/neuter — Крим, Донбас, регіон, obwód, Gebiet, Land, إقليم;
 * a Latin name alone is neuter in German and masculine in Polish (obwód). Null: not known.
 */
export const FEMININE_NAME = new RegExp(
  String.raw`[Оо]бласт|щин|Україн|Украин|[Рр]еспубл|ДНР|ЛНР|ДВР|(?:ськ|цьк|зьк|ск|цк)(?:а|ої|ій|у|ою|ая|ой|ую)$|Ukrain|czyzn|czyźn|[Rr]epubli|DRL|ŁRL|Region(?!e)|Oblast|Krim|Halbinsel|DVR|LVR|مقاطع|منطق|جمهورية|أوكرانيا|شبه\s+جزيرة`,
  'u',
);
export const MASCULINE_NAME = new RegExp(
  String.raw`Крим|Крым|Донбас|[Рр]егіон|[Рр]егион|[Пп]івостр|[Пп]олуостр|obw[oó]d|Krym|Donbas|region|półwys|Gebiet|Bezirk|Land|إقليم|دونباس|^[\p{Script=Latin}\s-]+$`,
  'u',
);

/**
 * Before a name: the place something came from or borders ("з Криму", "из Крыма", "z Krymu",
 * "aus dem Gebiet Donezk", "desde Crimea", "dalla Crimea", "depuis la Crimée", "межує з
 * Кримом"): not what a later "the region" or "its territory" points to.
 */
export const ORIGIN_BEFORE =
  /(?:^|[\s(])(?:з|із|зі|зо|из|изо|с|со|z|ze|aus|desde|da|dal|dalla|dallo|dall['’]|depuis|from)\s+(?:(?:der|dem|den|la|el|le|l['’]|the)\s*)?$|(?:з\s+боку|со\s+стороны|od\s+strony|en\s+provenance|(?:venu|venant|arrivé|parti|provenant|proceden|llegad|venid|provenien)\p{L}*|in\s+Richtung|w\s+kierunku|у\s+напрямку|в\s+направлении)\s+(?:(?:de\s+la|de|du|des|d['’]|der|dem|la|l['’])\s*)?$/iu;

/**
 * "The oblast" points to an oblast (not Crimea, Donbas or the country); "the republic" to a
 * "people's republic" or Crimea's autonomous republic. "The region" points to any region.
 */
export const OBLAST_WORD = /област|obw[oó]d|oblast|Gebiet|Bezirk|مقاطع|provinc/iu;
export const REPUBLIC_WORD = /республ|republi|repubbl|républ|repúbl/iu;

// ——— Cues, per language ———

export type { LanguageWords } from './words/word-parts.ts';

const AREA_UNIT = String.raw`(?:км\s*кв\.?(?![\p{L}])|кв\.?\s*км(?![\p{L}])|квадратн${L}\s+кілометр${L}|квадратн${L}\s+километр${L}|km\s+kwadratow${L}|km\s*kw\.?(?![\p{L}])|kilometr${L}\s+kwadratow${L}|km²|km2|км²|км2(?![\p{N}])|Quadratkilometer${L}|km\s+quadrati|chilometri\s+quadrati|kilómetros\s+cuadrados|kilomètres\s+carrés|كيلومتر${L}\s+مربع${L}|sq\.?\s*km|square\s+kilomet${L})`;
export { AREA_UNIT };

export const WORDS: Readonly<Record<Exclude<Language, 'en'>, LanguageWords>> = {
  uk,
  ru,
  pl,
  fr,
  de,
  it,
  es,
  ar,
};
