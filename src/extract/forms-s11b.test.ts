import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Session 11b: which region a figure belongs to. Sentences composed from each language's
// grammar (not copied from the labelled set): "its territory" points to the region or country
// named before it (by the possessive's agreement where it shows one; a reflexive to its
// subject; the country when nothing is named), "the oblast" / "the region" to the region in
// context that is an oblast and not a place troops came from, two regions in one sentence
// each with its own figure. The country stays the antecedent where it is the one named.
const RULES: [string, string, string, Row[]][] = [
  [
    'uk',
    'its territory (agreement): not the nearer name',
    'Херсонщина межує з Кримом, і Росія окупувала 72% її території.',
    [['UA-65', 72, 72]],
  ],
  [
    'uk',
    'its territory: the region named before',
    'Донецька область у 2025 році: ворог контролює близько 79% її території.',
    [['UA-14', 78.5, 79.5]],
  ],
  [
    'uk',
    'its territory: a heading',
    'Луганщина.\n\nОкупанти утримують понад 99% її території.',
    [['UA-09', 99, 100]],
  ],
  [
    'uk',
    'its territory: the country named before',
    'За словами Зеленського, Україна втратила майже 18% її території.',
    [['UA', 13, 18]],
  ],
  [
    'uk',
    'reflexive: the subject (the country)',
    'Україна втратила близько 18% своєї території.',
    [['UA', 17.5, 18.5]],
  ],
  [
    'uk',
    'its territory: the region named before',
    'Крим окупований з 2014 року, Росія контролює 100% його території.',
    [['crimea', 100, 100]],
  ],
  [
    'uk',
    'its territory: the region named before',
    'Росія захопила Донбас і контролює близько 85% його території.',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'uk',
    'its territory: a region of the country',
    'У Запорізькій області, на півдні України, окупанти тримають 74% її території.',
    [['UA-23', 74, 74]],
  ],
  [
    'uk',
    'its territory: a region of the country',
    'Донецька область України: ворог контролює 79% її території.',
    [['UA-14', 79, 79]],
  ],
  [
    'uk',
    'the oblast: not where troops came from',
    'Херсонська область. Окупанти, які наступали з Криму, контролюють 72% території області.',
    [['UA-65', 72, 72]],
  ],
  [
    'uk',
    'the region: the heading, not an origin',
    'Запорізька область\n\nВійська РФ, що прийшли з Донецької області, окупують 74% території регіону.',
    [['UA-23', 74, 74]],
  ],
  [
    'uk',
    'two regions: each figure its own',
    'Росія контролює 99% Луганської області, а також близько 79% Донецької.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 78.5, 79.5],
    ],
  ],
  [
    'ru',
    'its territory (agreement): not the nearer name',
    'Херсонская область граничит с Крымом, и Россия контролирует около 73% ее территории.',
    [['UA-65', 72.5, 73.5]],
  ],
  [
    'ru',
    'its territory: the region named before',
    'Запорожская область: российские войска удерживают 74% ее территории.',
    [['UA-23', 74, 74]],
  ],
  [
    'ru',
    'its territory: the country named before',
    'По данным Киева, Украина потеряла около 18% ее территории.',
    [['UA', 17.5, 18.5]],
  ],
  [
    'ru',
    'reflexive: the subject (the country)',
    'Украина потеряла около 18% своей территории.',
    [['UA', 17.5, 18.5]],
  ],
  [
    'ru',
    'its territory: the region named before',
    'Крым присоединен к России в 2014 году, и армия РФ контролирует 100% его территории.',
    [
      ['crimea', 100, 100, 'claim'],
      ['crimea', 100, 100],
    ],
  ],
  [
    'ru',
    'its territory: a region of the country',
    'Донецкая область на востоке Украины: Россия контролирует 79% ее территории.',
    [['UA-14', 79, 79]],
  ],
  [
    'ru',
    'the oblast: not where troops came from',
    'Херсонская область. Войска, пришедшие из Крыма, контролируют 72% территории области.',
    [['UA-65', 72, 72]],
  ],
  [
    'ru',
    'the region: the heading, not an origin',
    'Запорожская область\n\nРоссийские войска, наступавшие со стороны Донецкой области, контролируют 74% региона.',
    [['UA-23', 74, 74]],
  ],
  [
    'ru',
    'its territory: a heading',
    'Луганская область.\n\nРоссийская армия удерживает более 99% ее территории.',
    [['UA-09', 99, 100]],
  ],
  [
    'ru',
    'two regions: each figure its own',
    'В Донецкой области армия России контролирует 79%, в Луганской — 99%.',
    [
      ['UA-14', 79, 79],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'pl',
    'its territory: the region named before',
    'Rosja zajęła obwód chersoński i kontroluje 72 proc. jego terytorium.',
    [['UA-65', 72, 72]],
  ],
  [
    'pl',
    'its territory: the region named before',
    'Obwód doniecki: Rosjanie okupują ok. 79 proc. jego terytorium.',
    [['UA-14', 78.5, 79.5]],
  ],
  [
    'pl',
    'its territory: the country named before',
    'Rosja najechała Ukrainę i okupuje około 19 proc. jej terytorium.',
    [['UA', 18.5, 19.5]],
  ],
  [
    'pl',
    'reflexive: the subject (the country)',
    'Ukraina straciła prawie jedną piątą swojego terytorium.',
    [['UA', 15, 20]],
  ],
  [
    'pl',
    'its territory: the region named before',
    'Rosja okupuje Krym i kontroluje 100 proc. jego terytorium.',
    [['crimea', 100, 100]],
  ],
  [
    'pl',
    'its territory (agreement): not the nearer name',
    'Obwód zaporoski graniczy z Krymem; Rosjanie kontrolują 74 proc. jego powierzchni.',
    [['UA-23', 74, 74]],
  ],
  [
    'pl',
    'its territory: no antecedent, the country',
    'Rosja okupuje 20 procent jej terytorium.',
    [['UA', 20, 20]],
  ],
  [
    'pl',
    'the oblast: not where troops came from',
    'Obwód chersoński. Wojska, które przyszły z Krymu, kontrolują 72 proc. obwodu.',
    [['UA-65', 72, 72]],
  ],
  [
    'pl',
    'the region: the heading, not an origin',
    'Obwód zaporoski\n\nRosjanie, którzy nacierali od strony obwodu donieckiego, okupują 74 proc. regionu.',
    [['UA-23', 74, 74]],
  ],
  [
    'pl',
    'two regions: each figure its own',
    'W obwodzie donieckim Rosja kontroluje 79 proc., a w ługańskim 99 proc.',
    [
      ['UA-14', 79, 79],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'fr',
    'its territory: the region named before',
    "La Russie occupe l'oblast de Kherson et contrôle environ 72 % de son territoire.",
    [['UA-65', 71.5, 72.5]],
  ],
  [
    'fr',
    'its territory: a region of the country',
    "L'oblast de Zaporijia, dans le sud de l'Ukraine : la Russie contrôle 74 % de son territoire.",
    [['UA-23', 74, 74]],
  ],
  [
    'fr',
    'its territory: the country named before',
    "L'Ukraine a perdu près de 18 % de son territoire.",
    [['UA', 13, 18]],
  ],
  [
    'fr',
    'its territory: the region named before',
    'La Crimée est annexée depuis 2014 et la Russie contrôle 100 % de son territoire.',
    [
      ['crimea', 100, 100, 'claim'],
      ['crimea', 100, 100],
    ],
  ],
  [
    'fr',
    'its territory: a heading',
    "L'oblast de Louhansk.\n\nLes forces russes occupent plus de 99 % de son territoire.",
    [['UA-09', 99, 100]],
  ],
  [
    'fr',
    'the oblast: not where troops came from',
    "L'oblast de Kherson. Les troupes venues de Crimée contrôlent 72 % de l'oblast.",
    [['UA-65', 72, 72]],
  ],
  [
    'fr',
    'the region: the heading, not an origin',
    "Oblast de Zaporijia\n\nLes forces russes, venues de l'oblast de Donetsk, occupent 74 % de la région.",
    [['UA-23', 74, 74]],
  ],
  [
    'fr',
    'two regions: each figure its own',
    "La Russie contrôle 99 % de l'oblast de Louhansk et 79 % de celui de Donetsk.",
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'fr',
    'two regions: each figure its own',
    "Dans l'oblast de Donetsk, la Russie contrôle 79 %, et dans celui de Louhansk, 99 %.",
    [
      ['UA-14', 79, 79],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'fr',
    'the region: of the city named before',
    'La ville de Kherson a été reprise, mais la Russie contrôle encore 72 % de la région.',
    [['UA-65', 72, 72]],
  ],
  [
    'de',
    'its territory (agreement): not the nearer name',
    'Das Gebiet Saporischschja grenzt an die Krim; Russland hält 75 Prozent seines Territoriums.',
    [['UA-23', 75, 75]],
  ],
  [
    'de',
    'its territory: a region of the country',
    'Die Region Cherson im Süden der Ukraine: Russland kontrolliert 72 Prozent ihres Territoriums.',
    [['UA-65', 72, 72]],
  ],
  [
    'de',
    'its territory: the country named before',
    'Die Ukraine hat fast 18 Prozent ihres Territoriums verloren.',
    [['UA', 13, 18]],
  ],
  [
    'de',
    'its territory: the region named before',
    'Die Krim ist seit 2014 annektiert, Russland kontrolliert 100 Prozent ihres Territoriums.',
    [
      ['crimea', 100, 100, 'claim'],
      ['crimea', 100, 100],
    ],
  ],
  [
    'de',
    'its territory: the region named before',
    'Der Donbass im Osten: Russland hält etwa 85 Prozent seines Territoriums.',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'de',
    'the oblast: not where troops came from',
    'Gebiet Cherson. Die von der Krim aus vorgerückten Truppen kontrollieren 72 Prozent des Gebiets.',
    [['UA-65', 72, 72]],
  ],
  [
    'de',
    'the region: the heading, not an origin',
    'Region Saporischschja\n\nRussische Truppen, die aus dem Gebiet Donezk vorrückten, halten 74 Prozent der Region.',
    [['UA-23', 74, 74]],
  ],
  [
    'de',
    'two regions: each figure its own',
    'Im Gebiet Donezk kontrolliert Russland 79 Prozent, im Gebiet Luhansk 99 Prozent.',
    [
      ['UA-14', 79, 79],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'de',
    'two regions: each figure its own',
    'Russland kontrolliert 99 Prozent des Gebiets Luhansk und 79 Prozent des Gebiets Donezk.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'de',
    'the oblast: a heading',
    'Die Oblast Luhansk.\n\nRussland hält mehr als 99 Prozent der Oblast besetzt.',
    [['UA-09', 99, 100]],
  ],
  [
    'it',
    'its territory: the region named before',
    'La Russia ha invaso la regione di Kherson e controlla il 72% del suo territorio.',
    [['UA-65', 72, 72]],
  ],
  [
    'it',
    'its territory: a region of the country',
    "La regione di Zaporizhzhia, nel sud dell'Ucraina: la Russia controlla il 74% del suo territorio.",
    [['UA-23', 74, 74]],
  ],
  [
    'it',
    'its territory: the country named before',
    "L'Ucraina ha perso quasi il 18% del suo territorio.",
    [['UA', 17.5, 18.5]],
  ],
  [
    'it',
    'its territory: the region named before',
    'La Crimea è annessa dal 2014 e la Russia controlla il 100% del suo territorio.',
    [
      ['crimea', 100, 100, 'claim'],
      ['crimea', 100, 100],
    ],
  ],
  [
    'it',
    'its territory: a heading',
    'La regione di Luhansk.\n\nLe forze russe occupano oltre il 99% del suo territorio.',
    [['UA-09', 99, 100]],
  ],
  [
    'it',
    'the oblast: not where troops came from',
    'Regione di Kherson. Le truppe arrivate dalla Crimea controllano il 72% della regione.',
    [['UA-65', 72, 72]],
  ],
  [
    'it',
    'the region: the heading, not an origin',
    'Regione di Zaporizhzhia\n\nLe truppe russe, che avanzavano dalla regione di Donetsk, occupano il 74% del territorio.',
    [['UA-23', 74, 74]],
  ],
  [
    'it',
    'two regions: each figure its own',
    'Nella regione di Donetsk la Russia controlla il 79%, in quella di Luhansk il 99%.',
    [
      ['UA-14', 79, 79],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'it',
    'two regions: each figure its own',
    'La Russia controlla il 99% della regione di Luhansk e il 79% di quella di Donetsk.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'it',
    'the region: of the city named before',
    'La città di Kherson è stata liberata, ma la Russia controlla ancora il 72% della regione.',
    [['UA-65', 72, 72]],
  ],
  [
    'es',
    'its territory: the region named before',
    'Rusia ocupó la región de Jersón y controla el 72% de su territorio.',
    [['UA-65', 72, 72]],
  ],
  [
    'es',
    'its territory: a region of the country',
    'La región de Zaporiyia, en el sur de Ucrania: Rusia controla el 74% de su territorio.',
    [['UA-23', 74, 74]],
  ],
  [
    'es',
    'its territory: the country named before',
    'Ucrania ha perdido casi el 18% de su territorio.',
    [['UA', 13, 18]],
  ],
  [
    'es',
    'its territory: the region named before',
    'Crimea está anexionada desde 2014 y Rusia controla el 100% de su territorio.',
    [
      ['crimea', 100, 100, 'claim'],
      ['crimea', 100, 100],
    ],
  ],
  [
    'es',
    'its territory: a heading',
    'La región de Lugansk.\n\nLas fuerzas rusas ocupan más del 99% de su territorio.',
    [['UA-09', 99, 100]],
  ],
  [
    'es',
    'the oblast: not where troops came from',
    'Región de Jersón. Las tropas llegadas desde Crimea controlan el 72% de la región.',
    [['UA-65', 72, 72]],
  ],
  [
    'es',
    'the region: the heading, not an origin',
    'Región de Zaporiyia\n\nLas tropas rusas, que avanzaron desde la región de Donetsk, ocupan el 74% del territorio.',
    [['UA-23', 74, 74]],
  ],
  [
    'es',
    'two regions: each figure its own',
    'En la región de Donetsk, Rusia controla el 79%; en la de Lugansk, el 99%.',
    [
      ['UA-14', 79, 79],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'es',
    'two regions: each figure its own',
    'Rusia controla el 99% de la región de Lugansk y el 79% de la de Donetsk.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'es',
    'the region: of the city named before',
    'La ciudad de Jersón fue liberada, pero Rusia aún controla el 72% de la región.',
    [['UA-65', 72, 72]],
  ],
  [
    'ar',
    'its territory: the region named before',
    'مقاطعة خيرسون: تسيطر روسيا على نحو 72% من أراضيها.',
    [['UA-65', 71.5, 72.5]],
  ],
  [
    'ar',
    'two regions: each figure its own',
    'تسيطر روسيا على نحو 18% من أراضي أوكرانيا.',
    [['UA', 17.5, 18.5]],
  ],
  [
    'ar',
    'its territory: the region named before',
    'مقاطعة لوهانسك: تسيطر القوات الروسية على أكثر من 99% من أراضيها.',
    [['UA-09', 99, 100]],
  ],
  [
    'ar',
    'its territory: the region named before',
    'إقليم دونباس: تسيطر روسيا على نحو 85% من أراضيه.',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'ar',
    'the oblast: not where troops came from',
    'مقاطعة زابوريجيا. القوات القادمة من القرم تسيطر على 74% من المقاطعة.',
    [['UA-23', 74, 74]],
  ],
  [
    'ar',
    'two regions: each figure its own',
    'تسيطر روسيا على 99% من مقاطعة لوهانسك و79% من مقاطعة دونيتسك.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'ar',
    'two regions: each figure its own',
    'في مقاطعة دونيتسك تسيطر روسيا على 79%، وفي مقاطعة لوهانسك على 99%.',
    [
      ['UA-14', 79, 79],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'ar',
    'its territory: a heading',
    'مقاطعة خيرسون\n\nتسيطر روسيا على 72% من مساحتها.',
    [['UA-65', 72, 72]],
  ],
  [
    'ar',
    'its territory: the country named before',
    'فقدت أوكرانيا نحو 18% من أراضيها، وتسيطر روسيا على 18% من أراضيها.',
    [
      ['UA', 17.5, 18.5],
      ['UA', 18, 18],
    ],
  ],
  [
    'ar',
    'two regions: each figure its own',
    'تسيطر روسيا على 72% من مقاطعة خيرسون المحاذية لشبه جزيرة القرم.',
    [['UA-65', 72, 72]],
  ],
];

describe('extract: which region a figure belongs to (session 11b)', () => {
  it.each(RULES)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: "its territory" says where its region was read (session 11b)', () => {
  it('in the same sentence: an anaphor note, no sentence of origin', () => {
    const text = 'Росія окупувала Донецьку область і контролює 75% її території.';
    const [c] = extract(text, { language: 'uk' });
    expect(c?.region).toBe('UA-14');
    expect(c?.notes).toContainEqual(
      expect.objectContaining({ kind: 'anaphor-context', phrase: 'її території', region: 'UA-14' }),
    );
    expect(c?.regionFrom).toBeUndefined();
  });
  it('in the sentence before: the candidate gives it, at its offsets', () => {
    const text = 'Obwód ługański.\n\nRosjanie kontrolują ponad 99 proc. jego terytorium.';
    const [c] = extract(text, { language: 'pl' });
    expect(c?.region).toBe('UA-09');
    expect(c?.regionFrom?.sentence).toBe('Obwód ługański.');
    expect(text.slice(c?.regionFrom?.start, c?.regionFrom?.end)).toBe('Obwód ługański.');
    expect(c?.quote.startsWith('Obwód ługański.')).toBe(true);
  });
});
