/** The Arabic (Arabic-script texts with Arabic numerals) words the extractor reads (see ../languages.ts for the kinds). */
import { COMMON_PERCENT, type LanguageWords } from './word-parts.ts';

/** A subordinate force: "القوات الأوكرانية", "أوكرانيا", "كييف" (Ukraine's side). */
const AR_UKRAINE = String.raw`(?:القوات\s+الأوكرانية|الجيش\s+الأوكراني|أوكرانيا|كييف|كييڤ)`;

export const ar: LanguageWords = {
  // و / ف (and / so) are written onto the word: "وتسيطر".
  // "وسعت سيطرتها في مقاطعتي سومي ودونيتسك" (expanded its control in): a gain, not a hold.
  control: String.raw`(?<!(?:وسع|توسيع|توسع|عزز|تعزيز)\p{L}*\s+(?:نطاق\s+)?)(?:و|ف)?(?:تسيطر|يسيطر|سيطر\p{L}*|السيطرة|تُسيطر|سيطرته|احتل\p{L}*|محتل(?:ة|ون|ين)?|تحتل|يحتل|الاحتلال|تحرير|حرر\p{L}*|المحرر\p{L}*|استول\p{L}*|الاستيلاء|يستولي|تستولي|استيلاء)`,
  inverse: String.raw`تحت\s+السيطرة\s+الأوكرانية|تسيطر\s+عليها\s+${AR_UKRAINE}|القوات\s+الأوكرانية\s+(?:\p{L}+\s+){0,2}?تسيطر|تحت\s+سيطرة\s+${AR_UKRAINE}|الخاضعة\s+لسيطرة\s+${AR_UKRAINE}|(?:تسيطر|يسيطر)\s+(?:\p{L}+\s+){0,2}?${AR_UKRAINE}\s+على`,
  claim: String.raw`(?:و|ف)?(?:ضم\p{L}*|الضم)|انضمام|جزء\s+من\s+(?:روسيا|الأراضي\s+الروسية)|أراض\p{L}*\s+روسية`,
  demand: String.raw`بشرط\s+(?:أن\s+)?(?:ت|ي)?(?:تنازل|تنسحب|ينسحب|انسحاب)|انسحاب|تطالب|يطالب|تنسحب|ينسحب|التنازل|تتنازل|التخلي|تتخلى|(?:على\s+)?أوكرانيا\s+(?:\p{L}+\s+)?الانسحاب`,
  negation: String.raw`لا|لم|لن|ليس|ليست`,
  aspiration: String.raw`إذا|لو|تقترب|يقترب|تسعى|يسعى|تحاول|يحاول|تريد|يريد|تهدف|يهدف|هدف|ستسيطر|سيسيطر|تطمح|يطمح|تخطط|يخطط|للسيطرة|لاحتلال`,
  // Gains over a period: "خلال الشهر الماضي", "منذ بداية العام", "في غضون أسبوع"; what
  // Ukraine retook or freed is no share Russia holds.
  change: String.raw`استعادت|استعاد\p{L}*|استرجع\p{L}*|خلال\s+(?:ال)?(?:أسبوع|أسابيع|شهر|أشهر|شهور|عام|أعوام|سنة|سنوات|أيام|يوم|يومين|ساعات|صيف|شتاء|ربيع|خريف)\p{L}*|منذ\s+(?:بداية|مطلع|أوائل|مستهل)|في\s+غضون|(?:حرر\p{L}*|تحرير)\s+${AR_UKRAINE}|${AR_UKRAINE}\s+(?:\p{L}+\s+){0,2}?(?:حرر\p{L}*|استعاد\p{L}*)|إضافي\p{L}*`,
  size: String.raw`تشكل\s+\d|(?:تشكل|تمثل|يشكل|يمثل)\s|مساحتها|تبلغ\s+مساحة`,
  distractor: String.raw`(?:ال)?سكان\p{L}*|قتلى|جرحى|جنود|(?:ال)?نازح\p{L}*|(?:ال)?لاجئ\p{L}*|(?:ال)?ضحايا|(?:ال)?أسرى|(?:ال)?ناتج\s+المحلي|(?:ال)?اقتصاد\p{L}*|(?:ال)?استطلاع|(?:ال)?ناخب\p{L}*|(?:ال)?أصوات|(?:ال)?مصوت\p{L}*|(?:ال)?ألغام|(?:ال)?ملغوم\p{L}*`,
  clauseBreak: String.raw`لكن|لكنّ|بينما|في\s+حين|غير\s+أن|إلا\s+أن`,
  about: String.raw`نحو|حوالي|حوالى|قرابة|تقريبا|زهاء|ما\s+يناهز`,
  nearly: String.raw`ما\s+يقرب\s+من|ما\s+يقارب|تقريبًا|تقريباً|يكاد`,
  moreThan: String.raw`أكثر\s+من|ما\s+يزيد\s+(?:عن|على)|يزيد\s+(?:عن|على)|ما\s+يربو\s+على|أزيد\s+من|على\s+الأقل`,
  lessThan: String.raw`أقل\s+من|ما\s+دون`,
  // "75 بالمئة", "72 في المئة", "80 بالمائة".
  percent: String.raw`(?:${COMMON_PERCENT}|\s?(?:بالمئة|بالمائة|بالمية|في\s+المئة|في\s+المائة|في\s+المية))`,
  rangeJoin: String.raw`-|–|—|−|إلى|و`,
  between: String.raw`بين|من`,
  thousand: String.raw`ألف|آلاف`,
  // With or without the article; "خمس" is a fifth only before what it is a fifth of (else it
  // is "five").
  fractions: [
    [String.raw`(?:ال)?ثلث(?:ي|ا)`, 2, 3],
    [String.raw`ثلاثة\s+أرباع`, 3, 4],
    [String.raw`أربعة\s+أخماس`, 4, 5],
    [
      String.raw`(?:ال)?خُ?مس(?=\s+(?:أراضي|الأراضي|مساحة|إجمالي|منطقة|مقاطعة|إقليم|أوكرانيا|البلاد))`,
      1,
      5,
    ],
    [String.raw`(?:ال)?نصف`, 1, 2],
    [String.raw`(?:ال)?ثلث`, 1, 3],
    [String.raw`(?:ال)?ربع`, 1, 4],
  ],
  numbers: [],
  all: String.raw`بأكملها|بأكمله|بالكامل|كامل|كاملة|كل\s+أراضي`,
  almostAll: String.raw`(?:بالكامل|كليا)\s+تقريب(?:ا|اً)|تقريب(?:ا|اً)\s+بالكامل|معظم|كل\s+تقريبا|شبه\s+(?:كامل|كاملة|الكامل)|بشكل\s+شبه\s+كامل|تقريبا\s+كل`,
  most: String.raw`معظم|غالبية|أغلب|الجزء\s+الأكبر`,
  vague: String.raw`(?:و)?(?:أجزاء|جزءًا|جزءا|جزء)|(?:و)?أراضٍ?(?=\s+في\s)`,
  partly: String.raw`جزئيا|جزئيًا|جزئياً`,
  // "دونيستك": a transposed spelling of Donetsk seen in print.
};
