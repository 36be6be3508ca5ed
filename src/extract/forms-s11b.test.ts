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
  [
    'en',
    'its territory: a region of the country',
    'The Donetsk region of Ukraine: Russia controls 75% of its territory.',
    [['UA-14', 75, 75]],
  ],
  [
    'en',
    'its territory: the region named before',
    'Russia invaded the Kherson region and now controls about 72% of its territory.',
    [['UA-65', 71.5, 72.5]],
  ],
  [
    'en',
    'its territory: the country named before',
    'Ukraine has lost nearly 18% of its territory.',
    [['UA', 13, 18]],
  ],
  [
    'en',
    'the region: not where troops came from',
    'The Kherson region. Russian troops that advanced from Crimea control 72% of the region.',
    [['UA-65', 72, 72]],
  ],
  [
    'en',
    'the region: the heading, not an origin',
    'Zaporizhzhia region\n\nRussian forces, which came from the Donetsk region, occupy 74% of the region.',
    [['UA-23', 74, 74]],
  ],
  [
    'en',
    "a name in a relative clause is not the figure's",
    'Zaporizhzhia region: Russia, which also shells the Kherson region, controls 74%.',
    [['UA-23', 74, 74]],
  ],
  [
    'en',
    'a share "in" a region',
    'Russia controls 99% of the Luhansk region and about 79% in Donetsk.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 78.5, 79.5],
    ],
  ],
  [
    'en',
    'an apposition ("that is") restates Donbas',
    'Donbas, that is the Donetsk and Luhansk regions, is 85% under Russian control.',
    [['donbas', 85, 85]],
  ],
  [
    'en',
    'its territory: a region in the south of the country',
    'The Zaporizhzhia region, in the south of Ukraine: Russia holds 74% of its territory.',
    [['UA-23', 74, 74]],
  ],
  [
    'en',
    'its territory: the region, not the country it borders',
    'The Luhansk region borders Russia; Moscow controls 99% of its territory.',
    [['UA-09', 99, 99]],
  ],
  [
    'en',
    'trap: "compared with" a share is no share',
    'Russia controls 99% of the Luhansk region, compared with 79% in the Donetsk region.',
    [['UA-09', 99, 99]],
  ],
];

// A figure's own region beats a name that stands in an aside (a relative clause or an
// apposition closed by a comma) or in a clause of its own; "in" a region is of it.
const ORDER: [string, string, string, Row[]][] = [
  [
    'uk',
    "a name in a relative clause is not the figure's",
    'Запорізька область: ворог, який обстрілює і Херсонщину, контролює 74%.',
    [['UA-23', 74, 74]],
  ],
  [
    'ru',
    "a name in a relative clause is not the figure's",
    'Запорожская область: противник, который обстреливает и Херсонщину, контролирует 74%.',
    [['UA-23', 74, 74]],
  ],
  [
    'pl',
    "a name in a relative clause is not the figure's",
    'Obwód zaporoski: wróg, który ostrzeliwuje też obwód chersoński, kontroluje 74 proc.',
    [['UA-23', 74, 74]],
  ],
  [
    'de',
    "a name in a relative clause is not the figure's",
    'Gebiet Saporischschja: Russland, das auch das Gebiet Cherson beschießt, kontrolliert 74 Prozent.',
    [['UA-23', 74, 74]],
  ],
  [
    'fr',
    "a name in a relative clause is not the figure's",
    "L'oblast de Zaporijia : la Russie, qui bombarde aussi l'oblast de Kherson, en contrôle 74 %.",
    [['UA-23', 74, 74]],
  ],
  [
    'es',
    "a name in a relative clause is not the figure's",
    'La región de Zaporiyia: Rusia, que bombardea también la región de Jersón, controla el 74%.',
    [['UA-23', 74, 74]],
  ],
  [
    'it',
    "a name in a relative clause is not the figure's",
    'La regione di Zaporizhzhia: la Russia, che bombarda anche la regione di Kherson, ne controlla il 74%.',
    [['UA-23', 74, 74]],
  ],
  [
    'uk',
    'a share "in" a region',
    'Росія контролює 99% Луганської області порівняно з 79% у Донецькій.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'ru',
    'a share "in" a region',
    'Россия контролирует 99% Луганской области и около 79% в Донецкой.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 78.5, 79.5],
    ],
  ],
  [
    'pl',
    'a share "in" a region',
    'Rosja kontroluje 99 proc. obwodu ługańskiego i około 79 proc. w obwodzie donieckim.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 78.5, 79.5],
    ],
  ],
  [
    'de',
    'a share "in" a region',
    'Russland kontrolliert 99 Prozent des Gebiets Luhansk und rund 79 Prozent im Gebiet Donezk.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 78.5, 79.5],
    ],
  ],
  [
    'fr',
    'a share "in" a region',
    "La Russie contrôle 99 % de l'oblast de Louhansk et environ 79 % dans celui de Donetsk.",
    [
      ['UA-09', 99, 99],
      ['UA-14', 78.5, 79.5],
    ],
  ],
  [
    'es',
    'a share "in" a region',
    'Rusia controla el 99% de Lugansk y cerca del 79% en Donetsk.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 78.5, 79.5],
    ],
  ],
  [
    'it',
    'a share "in" a region',
    'La Russia controlla il 99% di Luhansk e circa il 79% nel Donetsk.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 78.5, 79.5],
    ],
  ],
  [
    'ar',
    'a share "in" a region',
    'تسيطر روسيا على 99% من لوهانسك و79% في دونيتسك.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'uk',
    'trap: a share of people "in" a region',
    'Росія контролює 99% Луганської області, а 60% мешканців у Донецькій виїхали.',
    [['UA-09', 99, 99]],
  ],
  [
    'de',
    'trap: a share of people "in" a region',
    'Russland kontrolliert 99 Prozent des Gebiets Luhansk; 60 Prozent der Einwohner im Gebiet Donezk sind geflohen.',
    [['UA-09', 99, 99]],
  ],
  [
    'uk',
    'the region: Donbas, not the oblasts it consists of',
    'Донбас складається з Донецької та Луганської областей; Росія контролює близько 85% цього регіону.',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'ru',
    'an apposition ("that is") restates Donbas',
    'Донбасс, то есть Донецкая и Луганская области, на 85% под контролем России.',
    [['donbas', 85, 85]],
  ],
  [
    'fr',
    'a relative clause describes Donbas',
    'Le Donbass, qui comprend les oblasts de Donetsk et de Louhansk, est contrôlé à 85 % par la Russie.',
    [['donbas', 85, 85]],
  ],
  [
    'de',
    'an apposition ("also") restates Donbas',
    'Der Donbass, also die Gebiete Donezk und Luhansk, wird zu 85 Prozent von Russland kontrolliert.',
    [['donbas', 85, 85]],
  ],
  [
    'it',
    'an apposition ("cioè") restates Donbas',
    "Il Donbass, cioè le regioni di Donetsk e Luhansk, è controllato all'85% dalla Russia.",
    [['donbas', 85, 85]],
  ],
  [
    'pl',
    'an apposition ("czyli") restates Donbas',
    'Donbas, czyli obwody doniecki i ługański, jest w 85 proc. kontrolowany przez Rosję.',
    [['donbas', 85, 85]],
  ],
  [
    'es',
    'an apposition ("es decir") restates Donbas',
    'El Donbás, es decir, Donetsk y Lugansk, está controlado en un 85% por Rusia.',
    [['donbas', 85, 85]],
  ],
  [
    'uk',
    'two regions, each its figure',
    'Росія окупувала Херсонську область на 72%, а Запорізьку — на 74%.',
    [
      ['UA-65', 72, 72],
      ['UA-23', 74, 74],
    ],
  ],
  [
    'ru',
    'two regions, each its figure',
    'Херсонская область оккупирована на 72%, Запорожская — на 74%.',
    [
      ['UA-65', 72, 72],
      ['UA-23', 74, 74],
    ],
  ],
  [
    'pl',
    'two regions, each its figure',
    'Obwód chersoński jest okupowany w 72 proc., a zaporoski w 74 proc.',
    [
      ['UA-65', 72, 72],
      ['UA-23', 74, 74],
    ],
  ],
  [
    'de',
    'two regions, each its figure',
    'Das Gebiet Cherson ist zu 72 Prozent besetzt, das Gebiet Saporischschja zu 74 Prozent.',
    [
      ['UA-65', 72, 72],
      ['UA-23', 74, 74],
    ],
  ],
  [
    'fr',
    'two regions, each its figure',
    "L'oblast de Kherson est occupé à 72 %, celui de Zaporijia à 74 %.",
    [
      ['UA-65', 72, 72],
      ['UA-23', 74, 74],
    ],
  ],
  [
    'es',
    'two regions, each its figure',
    'La región de Jersón está ocupada en un 72%, la de Zaporiyia en un 74%.',
    [
      ['UA-65', 72, 72],
      ['UA-23', 74, 74],
    ],
  ],
  [
    'it',
    'two regions, each its figure',
    'La regione di Kherson è occupata al 72%, quella di Zaporizhzhia al 74%.',
    [
      ['UA-65', 72, 72],
      ['UA-23', 74, 74],
    ],
  ],
  [
    'uk',
    "the oblast: the official's region",
    'Голова Запорізької ОВА Федоров: ворог контролює близько 70% області.',
    [['UA-23', 67.5, 72.5]],
  ],
  [
    'ru',
    "the region: the governor's region",
    'Губернатор Херсонской области Сальдо: Россия контролирует 72% региона.',
    [['UA-65', 72, 72]],
  ],
  [
    'uk',
    'this region (masculine demonstrative)',
    'Донбас. Росія контролює близько 85% цього регіону.',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'ru',
    'this region (masculine demonstrative)',
    'Донбасс. Россия контролирует около 85% этого региона.',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'pl',
    'this region (demonstrative)',
    'Obwód ługański. Rosja kontroluje ponad 99 proc. tego regionu.',
    [['UA-09', 99, 100]],
  ],
  [
    'uk',
    'two regions, then as many shares: in order',
    'У Луганській і Донецькій областях Росія контролює 99% і 79%.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'ru',
    'two regions, then as many shares: in order',
    'В Луганской и Донецкой областях Россия контролирует 99% и 79%.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'pl',
    'two regions, then as many shares: in order',
    'W obwodach ługańskim i donieckim Rosja kontroluje 99 proc. i 79 proc.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'fr',
    'two regions, then as many shares: in order',
    'Dans les oblasts de Louhansk et de Donetsk, la Russie contrôle 99 % et 79 %.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'de',
    'two regions, then as many shares: in order',
    'In den Gebieten Luhansk und Donezk kontrolliert Russland 99 Prozent und 79 Prozent.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'it',
    'two regions, then as many shares: in order',
    'Nelle regioni di Luhansk e Donetsk la Russia controlla il 99% e il 79%.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'es',
    'two regions, then as many shares: in order',
    'En las regiones de Lugansk y Donetsk, Rusia controla el 99% y el 79%.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'ar',
    'two regions, then as many shares: in order',
    'في لوهانسك ودونيتسك تسيطر روسيا على 99% و79%.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'uk',
    'the region: not a name in an aside',
    'Запорізька область, яка межує з Херсонщиною, — один із найбільших регіонів. Ворог контролює 74% області.',
    [['UA-23', 74, 74]],
  ],
  [
    'ru',
    'the region: not a name in an aside',
    'Запорожская область, которая граничит с Херсонской, — крупный регион. Противник контролирует 74% области.',
    [['UA-23', 74, 74]],
  ],
  [
    'pl',
    'the region: not a name in an aside',
    'Obwód zaporoski, który graniczy z chersońskim, jest duży. Rosja kontroluje 74 proc. obwodu.',
    [['UA-23', 74, 74]],
  ],
  [
    'de',
    'the region: not a name in an aside',
    'Die Region Saporischschja, die an das Gebiet Cherson grenzt, ist groß. Russland kontrolliert 74 Prozent der Region.',
    [['UA-23', 74, 74]],
  ],
  [
    'fr',
    'the region: not a name in an aside',
    "L'oblast de Zaporijia, qui borde celui de Kherson, est vaste. La Russie contrôle 74 % de l'oblast.",
    [['UA-23', 74, 74]],
  ],
  [
    'es',
    'the region: not a name in an aside',
    'La región de Zaporiyia, que limita con la de Jersón, es extensa. Rusia controla el 74% de la región.',
    [['UA-23', 74, 74]],
  ],
  [
    'it',
    'the region: not a name in an aside',
    'La regione di Zaporizhzhia, che confina con quella di Kherson, è vasta. La Russia controlla il 74% della regione.',
    [['UA-23', 74, 74]],
  ],
  [
    'en',
    'the region: not a name in an aside',
    'The Zaporizhzhia region, which borders the Kherson region, is large. Russia controls 74% of the region.',
    [['UA-23', 74, 74]],
  ],
  [
    'fr',
    'its territory: not a name in an aside',
    "L'oblast de Zaporijia, qui borde celui de Kherson, est vaste, et la Russie contrôle 74 % de son territoire.",
    [['UA-23', 74, 74]],
  ],
  [
    'es',
    'its territory: not a name in an aside',
    'La región de Zaporiyia, que limita con la de Jersón, es extensa. Rusia controla el 74% de su territorio.',
    [['UA-23', 74, 74]],
  ],
  [
    'it',
    'its territory: not a name in an aside',
    'La regione di Zaporizhzhia, che confina con quella di Kherson, è vasta: la Russia controlla il 74% del suo territorio.',
    [['UA-23', 74, 74]],
  ],
  [
    'uk',
    "its territory: the aside's name when nothing else agrees",
    'Ворог, який окупував частину Херсонщини, контролює 72% її території.',
    // The part word beside a figure of the same region says no more than the figure.
    [['UA-65', 72, 72]],
  ],
  [
    'en',
    'two regions, then as many shares: in order',
    'In the Luhansk and Donetsk regions, Russia controls 99% and 79%.',
    [
      ['UA-09', 99, 99],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'uk',
    'a group with its members in brackets: the group',
    'Донбас (Донецька та Луганська області) окупований приблизно на 85%.',
    [['donbas', 85, 85]],
  ],
  [
    'ru',
    'a group, its members in brackets after: the group',
    'Россия контролирует около 85% Донбасса (Донецкой и Луганской областей).',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'pl',
    'a group, its members in brackets after: the group',
    'Rosja kontroluje około 85 proc. Donbasu, czyli obwodów donieckiego i ługańskiego.',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'de',
    'a group, its members in brackets after: the group',
    'Russland kontrolliert rund 85 Prozent des Donbass (Gebiete Donezk und Luhansk).',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'fr',
    'a group, its members in brackets after: the group',
    'La Russie contrôle environ 85 % du Donbass (oblasts de Donetsk et de Louhansk).',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'es',
    'a group, its members in brackets after: the group',
    'Rusia controla cerca del 85% del Donbás (regiones de Donetsk y Lugansk).',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'it',
    'a group, its members in brackets after: the group',
    "La Russia controlla circa l'85% del Donbass (regioni di Donetsk e Luhansk).",
    [['donbas', 82.5, 87.5]],
  ],
  [
    'en',
    'a group, its members in brackets after: the group',
    'Russia controls about 85% of the Donbas (the Donetsk and Luhansk regions).',
    [['donbas', 82.5, 87.5]],
  ],
  [
    'uk',
    'the group, then a member in the next sentence',
    'Росія контролює 85% Донбасу. У Донецькій області — 79%.',
    [
      ['donbas', 85, 85],
      ['UA-14', 79, 79],
    ],
  ],
  [
    'uk',
    'an apposition "part of" names the group, not the share\'s region',
    'Донецька область, частина Донбасу, окупована на 79%.',
    [['UA-14', 79, 79]],
  ],
  [
    'de',
    'an apposition "part of" names the group, not the share\'s region',
    'Das Gebiet Donezk, ein Teil des Donbass, ist zu 79 Prozent besetzt.',
    [['UA-14', 79, 79]],
  ],
  [
    'fr',
    'a relative clause "part of" names the group',
    "L'oblast de Donetsk, qui fait partie du Donbass, est occupé à 79 %.",
    [['UA-14', 79, 79]],
  ],
  [
    'en',
    'an apposition "part of" names the group, not the share\'s region',
    'The Donetsk region, part of the Donbas, is 79% occupied.',
    [['UA-14', 79, 79]],
  ],
  [
    'uk',
    'a city of the region is no other region',
    'Росія окупувала Крим, зокрема Севастополь, на 100%.',
    [['crimea', 100, 100]],
  ],
];

describe('extract: which region a figure belongs to (session 11b)', () => {
  it.each(RULES)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: the linking order (session 11b)', () => {
  it.each(ORDER)('%s (%s): %s', (language, _form, text, expected) => {
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
