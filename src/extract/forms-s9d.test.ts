import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Session 9d: rules for the constructions the fresh uk / ar / fr texts missed, each stated for
// the construction in every language where it exists. Sentences made up for each construction,
// with traps; quotes and wordings are checked at their offsets by `read`.
const RULES: [string, string, string, Row[]][] = [
  // ——— A demand as a clause: "demands that the troops leave …" ———
  [
    'uk',
    'вимагає, щоб війська залишили',
    'Пушилін вимагає, щоб українські війська залишили підконтрольну уряду територію Донецької області.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'uk',
    'хоче, щоб війська вийшли з',
    'Кремль хоче, щоб ЗСУ вийшли з Донеччини.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'ru',
    'требует, чтобы войска покинули',
    'Москва требует, чтобы украинские войска покинули всю территорию Донецкой области.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'ru',
    'хочет, чтобы ВСУ вышли из',
    'Кремль хочет, чтобы ВСУ вышли из Донбасса.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'fr',
    'exige que l’armée quitte',
    'Moscou exige que l’armée ukrainienne quitte la région de Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'fr',
    'veut que les forces se retirent',
    'Poutine veut que les forces ukrainiennes se retirent du Donbass.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'ar',
    'بشرط تنازل … عن السيطرة على',
    'عرض بوتين وقف الحرب بشرط تنازل أوكرانيا عن السيطرة على منطقة دونباس.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'ar',
    'بشرط انسحاب',
    'وافقت موسكو على الهدنة بشرط انسحاب القوات الأوكرانية من مقاطعة دونيتسك.',
    [['UA-14', 100, 100, 'demand']],
  ],
  // Traps: people who leave; a refusal to cede is no demand.
  ['fr', 'trap: les civils quittent', 'Les civils quittent la région de Kherson.', []],
  [
    'uk',
    'trap: щоб люди залишили домівки',
    'Влада закликає, щоб люди залишили прифронтові громади Харківщини.',
    [],
  ],
  // ——— A demand before the figure, a relative clause with a cue after the region ———
  [
    'fr',
    'céderait la totalité de …, que la Russie n’a pas conquis',
    'L’Ukraine céderait la totalité de l’oblast de Donetsk, même des territoires que la Russie n’a pas conquis.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'ru',
    'уступить всю …, которую Россия не захватила',
    'Украина должна уступить всю Донецкую область, которую Россия так и не захватила.',
    [['UA-14', 100, 100, 'demand']],
  ],
  // A control cue after the region, with no relative pronoun, stays the figure's.
  [
    'fr',
    'figure, region, control after',
    'La Russie contrôle 80 % de l’oblast de Donetsk, qu’elle a annexé.',
    [['UA-14', 80, 80]],
  ],
  // ——— A part word between the name and its claim after it ———
  [
    'fr',
    'dont une partie est annexée',
    'Le Donbass, dont une partie est déjà annexée à la Russie, reste au cœur de la guerre.',
    [['donbas', null, null, 'claim']],
  ],
  [
    'uk',
    'частину якого анексувала',
    'Донбас, частину якого Росія анексувала у 2022 році, лишається під обстрілами.',
    [['donbas', null, null, 'claim']],
  ],
  [
    'ru',
    'часть которого аннексировала',
    'Донбасс, часть которого Россия аннексировала в 2022 году, обстреливается.',
    [['donbas', null, null, 'claim']],
  ],
  [
    'de',
    'von dem ein Teil annektiert',
    'Der Donbass, von dem ein Teil 2022 von Russland annektiert wurde, wird beschossen.',
    [['donbas', null, null, 'claim']],
  ],
  // The whole region claimed after it stays whole.
  [
    'fr',
    'region, then annexée (whole)',
    'La Crimée, annexée par la Russie en 2014, reste sous occupation.',
    [['crimea', 100, 100, 'claim']],
  ],
  // ——— "Almost all" in a relative clause of the region ———
  [
    'fr',
    'qui est presque entièrement sous contrôle',
    'Avec l’oblast de Louhansk qui est presque entièrement sous contrôle de l’armée russe, Moscou avance.',
    [['UA-09', 90, 100]],
  ],
  [
    'uk',
    ', яка майже повністю окупована',
    'Луганська область, яка майже повністю окупована, залишається під обстрілами.',
    [['UA-09', 90, 100]],
  ],
  [
    'uk',
    ', яку росіяни майже повністю окупували',
    'Луганщина, яку росіяни майже повністю окупували, під обстрілами.',
    [['UA-09', 90, 100]],
  ],
  [
    'ru',
    ', которая почти полностью оккупирована',
    'Луганская область, которая почти полностью оккупирована, обстреливается.',
    [['UA-09', 90, 100]],
  ],
  [
    'de',
    ', die fast vollständig unter Kontrolle steht',
    'Die Region Luhansk, die fast vollständig unter russischer Kontrolle steht, wird beschossen.',
    [['UA-09', 90, 100]],
  ],
  [
    'ar',
    'التي تسيطر عليها روسيا بالكامل',
    'مقاطعة لوغانسك التي تسيطر عليها روسيا بالكامل تتعرض للقصف.',
    [['UA-09', 100, 100]],
  ],
  // Trap: wholly something else in the relative clause.
  ['uk', 'trap: яка повністю готова', 'Луганська область, яка повністю готова до зими, чекає.', []],
  // ——— A spelling seen in print ———
  [
    'ar',
    'دونيستك',
    'أعلن بوتين ضم أربع مناطق أوكرانية وهي لوغانسك ودونيستك وخيرسون وزاباروجيا.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
];

describe('extract: rules of session 9d (constructions of the fresh uk / ar / fr texts)', () => {
  it.each(RULES)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
