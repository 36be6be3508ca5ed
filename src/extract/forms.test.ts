import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';
import { splitSentences } from './sentences.ts';

// Forms added while growing the dev set (tests/extract-set/dev, texts 20–24): each row is a
// made-up sentence in the form seen, and what the extractor must give for it.
const FORMS: [string, string, string, Row[]][] = [
  // Ukrainian forces as the holder: the complement.
  [
    'ru',
    'holder',
    'Украинские боевики контролируют не более 2% территории ЛНР.',
    [['UA-09', 98, 100]],
  ],
  [
    'ru',
    'holder',
    'Украинские войска удерживают около 20% Донецкой области.',
    [['UA-14', 77.5, 82.5]],
  ],
  ['uk', 'holder', 'Українські бойовики контролюють 10% Луганщини.', [['UA-09', 90, 90]]],
  [
    'pl',
    'holder',
    'Pod kontrolą sił ukraińskich pozostaje 30 proc. obwodu donieckiego.',
    [['UA-14', 70, 70]],
  ],
  [
    'it',
    'holder',
    'Solo il 45% della regione di Donetsk è sotto il controllo delle forze ucraine.',
    [['UA-14', 55, 55]],
  ],
  [
    'es',
    'holder',
    'El 30% de la región de Donetsk está bajo el control de las fuerzas ucranianas.',
    [['UA-14', 70, 70]],
  ],
  [
    'de',
    'holder',
    '20 Prozent des Gebiets Donezk stehen unter Kontrolle Kiews.',
    [['UA-14', 80, 80]],
  ],
  // A cue right after a figure governs it, whatever an earlier clause said.
  [
    'it',
    'tight cue',
    'Solo il 45% della regione di Donetsk è sotto il controllo delle forze ucraine, lasciando il 55% sotto il controllo russo.',
    [['UA-14', 55, 55]],
  ],
  // Aims: "about to", "aiming to".
  ['fr', 'aim', "La Russie est sur le point de s'emparer de la totalité de Louhansk.", []],
  ['fr', 'aim', "L'offensive russe visant à capturer toute la région de Louhansk.", []],
  ['it', 'aim', "La Russia sta per conquistare l'intera regione di Luhansk.", []],
  ['es', 'aim', 'Rusia está a punto de capturar toda la región de Lugansk.', []],
  // A figure heading, a blank line, then the rest of its phrase.
  [
    'de',
    'heading',
    '20 Prozent\n\ndes ukrainischen Territoriums haben Putins Soldaten schon erobert.',
    [['UA', 20, 20]],
  ],
  // Included in what is held: all of it.
  [
    'de',
    'included',
    'Einschliesslich der Krim hält Russland derzeit etwa ein Fünftel der ukrainischen Landesfläche besetzt.',
    [
      ['crimea', 100, 100],
      ['UA', 17.5, 22.5],
    ],
  ],
  [
    'de',
    'included',
    'Russische Truppen kontrollieren etwa ein Fünftel seines Landes, einschließlich der annektierten Halbinsel Krim.',
    [
      ['UA', 17.5, 22.5],
      ['crimea', 100, 100],
    ],
  ],
  [
    'es',
    'included',
    'El territorio en manos de las fuerzas rusas incluye la anexada península de Crimea.',
    [['crimea', 100, 100]],
  ],
  [
    'it',
    'included',
    "Mosca controlla circa il 18% del territorio dell'Ucraina (Crimea inclusa).",
    [
      ['UA', 17.5, 18.5],
      ['crimea', 100, 100],
    ],
  ],
  // An adjective before a name is no claim, and no object of a verb.
  ['de', 'adjective', 'Die Zahl der Besucher der annektierten Krim sank.', []],
  ['es', 'adjective', 'Llegaron turistas a la anexada península de Crimea.', []],
  ['uk', 'adjective', 'Окупанти пішли у наступ з анексованого Криму через Перекоп.', []],
  [
    'de',
    'adjective',
    'Die Truppen kontrollieren bedeutende Teile der beanspruchten Regionen Cherson, Donezk und Luhansk nicht.',
    [],
  ],
  // Names and forms.
  [
    'de',
    'names',
    'Russland beansprucht die Regionen Donezk, Luhansk, Saporischja und Cherson für sich.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'de',
    'names',
    'Russland betrachtet die Krim als russisches Staatsgebiet.',
    [['crimea', 100, 100, 'claim']],
  ],
  [
    'es',
    'names',
    'Los rusos ocupan, junto a los separatistas, un tercio de la cuenca minera del Donbass.',
    [['donbas', 30.83, 35.83]],
  ],
  [
    'de',
    'after the name',
    'In der Region Luhansk, derzeit fast vollständig unter russischer Kontrolle, wird gekämpft.',
    [['UA-09', 90, 100]],
  ],
  [
    'ru',
    'part',
    'Левобережье Херсонщины все еще находится под контролем российских войск.',
    [['UA-65', null, null]],
  ],
  [
    'es',
    'restated area',
    '"Alrededor del 20% de nuestro territorio está controlado por los ocupantes, es decir, cerca de 125.000 kilómetros cuadrados", declaró.',
    [['UA', 17.5, 22.5]],
  ],
  [
    'es',
    'country-sized area',
    'El Donbass está en guerra.\n\nAntes de la guerra, las fuerzas rusas controlaban unos 43.000 kilómetros cuadrados.',
    [['UA', 4.62, 9.62]],
  ],
  [
    'es',
    'names',
    'La quinta parte del territorio ucraniano está bajo dominio ruso.',
    [['UA', 17.5, 22.5]],
  ],
  // Gains over a period are no share.
  [
    'de',
    'gain',
    'Seit Jahresbeginn eroberte Russland rund 4.000 Quadratkilometer in der Ukraine.',
    [],
  ],
  // English.
  [
    'en',
    'this oblast',
    'Donetsk is an oblast of Ukraine. Ukraine still controls about a quarter of this oblast.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'en',
    'aside',
    '11% of the Donbas region (which is 22% of the oblast of Donetsk) remains under Ukrainian control.',
    [
      ['donbas', 89, 89],
      ['UA-14', 78, 78],
    ],
  ],
  [
    'en',
    'this includes',
    'The territory Russian troops have captured is colored pink. This includes essentially all of Luhansk; and 78% of Donetsk.',
    [
      ['UA-09', 90, 100],
      ['UA-14', 78, 78],
    ],
  ],
  [
    'en',
    'demand',
    'Putin has continued to demand that Ukraine leave the last chunk of Donbas.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'en',
    'including',
    'Russia occupies around 18% of Ukrainian territory, including the Crimean peninsula it seized in 2014.',
    [
      ['UA', 17.5, 18.5],
      ['crimea', 100, 100],
    ],
  ],
  [
    'en',
    'not including',
    "Putin's demands include Ukraine relinquishing control of the Donetsk region.",
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'en',
    'which annexed',
    'The occupied area also includes the Crimean region, which Russian forces invaded and annexed in 2014.',
    [
      ['crimea', 100, 100],
      ['crimea', 100, 100, 'claim'],
    ],
  ],
  [
    'en',
    'passive',
    'The Kherson region has been under control of the Russian forces since the early days.',
    [['UA-65', 100, 100]],
  ],
  [
    'en',
    'country-sized area',
    'The Donbas is at war. In 2014, separatists controlled 43,000 square kilometres in all.',
    [['UA', 7.12, 7.12]],
  ],
  [
    'en',
    'restated area',
    'He said "20 percent of our territory is under the control of the occupiers," or around 125,000 square kilometers.',
    [['UA', 20, 20]],
  ],
  [
    'ru',
    'after the name',
    'Запорожская область находится под частичным контролем России.',
    [['UA-23', null, null]],
  ],
  [
    'ru',
    'claim',
    'Большая часть Запорожской области была объявлена российской территорией.',
    [['UA-23', 50, 100, 'claim']],
  ],
  [
    'en',
    'liberated',
    'In September, Ukrainian forces liberated most of that province, Kharkiv.',
    [],
  ],
  ['en', 'no holder', 'This includes a new bridge and 40% of the budget.', []],
];

describe('extract: forms from the grown dev set', () => {
  it.each(FORMS)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('sentences: a figure standing as a heading', () => {
  it.each([
    ['20 Prozent\n\ndes ukrainischen Territoriums sind besetzt.', 1],
    ['72 %\n\nde la région sont occupés.', 1],
    ['20 Prozent\n\nDas ist viel.', 2],
    ['Zwanzig Prozent hier\n\nund dort.', 2],
  ] as const)('%j → %i sentence(s)', (text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });
});
