import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';
import { splitSentences } from './sentences.ts';

// Forms of the dev texts added in session 7 (tests/extract-set/dev, texts 40–57): each row is
// a made-up sentence in the form seen, and what the extractor must give for it.
const FORMS: [string, string, string, Row[]][] = [
  // Ukraine as the holder, in the forms these texts use: the complement.
  [
    'de',
    'holder',
    'Das von den ukrainischen Streitkräften kontrollierte Gebiet in der Region Saporischschja ist auf 20 Prozent geschrumpft.',
    [['UA-23', 80, 80]],
  ],
  [
    'de',
    'holder after the verb',
    'Im Herbst kontrollierten die ukrainischen Streitkräfte 25 Prozent der Region Saporischschja.',
    [['UA-23', 75, 75]],
  ],
  [
    'pl',
    'holder',
    'Pozostałe 45 procent terytorium obwodu donieckiego jest kontrolowane przez Siły Zbrojne Ukrainy.',
    [['UA-14', 55, 55]],
  ],
  [
    'ru',
    'holder in a relative clause',
    'Общая площадь территории Луганской области, которая находится под контролем Украины, составляет 20 тыс. 532 кв. км.',
    [['UA-09', 23.06, 23.06]],
  ],
  // The region before the figure, across "sei zu", in brackets, with a verb between.
  ['de', 'sei zu', 'Der Bezirk Luhansk sei zu 90 Prozent unter Kontrolle.', [['UA-09', 90, 90]]],
  [
    'de',
    'mehr als der Hälfte',
    'Der Bezirk Donezk werde zu mehr als der Hälfte von prorussischen Kräften kontrolliert.',
    [['UA-14', 50, 100]],
  ],
  [
    'de',
    'des Bezirks',
    'Mehr als 90 Prozent des Bezirks Luhansk seien befreit worden.',
    [['UA-09', 90, 100]],
  ],
  ['uk', 'brackets', 'З 2014 року було окуповано 30% (Луганської області).', [['UA-09', 30, 30]]],
  [
    'es',
    'words after the verb',
    'La región de Jersón, conocida por su agricultura, había sido ocupada casi en su totalidad.',
    [['UA-65', 90, 100]],
  ],
  // Words for holding.
  [
    'de',
    'halte',
    'Russland betont, dass Moskau immer noch ein Fünftel des Landes halte.',
    [['UA', 17.5, 22.5]],
  ],
  [
    'de',
    'im Besitz',
    'Vor Beginn der Offensive ist ein Drittel der Region Luhansk im Besitz der Separatisten.',
    [['UA-09', 30.83, 35.83]],
  ],
  ['es', 'domina', 'Rusia solo domina un 60% de Donetsk.', [['UA-14', 60, 60]]],
  [
    'es',
    'presentes en',
    'Los soldados rusos están presentes en el 74% de Zaporiyia.',
    [['UA-23', 74, 74]],
  ],
  [
    'es',
    'Sumi',
    'Moscú solo está presente en el 5% de Járkov y en el 1% de Sumi.',
    [
      ['UA-63', 5, 5],
      ['UA-59', 1, 1],
    ],
  ],
  [
    'uk',
    'дві треті',
    'Станом на 21 квітня дві треті Запорізької області окуповані.',
    [['UA-23', 64.17, 69.17]],
  ],
  ['pl', 'jej terytorium', 'Rosja okupuje 20 procent jej terytorium.', [['UA', 20, 20]]],
  [
    'pl',
    'terytorium państwa',
    'Zajęła 43 tysiące kilometrów kwadratowych, co stanowi 7 procent całego terytorium państwa.',
    [['UA', 7, 7]],
  ],
  // Inclusions and claims.
  ['pl', 'obejmują', 'Teraz okupowane terytoria obejmują Krym.', [['crimea', 100, 100]]],
  [
    'de',
    'darunter, in a claim',
    'Russland hat ein Fünftel der Ukraine zum eigenen Staatsgebiet erklärt, darunter die Halbinsel Krim.',
    [
      ['UA', 17.5, 22.5, 'claim'],
      ['crimea', 100, 100, 'claim'],
    ],
  ],
  [
    'pl',
    'część Federacji Rosyjskiej',
    'Propaganda przedstawia obwody doniecki i ługański jako trwałą część Federacji Rosyjskiej.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
  [
    'fr',
    'Fédération de Russie',
    'Moscou présente Donetsk comme partie de la Fédération de Russie.',
    [['UA-14', 100, 100, 'claim']],
  ],
  [
    'es',
    'the group a relative clause describes',
    'Donetsk, Lugansk, Jersón y Zaporiyia son las cuatro regiones que ahora son territorio ruso.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'it',
    'Lukansk',
    'Le repubbliche di Donetsk e Lukansk sono state annesse dalla Russia.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
  [
    'it',
    'a claim in an aside is not the figure’s',
    'Insieme alla Crimea, annessa a Mosca nel 2014, costituiscono quasi un quinto dell’Ucraina.',
    [['crimea', 100, 100, 'claim']],
  ],
  [
    'de',
    'the four, with an adjective',
    'Russland hat die vier ukrainischen Regionen bereits völkerrechtswidrig annektiert.',
    [['annexed-four', 100, 100, 'claim']],
  ],
  [
    'de',
    'one share of the four together',
    'Ende September befanden sich 77,7 % des Territoriums der Gebiete Donezk, Saporoschje, Lugansk und Cherson unter der Kontrolle der Russischen Föderation.',
    [['annexed-four', 77.7, 77.7]],
  ],
  [
    'de',
    'an area held, after "eine Fläche von"',
    'Am Donnerstag kontrollierte Russland bereits eine Fläche von rund 130.000 Quadratkilometern.',
    [['UA', 19.04, 24.04]],
  ],
  // Traps.
  [
    'de',
    'trap: an attributive participle',
    'Der Gouverneur der von Russland besetzten südukrainischen Region Cherson sprach von Fortschritten.',
    [],
  ],
  [
    'de',
    'trap: an attributive participle with a year',
    'Zwischen Donezk und der von Russland seit 2014 annektierten Krim liegen die Regionen Saporischschja und Cherson.',
    [],
  ],
  [
    'de',
    'trap: a negated verb',
    'Moskau soll die Teile von Donezk bekommen, die es bislang nicht erobern konnte.',
    [],
  ],
  [
    'de',
    'trap: the region’s own area',
    'Die Region Luhansk mit 26.684 Quadratkilometern wird von Russland kontrolliert.',
    [],
  ],
  [
    'de',
    'trap: parts of Ukraine, no figure',
    'Russland hat im Krieg bereits große Teile der Ukraine besetzt.',
    [],
  ],
  [
    'de',
    'trap: villages in the region',
    'In der Region Saporischschja hat die Armee die beiden Ortschaften eingenommen.',
    [],
  ],
  [
    'ru',
    'trap: a gain over days',
    'За последние 30 дней российские войска оккупировали 0,5% территории Украины.',
    [],
  ],
  ['ru', 'trap: more than half of Ukraine', 'Украинская армия освободила 603 тыс. кв. км.', []],
  [
    'uk',
    'trap: a territory a clause defines',
    'Це майже 30% території, де відбуваються бойові дії.',
    [],
  ],
  [
    'uk',
    'trap: a gain over days',
    'За останні 1010 днів ворог окупував менше 1 відсотка території України.',
    [],
  ],
  [
    'uk',
    'trap: an aim',
    'Росія спробує провести референдум, щоби приєднати до себе окуповану Луганщину.',
    [],
  ],
  [
    'pl',
    'trap: an area freed',
    'Ukraińska armia wyzwoliła ponad 6 tysięcy kilometrów kwadratowych.',
    [],
  ],
  [
    'es',
    'trap: regions’ size',
    'Las regiones anexadas suman casi el 15% del territorio de Ucrania.',
    [],
  ],
  ['it', 'trap: the economy', 'La regione produce almeno il 30% del Pil nazionale.', []],
];

describe('extract: forms from the dev set grown in session 7', () => {
  it.each(FORMS)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('sentences: a unit abbreviation before a capital ends the sentence', () => {
  it.each([
    ['составляет 20 тыс. 532 кв. км. Так называемая «ЛНР» контролирует треть.', 2],
    ['Rosjanie zajęli 70 proc. Pozostałe tereny kontroluje Ukraina.', 2],
    ['Zajęli ok. 70 proc. obwodu chersońskiego.', 1],
    ['Близько 20 тис. кв. км окуповано.', 1],
  ])('%s → %i sentences', (text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });
});
