/** The Arabic (Arabic-script texts with Arabic numerals) words the extractor reads (see ../languages.ts for the kinds). */
import { COMMON_PERCENT, type LanguageWords } from './word-parts.ts';

export const ar: LanguageWords = {
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
};
