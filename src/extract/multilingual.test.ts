import { describe, expect, it } from 'vitest';
import { extract, resolveLanguage, type Candidate } from './extract.ts';
import { noteText } from './notes.ts';
import { detectLanguage, numberSeparators, normaliseLanguage } from './languages.ts';
import { splitParagraphs } from './spans.ts';

type Row = [string, number | null, number | null, string?];

/** What the extractor gives, as [region, low, high, kind] (kind only when not control). */
function read(text: string, language: string): Row[] {
  return extract(text, { language }).map((c) =>
    c.kind === 'control' ? [c.region, c.low, c.high] : [c.region, c.low, c.high, c.kind],
  );
}

/** Every quote and wording is the exact substring at its offsets, in the original language. */
function expectExactQuotes(text: string, candidates: Candidate[]): void {
  for (const c of candidates) {
    expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(text.slice(c.wordingStart, c.wordingEnd)).toBe(c.wording);
    expect(c.quote).toContain(c.wording);
  }
}

const CASES: Record<string, [string, Row[]][]> = {
  uk: [
    ['Росія контролює близько 80% Донецької області.', [['UA-14', 77.5, 82.5]]],
    ['Росія зараз загалом контролює десь 67-69% Донецької області.', [['UA-14', 67, 69]]],
    [
      'Понад 70% Запорізької області зараз перебуває під російською окупацією.',
      [['UA-23', 70, 80]],
    ],
    [
      'Під контролем України лишається близько 25% території Донецької області.',
      [['UA-14', 72.5, 77.5]],
    ],
    ['ЗСУ контролюють 30% Херсонщини.', [['UA-65', 70, 70]]],
    ['Окупанти утримують 19,25% території України.', [['UA', 19.25, 19.25]]],
    ['Крим без змін на 100% окупований.', [['crimea', 100, 100]]],
    ['Росія окупувала 109 тис. км кв. території України.', [['UA', 18.06, 18.06]]],
    [
      'Статистика окупації по областях.\nЛуганська – 99.6% (+0.6)\nЗапорізька – 74.8% (+2.1)',
      [
        ['UA-09', 99.6, 99.6],
        ['UA-23', 74.8, 74.8],
      ],
    ],
    ['За минулий рік ворог окупував 10,6% площі Донецької області.', []],
    ['Українська армія знищила близько 90% російських військових на Донеччині.', []],
    ['Кожна третина мешканців Луганщини виїхала, близько 60% людей.', []],
    ['Донецька область.\n\nРосія окупує майже 80% області.', [['UA-14', 75, 80]]],
    ['Окупанти захопили Луганщину повністю.', [['UA-09', 100, 100]]],
    ['У 2014 році Росія анексувала Крим.', [['crimea', 100, 100, 'claim']]],
    ['Росія не контролює 90% Донецької області.', []],
  ],
  ru: [
    ['Россия контролирует около 60% Запорожской области.', [['UA-23', 57.5, 62.5]]],
    [
      'Российские войска контролируют около 90% территории Луганской области.',
      [['UA-09', 87.5, 92.5]],
    ],
    [
      'ВСУ контролируют более 40 процентов территории Донецкой народной республики.',
      [['UA-14', 50, 60]],
    ],
    ['Под контролем ВСУ остается не более 17% территории ДНР.', [['UA-14', 83, 93]]],
    ['Под контролем Киева находится около 15−17% территории ДНР.', [['UA-14', 83, 85]]],
    [
      'Запорожская область контролируется Россией на 67%, Донецкая – на 57%.',
      [
        ['UA-23', 67, 67],
        ['UA-14', 57, 57],
      ],
    ],
    [
      'Российские войска почти полностью контролируют Луганскую и Херсонскую области – 99% и 88% соответственно.',
      [
        ['UA-09', 99, 99],
        ['UA-65', 88, 88],
      ],
    ],
    ['Около 31% территории Харьковской области оккупировано.', [['UA-63', 30.5, 31.5]]],
    ['Россия аннексировала Крым в 2014 году.', [['crimea', 100, 100, 'claim']]],
    ['С апреля оккупанты смогли продвинуться примерно на 10% территории Луганской области.', []],
    ['Около 70% жителей Херсонской области уехали.', []],
    ['Российская армия контролирует 75% Херсонщины.', [['UA-65', 75, 75]]],
    ['Луганская область.\n\nРоссийские войска удерживают почти всю область.', [['UA-09', 90, 100]]],
    ['Россия полностью контролирует Луганскую область.', [['UA-09', 100, 100]]],
    ['Если Россия захватит 90% Донецкой области, война продолжится.', []],
    ['Россия оккупирует около 19,25 % территории Украины.', [['UA', 19.245, 19.255]]],
  ],
  pl: [
    [
      'Siły rosyjskie kontrolują obecnie ok. 70 procent powierzchni obwodu chersońskiego.',
      [['UA-65', 67.5, 72.5]],
    ],
    ['Rosja kontroluje ponad 70 proc. obwodu zaporoskiego.', [['UA-23', 70, 80]]],
    ['Rosjanie zajmują 78,1 proc. obwodu donieckiego.', [['UA-14', 78.1, 78.1]]],
    [
      'W obwodzie chersońskim rosyjskie wojska kontrolują 72 proc. powierzchni tego regionu.',
      [['UA-65', 72, 72]],
    ],
    [
      'Rosjanie zajmują obecnie 0,6 proc. obwodu dniepropietrowskiego, 1 proc. obwodu sumskiego, 4,7 proc. – charkowskiego.',
      [
        ['UA-12', 0.6, 0.6],
        ['UA-59', 1, 1],
        ['UA-63', 4.7, 4.7],
      ],
    ],
    ['Krym w całości pozostaje pod kontrolą Rosji.', [['crimea', 100, 100]]],
    ['Ogółem Rosjanie okupują 116 165 km kwadratowych terytorium Ukrainy.', [['UA', 19.24, 19.24]]],
    ['Pod okupacją znajduje się prawie cały obwód ługański.', [['UA-09', 90, 100]]],
    ['Siły rosyjskie kontrolują od 2 do 4 procent obwodu charkowskiego.', [['UA-63', 2, 4]]],
    ['Okupowane terytoria zwiększyły się o 7463 km kw. lub o 1,23 proc.', []],
    ['Około 40 proc. mieszkańców obwodu ługańskiego wyjechało.', []],
    ['Ukraina kontroluje 30 proc. obwodu chersońskiego.', [['UA-65', 70, 70]]],
    ['Rosja okupuje 19,24 proc. terytorium Ukrainy.', [['UA', 19.24, 19.24]]],
    ['Obwód doniecki.\n\nRosjanie kontrolują około 80 proc. obwodu.', [['UA-14', 77.5, 82.5]]],
    ['Rosja anektowała Krym w 2014 r.', [['crimea', 100, 100, 'claim']]],
    ['Rosja nie kontroluje 90 proc. obwodu donieckiego.', []],
  ],
  fr: [
    ["94 % de l'oblast de Louhansk est contrôlé par la Russie.", [['UA-09', 94, 94]]],
    ['Les troupes russes contrôlent environ 70% de Lougansk.', [['UA-09', 67.5, 72.5]]],
    ['Moscou contrôle 72% de la superficie de la région de Zaporijia.', [['UA-23', 72, 72]]],
    [
      'Les forces russes contrôleraient entre 83 % et 85 % de la région de Donetsk.',
      [['UA-14', 83, 85]],
    ],
    [
      "L'armée ukrainienne contrôlait encore entre 15 % et 17 % de la région de Donetsk.",
      [['UA-14', 83, 85]],
    ],
    ['Moscou contrôle plus de 90 % du Donbass.', [['donbas', 90, 100]]],
    ['Les Russes affirment contrôler la moitié du Donbass.', [['donbas', 47.5, 52.5]]],
    ['Moscou prétend détenir la quasi-totalité de la province de Louhansk.', [['UA-09', 90, 100]]],
    [
      'Toutefois, 99 % de la région de Lougansk est sous contrôle russe :\n- 88 % de l’oblast de Kherson est tenu par Moscou,\n- 72 % de l’oblast de Zaporijia.',
      [
        ['UA-09', 99, 99],
        ['UA-65', 88, 88],
        ['UA-23', 72, 72],
      ],
    ],
    ['Les troupes russes contrôlent 20 % du territoire ukrainien.', [['UA', 20, 20]]],
    ['En y ajoutant la Crimée (4.46 % du territoire ukrainien), rien ne change.', []],
    [
      'Ces 4 oblasts, qui s’étendent chacun sur 26000 à 28500 km2, représentant 18 % de la superficie de l’Ukraine.',
      [],
    ],
    ['La Russie a annexé la Crimée en 2014.', [['crimea', 100, 100, 'claim']]],
    ['Environ 30 % des habitants de Kherson sont partis.', []],
    [
      'La région de Donetsk.\n\nLes forces russes occupent environ 60 % de la région.',
      [['UA-14', 57.5, 62.5]],
    ],
    ['La Russie ne contrôle pas 90 % de la région de Donetsk.', []],
  ],
  de: [
    [
      'Russische Einheiten kontrollierten nun 80 Prozent des Gebietes Luhansk.',
      [['UA-09', 80, 80]],
    ],
    ['Russland kontrolliert etwa 60% des Gebiets von Donezk.', [['UA-14', 57.5, 62.5]]],
    ['Kiew kontrolliert weiter 45 Prozent des Donezker Gebiets.', [['UA-14', 55, 55]]],
    [
      'Die ukrainische Armee kontrolliert weiter rund zehn Prozent des Gebiets Luhansk.',
      [['UA-09', 87.5, 92.5]],
    ],
    ['Russland hat die Region Luhansk vollständig erobert.', [['UA-09', 100, 100]]],
    ['Ganz Luhansk unter russischer Kontrolle', [['UA-09', 100, 100]]],
    ['Russland kontrolliert rund 19,25 Prozent der Ukraine.', [['UA', 19.245, 19.255]]],
    ['Die russischen Soldaten haben 97 Prozent der Region Luhansk „befreit“.', [['UA-09', 97, 97]]],
    [
      'Putin beansprucht die ukrainischen Gebiete Luhansk, Donezk, Saporischschja und Cherson als russisches Territorium.',
      [
        ['UA-09', 100, 100, 'claim'],
        ['UA-14', 100, 100, 'claim'],
        ['UA-23', 100, 100, 'claim'],
        ['UA-65', 100, 100, 'claim'],
      ],
    ],
    [
      'Seit der Annexion der Krim im Jahr 2014 ist viel geschehen.',
      [['crimea', 100, 100, 'claim']],
    ],
    ['Fast drei Viertel aller Menschen haben die Region Donezk verlassen.', []],
    [
      'Im vergangenen Jahr besetzten die russischen Streitkräfte rund 3.600 Quadratkilometer ukrainischen Bodens.',
      [],
    ],
    [
      'Bei russischen Angriffen wurden in der Region Donezk 3 Zivilisten getötet und 13 weitere verletzt.',
      [],
    ],
    ['Die Gesamtfläche der Region Donezk beträgt 26517 Quadratkilometer.', []],
    [
      'Das Gebiet Luhansk.\n\nRussland kontrolliert inzwischen rund 90 Prozent des Gebiets.',
      [['UA-09', 87.5, 92.5]],
    ],
    ['Russland kontrolliert nicht 90 Prozent des Gebiets Donezk.', []],
  ],
  it: [
    [
      'La Russia controlla circa il 75 per cento della regione di Donetsk.',
      [['UA-14', 72.5, 77.5]],
    ],
    ['Le forze russe controllano più del 60% della regione di Donetsk.', [['UA-14', 60, 70]]],
    ['Le forze russe controllano circa il 20% del territorio ucraino.', [['UA', 17.5, 22.5]]],
    ['La regione di Luhansk sarebbe ora al 100% in mano russa.', [['UA-09', 100, 100]]],
    [
      "La Russia ha consolidato il suo controllo sull'intera regione di Lugansk.",
      [['UA-09', 100, 100]],
    ],
    ['Luhansk è interamente sotto il controllo russo.', [['UA-09', 100, 100]]],
    ['La Russia ha annesso la Crimea nel 2014.', [['crimea', 100, 100, 'claim']]],
    [
      "Il capo della Repubblica Popolare di Donetsk ha affermato che\nle forze russe controllano più del 60% della regione\ndell'Ucraina orientale.",
      [['UA-14', 60, 70]],
    ],
    ['Gran parte della regione di Donetsk è detenuta da forze russe.', [['UA-14', null, null]]],
    ["La Russia è probabile che acquisisca il controllo dell'intera regione del Luhansk.", []],
    ['Lugansk, che ha una superficie di 26.700 km quadrati, è stata conquistata.', []],
    ['Circa il 30% degli abitanti di Kherson è rimasto.', []],
    ["Nell'ultimo anno la Russia ha occupato il 2% della regione di Zaporizhzhia.", []],
    [
      'Regione di Kherson.\n\nLe forze russe controllano circa il 70% del territorio.',
      [['UA-65', 67.5, 72.5]],
    ],
    ['Mosca controllava già il 7 per cento del territorio ucraino.', [['UA', 7, 7]]],
    ['La Russia non controlla il 90% della regione di Donetsk.', []],
  ],
  es: [
    [
      'Rusia controla por ciento 72% de la superficie de la región de Zaporiyia.',
      [['UA-23', 72, 72]],
    ],
    [
      'Las tropas rusas controlan más del 99% de Lugansk y el 79% de Donetsk.',
      [
        ['UA-09', 99, 100],
        ['UA-14', 79, 79],
      ],
    ],
    ['Rusia ya ocupa el 20 % del territorio de Ucrania.', [['UA', 20, 20]]],
    [
      'Las fuerzas rusas controlan el 95% de Lugansk y más de la mitad de Donetsk.',
      [
        ['UA-09', 95, 95],
        ['UA-14', 50, 100],
      ],
    ],
    [
      '"De 55% a 60%" del territorio de la región de Donetsk estaba bajo control ruso.',
      [['UA-14', 55, 60]],
    ],
    ['Las fuerzas de Moscú controlan casi toda la provincia de Luhansk.', [['UA-09', 90, 100]]],
    ['Las fuerzas rusas tomaron control de toda la región de Jersón.', [['UA-65', 100, 100]]],
    [
      'Dos tercios de la región de Zaporiyia están bajo el control del Ejército ruso.',
      [['UA-23', 64.17, 69.17]],
    ],
    [
      'Más de 90% del territorio de la República Popular de Lugansk ha sido liberado.',
      [['UA-09', 90, 100]],
    ],
    [
      'Las otras dos regiones de Donetsk y Lugansk serán anexadas en su totalidad.',
      [
        ['UA-09', 100, 100, 'claim'],
        ['UA-14', 100, 100, 'claim'],
      ],
    ],
    ['Donetsk y Lugansk representan el 15% del total del territorio ucraniano.', []],
    ['Kadyrov aseguró que entre 90% y 95% de Mariúpol está bajo control ruso.', []],
    ['Unas 242,700 personas siguen viviendo en la zona de Donetsk bajo control ucraniano.', []],
    [
      'La región de Jersón.\n\nRusia ocupa alrededor del 70% de la región.',
      [['UA-65', 67.5, 72.5]],
    ],
    ['Ucrania controla el 30% de la región de Jersón.', [['UA-65', 70, 70]]],
    ['Rusia no controla el 90% de Donetsk.', []],
  ],
};

describe('extract: other languages, table-driven', () => {
  for (const [language, cases] of Object.entries(CASES)) {
    describe(language, () => {
      it.each(cases)('%s', (text, expected) => {
        const got = read(text, language);
        expect(got).toEqual(expected);
        expectExactQuotes(text, extract(text, { language }));
      });
    });
  }
});

describe('extract: traps beside a real figure, in each language', () => {
  it.each([
    [
      'uk',
      'Унаслідок обстрілу 12 березня 2025 року загинули 5 людей. За даними ООН, 40% населення Донеччини потребує допомоги. Росія окупує близько 70% Херсонської області, повідомив голова ОВА.',
      [['UA-65', 67.5, 72.5]],
    ],
    [
      'ru',
      'Инфляция в России выросла до 9,5%. По данным опроса, 62% россиян поддерживают переговоры. Российские войска контролируют около 99% ЛНР.',
      [['UA-09', 98.5, 99.5]],
    ],
    [
      'pl',
      'Według sondażu 55 proc. Polaków popiera pomoc dla Ukrainy. Rosja kontroluje obecnie około 18 proc. terytorium Ukrainy, w tym Krym.',
      // The poll stays out; Crimea, included in what is held, is all of it (issue 18, s6).
      [
        ['UA', 17.5, 18.5],
        ['crimea', 100, 100],
      ],
    ],
    [
      'fr',
      "Le PIB ukrainien a chuté de 29 % en 2022. Selon l'ISW, la Russie contrôle environ 18 % du territoire ukrainien, dont la Crimée.",
      [['UA', 17.5, 18.5]],
    ],
    [
      'de',
      'Die Inflation lag bei 7,9 Prozent. Russland kontrolliert rund ein Fünftel der Ukraine. Im Gebiet Donezk starben 3 Menschen.',
      [['UA', 17.5, 22.5]],
    ],
    [
      'it',
      "Il 45% degli italiani è contrario. Mosca controlla circa il 19% dell'Ucraina, Crimea compresa.",
      [
        ['UA', 18.5, 19.5],
        ['crimea', 100, 100],
      ],
    ],
    [
      'es',
      'El 30% de la población ha huido. Rusia controla cerca del 19% del territorio ucraniano desde 2014 y 2022.',
      [['UA', 18.5, 19.5]],
    ],
  ] as [string, string, Row[]][])('%s: %s', (language, text, expected) => {
    expect(read(text, language)).toEqual(expected);
    expectExactQuotes(text, extract(text, { language }));
  });
});

describe('extract: context rules', () => {
  it('reads "the region" in a later paragraph as the region the text is about, and says where it was named', () => {
    const text = 'Запорізька область.\n\nОкупанти контролюють близько 70% області.';
    const [c] = extract(text, { language: 'uk' });
    expect(c?.region).toBe('UA-23');
    expect(c?.regionFrom).toEqual({ sentence: 'Запорізька область.', start: 0, end: 19 });
    expect(c?.notes.map((n) => noteText(n)).join(' ')).toMatch(/region read from context/);
    expect(c?.quote).toBe(text.slice(c?.start, c?.end));
  });

  it('gives a list item the region its line names, and the list the lead-in’s control word', () => {
    const text = 'Окупація по областях:\n- Херсонська – 72%\n- Донецька – 78.1%';
    expect(read(text, 'uk')).toEqual([
      ['UA-65', 72, 72],
      ['UA-14', 78.1, 78.1],
    ]);
  });

  it('reads a figure in a sentence that names no region with the paragraph’s region', () => {
    const text =
      'Pushilin met Putin on Tuesday to talk about the Donetsk region.\nPushilin said Russian forces now hold about 83% of it.';
    const got = extract(text, { language: 'en' });
    expect(got.map((c) => c.region)).toContain('UA-14');
  });

  it('keeps the region of the paragraph and not of a later one', () => {
    const text = 'Луганська область.\n\nХерсонська область.\n\nРосія контролює 72% області.';
    expect(read(text, 'uk')).toEqual([['UA-65', 72, 72]]);
  });
});

describe('extract: English forms from the issue', () => {
  it.each([
    ['Some 20,000 sq km, or 75%, of the Donetsk region is occupied.', 'UA-14', 75, 75],
    [
      "Only about a quarter of the so-called Donetsk People's Republic remains in Kyiv's hands.",
      'UA-14',
      72.5,
      77.5,
    ],
    ['Russia has seized around 60 percent of the region of Zaporizhzhia.', 'UA-23', 57.5, 62.5],
    [
      'The Kherson region is contested. Moscow’s forces hold roughly 70 percent of the territory.',
      'UA-65',
      67.5,
      72.5,
    ],
  ])('%s', (text, region, low, high) => {
    const got = extract(text, { language: 'en', minConfidence: 0 });
    expect(got.map((c) => [c.region, c.low, c.high])).toContainEqual([region, low, high]);
    expectExactQuotes(text, got);
  });

  it('past and present in one sentence: both figures', () => {
    const text = 'Russia held 90% of the Luhansk oblast in spring but holds 72% now.';
    const got = extract(text, { language: 'en', minConfidence: 0 });
    expect(got.map((c) => [c.region, c.low])).toEqual([
      ['UA-09', 90],
      ['UA-09', 72],
    ]);
  });

  it('keeps an area that is not a share out', () => {
    expect(extract('Ukraine covers 603,628 square kilometres.', { language: 'en' })).toEqual([]);
    expect(
      extract('The Donetsk region has an area of 26,517 sq km and 4 million residents.', {
        language: 'en',
      }),
    ).toEqual([]);
  });
});

describe('languages', () => {
  it.each([
    ['Росія контролює близько 80% Донецької області.', 'uk'],
    ['Россия контролирует около 80% Донецкой области.', 'ru'],
    ['Rosja kontroluje ponad 70 proc. obwodu zaporoskiego i nie tylko.', 'pl'],
    ["La Russie contrôle 94 % de l'oblast de Louhansk et de la région.", 'fr'],
    ['Russland kontrolliert 80 Prozent des Gebiets Luhansk und der Region.', 'de'],
    ['La Russia controlla il 75 per cento della regione di Donetsk.', 'it'],
    ['Rusia controla el 72% de la región de Zaporiyia, según el ISW.', 'es'],
    ['Russia controls about 80% of the Donetsk region.', 'en'],
    ['القوات الروسية تسيطر على نحو 99.7% من مقاطعة لوغانسك', 'ar'],
  ])('detects %s as %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
    expect(resolveLanguage(text)).toBe(lang);
  });

  it('takes the separators from Intl.NumberFormat', () => {
    expect(numberSeparators('uk').decimal).toBe(',');
    expect(numberSeparators('de')).toEqual({ decimal: ',', group: '.' });
    expect(numberSeparators('en')).toEqual({ decimal: '.', group: ',' });
  });

  it('normalises codes such as "uk-UA" and refuses unknown ones', () => {
    expect(normaliseLanguage('uk-UA')).toBe('uk');
    expect(normaliseLanguage(' PL ')).toBe('pl');
    expect(normaliseLanguage('nl')).toBeNull();
  });

  it('splits paragraphs at blank lines', () => {
    expect(splitParagraphs('a\n\nb\n \nc')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
      { start: 7, end: 8 },
    ]);
  });

  it('reads Arabic numerals in an Arabic text', () => {
    const text = 'يشار إلى أن القوات الروسية تُسيطر علة نحو 99.7% من مقاطعة لوغانسك.';
    expect(read(text, 'ar')).toEqual([['UA-09', 99.65, 99.75]]);
  });
});
