import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Forms of the dev texts added in session 8 (tests/extract-set/dev, texts 70–73): each row is
// a made-up sentence in the form seen, and what the extractor must give for it.
const FORMS: [string, string, string, Row[]][] = [
  // Lists and phrases.
  [
    'pl',
    'a region after a figure and a dash',
    'Rosja kontroluje 1 proc. - sumskiego, 4,7 proc. - charkowskiego.',
    [
      ['UA-59', 1, 1],
      ['UA-63', 4.7, 4.7],
    ],
  ],
  [
    'pl',
    'większość',
    'Większość obwodu chersońskiego znajduje się pod rosyjską okupacją.',
    [['UA-65', 50, 100]],
  ],
  [
    'pl',
    'co piąty',
    'Okupowany jest co piąty kilometr kwadratowy ziemi ukraińskiej.',
    [['UA', 17.5, 22.5]],
  ],
  [
    'pl',
    'jedną piątą',
    'Rosja kontroluje dziś ok. jedną piątą terytorium Ukrainy.',
    [['UA', 17.5, 22.5]],
  ],
  [
    'pl',
    'a neighbouring region',
    'Południowa część sąsiedniego obwodu zaporoskiego jest pod rosyjską okupacją.',
    [['UA-23', null, null]],
  ],
  ['uk', 'тримають', 'Росіяни тримають 67% Донецької області.', [['UA-14', 67, 67]]],
  [
    'es',
    'adjectives before the names',
    'Rusia controla una buena parte de las estratégicas regiones meridionales de Jersón y Zaporiyia.',
    [
      ['UA-23', null, null],
      ['UA-65', null, null],
    ],
  ],
  [
    'es',
    'conquistar, territorio nacional',
    'Los rusos habían conquistado ya un 20 % del territorio nacional.',
    [['UA', 20, 20]],
  ],
  [
    'ar',
    'و written onto the cue',
    'وتسيطر روسيا على 75% من أراضي مقاطعة خيرسون',
    [['UA-65', 75, 75]],
  ],
  // Context: "the territory of the region", "the two regions", a claim of "the region".
  [
    'uk',
    'the territory of the region',
    'Херсонщина — область на півдні України. Росія окупувала майже всю територію регіону.',
    [['UA-65', 90, 100]],
  ],
  [
    'uk',
    'a claim of the region',
    'Херсонщина — область на півдні України. Росія заявила про анексію області.',
    [['UA-65', 100, 100, 'claim']],
  ],
  [
    'uk',
    'the two regions',
    'Гайдай говорив про Луганську та Донецьку області. Росія контролює 80% обох областей.',
    [
      ['UA-09', 80, 80],
      ['UA-14', 80, 80],
    ],
  ],
  [
    'ar',
    'three quarters of the two regions',
    'قال المسؤول عن منطقة زابوريجيا ومنطقة خيرسون إن الكهرباء انقطعت. وتسيطر روسيا على نحو ثلاثة أرباع المنطقتين.',
    [
      ['UA-23', 72.5, 77.5],
      ['UA-65', 72.5, 77.5],
    ],
  ],
  [
    'uk',
    'a participle in brackets after the later name',
    'Область межує із Запорізькою областю, на півдні з Кримом (окупованим з 2014 року Росією).',
    [['crimea', 100, 100]],
  ],
  // Traps: gains ("another", "additional", over years, since a month), participles used as
  // adjectives, a region's size as a share of the country.
  [
    'pl',
    'trap: kolejne',
    'W zeszłym roku Rosjanie zajęli kolejne 0,6 procent obwodu dniepropietrowskiego.',
    [],
  ],
  [
    'pl',
    'trap: the later items of a gain list',
    'Rosjanie zajęli kolejne 2 proc. obwodu sumskiego, 1,5 proc. - charkowskiego i 3 proc. - donieckiego.',
    [],
  ],
  ['pl', 'trap: dodatkowo', 'Rosyjskie wojska zajęły dodatkowo 5842 kilometry kwadratowe.', []],
  [
    'pl',
    'trap: since a month',
    'Rosja zdobyła mniej niż 1 proc. terytorium Ukrainy od listopada 2022 r.',
    [],
  ],
  [
    'pl',
    'trap: a participle in an oblique case',
    'Referenda odbyły się na zajętych przez wroga terenach regionów donieckiego i ługańskiego.',
    [],
  ],
  [
    'uk',
    'trap: ще',
    'Після початку війни РФ окупувала ще приблизно третину Донецької області.',
    [],
  ],
  ['uk', 'trap: over years', 'За майже 4 роки війни вони окупували третину Донецької області.', []],
  ['ru', 'trap: ещё', 'Российские войска заняли ещё 2% Донецкой области.', []],
  ['uk', 'trap: a region’s size', 'Територія 28 461 км² (4,71 % від території України).', []],
];

describe('extract: forms from the dev set grown in session 8', () => {
  it.each(FORMS)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
