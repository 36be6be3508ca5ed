/** The German words the extractor reads (see ../languages.ts for the kinds). */
import { L, COMMON_PERCENT, type LanguageWords } from './word-parts.ts';

export const de: LanguageWords = {
  control: String.raw`kontroll${L}|Kontrolle|besetz${L}|besatz${L}|erober${L}|befreit|eingenommen|einnehm${L}|Einnahme|hält|halte|hielten|halten|gehalten|in\s+russischer\s+Hand|im\s+Besitz|in\s+der\s+Hand|in\s+den\s+Händen|unter\s+(?:ihre|seine)\s+Kontrolle`,
  inverse: String.raw`unter\s+ukrainischer\s+Kontrolle|unter\s+(?:der\s+)?Kontrolle\s+(?:der\s+ukrainischen\s+(?:Streitkräfte|Armee|Truppen)|Kiews|der\s+Ukraine)|von\s+den\s+(?:ukrainischen\s+(?:Streitkräften|Truppen)|Ukrainern)\s+kontrolliert${L}|von\s+der\s+Ukraine\s+kontrolliert${L}|(?:Kiew|Kyjiw|die\s+Ukraine|die\s+ukrainische\s+Armee|die\s+ukrainischen\s+Streitkräfte|ukrainische\s+Truppen|die\s+Ukrainer)\s+(?:\p{L}+\s+){0,3}?(?:kontroll${L}|hält|hielten|halten)|(?:kontrolliert${L}|hält|hielten|halten)\s+(?:\p{L}+\s+){0,1}?(?:Kiew|die\s+Ukraine|die\s+ukrainische\s+Armee|die\s+ukrainischen\s+(?:Streitkräfte|Truppen)|die\s+Ukrainer)`,
  claim: String.raw`annekt${L}|Annexion|einverleib${L}|angegliedert|Angliederung|beanspruch${L}|Anspruch\s+auf|als\s+russisches\s+(?:Territorium|Staatsgebiet)|zum\s+eigenen\s+Staatsgebiet|Teil\s+der\s+Russischen\s+Föderation|Teil\s+Russlands|in\s+die\s+Russische\s+Föderation\s+aufgenommen|Beitritt\s+zu\s+Russland`,
  demand: String.raw`forder${L}|Forderung${L}|Rückzug\s+der\s+ukrainischen|abtret${L}|Abtretung|Räumung|(?<=(?:Ukraine|Kiew|Kyjiw|ukrainische\p{L}*\s+(?:Armee|Truppen|Streitkräfte))\s+)(?:soll|solle|sollte|müsse|muss|müsste|möge)(?=(?:\s+[\p{L}„“"]+){1,10}?\s+(?:räumen|verlassen|aufgeben|übergeben|überlassen)(?![\p{L}]))`,
  negation: String.raw`nicht(?!\s+nur)|nie|kein${L}|niemals`,
  aspiration: String.raw`versuch${L}|will|wollen|Ziel|wenn|falls|wäre|wären|könnte|könnten|soll\s+\p{L}+\s+werden|würde|bemüh${L}|um\s+zu|kurz\s+davor`,
  change: String.raw`(?:zusätzlich${L}|weitere${L})\s+$|in\s+den\s+(?:letzten|vergangenen)\s+\S+\s+(?:Tagen|Wochen|Monaten)|im\s+vergangenen\s+Jahr|seit\s+Jahresbeginn|seit\s+Anfang\s+des\s+Jahres|binnen|innerhalb\s+(?:von\s+)?(?:eines|einem|\d+)|(?:gestiegen|gesunken|gewachsen|zugenommen)\s+um|um\s+$`,
  size: String.raw`ausmach${L}`,
  distractor: String.raw`Einwohner${L}|Bevölkerung|Menschen|Tote|Toten|Verletzte|getötet|verletzt|Umfrage${L}|BIP|Wirtschaft|Soldaten|Zivilisten|Orte|Orten`,
  clauseBreak: String.raw`aber|während|jedoch|doch|wohingegen`,
  about: String.raw`etwa|rund|ungefähr|circa|ca\.|zirka|um\s+die|in\s+etwa|grob|schätzungsweise`,
  nearly: String.raw`fast|knapp|beinahe|nahezu|annähernd|nicht\s+ganz|knapp\s+unter|etwas\s+weniger\s+als`,
  moreThan: String.raw`nicht\s+weniger\s+als|mehr\s+als|über|mindestens|gut\s+über|gut|knapp\s+über|etwas\s+mehr\s+als|weit\s+über|deutlich\s+über|mehr\s+als\s+die`,
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
  almostAll: String.raw`(?:fast|nahezu|beinahe|praktisch|so\s+gut\s+wie)\s+(?:vollständig|komplett|ganz(?:e|en|es)?|(?:das|den|die|der)\s+gesamte${L}|gesamte${L})`,
  most: String.raw`(?:der\s+)?Großteil|(?:die\s+)?meisten|(?:der\s+)?größte\s+Teil`,
  vague: String.raw`weite\s+Teile|große\s+Teile|Teile|ein(?:en)?\s+Teil`,
  partly: String.raw`teilweise|zum\s+Teil`,
  // Spellings of the names (in their genitive too) and the republics' abbreviations.
};
