import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Session 11c: near misses of kind and value, and strays, by grammar in every language at once.
// Every sentence is composed for its class (none copied from a text of the set); each quote and
// wording is checked to be the exact text at its offsets (tests/support/extract-forms.ts).

const AIM: [string, string, string, Row[]][] = [
  [
    'en',
    'aim: wants to seize all of',
    'Russia wants to seize all of the Donetsk region.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'en',
    'aim: seeks to take control of the whole of',
    'Moscow seeks to take control of the whole of the Luhansk region.',
    [['UA-09', 100, 100, 'demand']],
  ],
  [
    'en',
    'aim: aims to capture the entire',
    'The Kremlin aims to capture the entire Donbas.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'en',
    'trap: the purpose of an offensive',
    'Russia launched an offensive aimed at capturing the entire Zaporizhzhia region.',
    [],
  ],
  ['en', "trap: Ukraine's aim", 'Ukraine wants to retake all of the Kherson region.', []],
  ['en', 'trap: a negated aim', 'Russia does not want to take all of the Kherson region.', []],
  [
    'uk',
    'aim: прагне захопити всю',
    'Росія прагне захопити всю Донецьку область.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'uk',
    'aim: має намір анексувати',
    'Кремль має намір анексувати Запорізьку та Херсонську області.',
    [
      ['UA-23', 100, 100, 'demand'],
      ['UA-65', 100, 100, 'demand'],
    ],
  ],
  [
    'uk',
    'aim: хоче окупувати всю',
    'Москва хоче окупувати всю Луганщину.',
    [['UA-09', 100, 100, 'demand']],
  ],
  [
    'uk',
    'trap: the purpose of an offensive',
    'Росія розпочала наступ, щоб захопити всю Донецьку область.',
    [],
  ],
  ['uk', "trap: Ukraine's aim", 'Україна прагне звільнити всю Херсонську область.', []],
  ['uk', 'trap: a negated aim', 'Росія не хоче захоплювати всю Херсонську область.', []],
  [
    'ru',
    'aim: стремится захватить всю',
    'Россия стремится захватить всю Донецкую область.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'ru',
    'aim: намерен аннексировать',
    'Кремль намерен аннексировать Херсонскую и Запорожскую области.',
    [
      ['UA-23', 100, 100, 'demand'],
      ['UA-65', 100, 100, 'demand'],
    ],
  ],
  [
    'ru',
    'aim: хочет установить контроль над всем',
    'Москва хочет установить контроль над всем Донбассом.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'ru',
    'trap: the purpose of an offensive',
    'Российские войска начали наступление, чтобы взять всю Запорожскую область.',
    [],
  ],
  ['ru', "trap: Ukraine's aim", 'Киев хочет вернуть всю Херсонскую область.', []],
  [
    'pl',
    'aim: chce zająć cały',
    'Rosja chce zająć cały obwód doniecki.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'pl',
    'aim: zamierza anektować',
    'Kreml zamierza anektować obwody chersoński i zaporoski.',
    [
      ['UA-23', 100, 100, 'demand'],
      ['UA-65', 100, 100, 'demand'],
    ],
  ],
  [
    'pl',
    'aim: dąży do przejęcia kontroli',
    'Rosja dąży do przejęcia kontroli nad całym Donbasem.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'pl',
    'trap: the purpose of an offensive',
    'Rosjanie rozpoczęli ofensywę, aby zająć cały obwód zaporoski.',
    [],
  ],
  ['pl', "trap: Ukraine's aim", 'Ukraina chce odzyskać cały obwód chersoński.', []],
  [
    'fr',
    "aim: veut s'emparer de toute",
    "La Russie veut s'emparer de toute la région de Donetsk.",
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'fr',
    'aim: vise à annexer',
    'Moscou vise à annexer les régions de Kherson et de Zaporijia.',
    [
      ['UA-23', 100, 100, 'demand'],
      ['UA-65', 100, 100, 'demand'],
    ],
  ],
  [
    'fr',
    'aim: souhaite prendre le contrôle de tout',
    'Le Kremlin souhaite prendre le contrôle de tout le Donbass.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'fr',
    'trap: the purpose of an offensive',
    "L'armée russe a lancé une offensive visant à prendre toute la région de Zaporijia.",
    [],
  ],
  ['fr', "trap: Ukraine's aim", "L'Ukraine veut reprendre toute la région de Kherson.", []],
  [
    'de',
    'aim: geht es um die Annexion',
    'Dem Kreml geht es vor allem um die Annexion von Donezk und Luhansk.',
    [
      ['UA-09', 100, 100, 'demand'],
      ['UA-14', 100, 100, 'demand'],
    ],
  ],
  [
    'de',
    'aim: strebt die Annexion an',
    'Der Kreml strebt die Annexion der Regionen Cherson und Saporischschja an.',
    [
      ['UA-23', 100, 100, 'demand'],
      ['UA-65', 100, 100, 'demand'],
    ],
  ],
  [
    'de',
    'aim: will die Kontrolle über den gesamten',
    'Moskau will die Kontrolle über den gesamten Donbass.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'de',
    'aim: als Priorität after the region',
    'Der russische Außenminister bezeichnete die Einnahme der Region Luhansk als oberste Priorität.',
    [['UA-09', 100, 100, 'demand']],
  ],
  [
    'de',
    'trap: the purpose of an offensive',
    'Die russische Armee startete eine Offensive, um die gesamte Region Saporischschja einzunehmen.',
    [],
  ],
  ['de', "trap: Ukraine's aim", 'Die Ukraine will die gesamte Region Cherson zurückerobern.', []],
  [
    'it',
    "aim: vuole conquistare l'intera",
    "La Russia vuole conquistare l'intera regione di Donetsk.",
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'it',
    'aim: punta ad annettere',
    'Mosca punta ad annettere le regioni di Kherson e Zaporizhzhia.',
    [
      ['UA-23', 100, 100, 'demand'],
      ['UA-65', 100, 100, 'demand'],
    ],
  ],
  [
    'it',
    'aim: mira a prendere il controllo di tutto',
    'Il Cremlino mira a prendere il controllo di tutto il Donbass.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'it',
    'trap: the purpose of an offensive',
    "L'esercito russo ha lanciato un'offensiva per conquistare tutta la regione di Zaporizhzhia.",
    [],
  ],
  ['it', "trap: Ukraine's aim", "L'Ucraina vuole riconquistare tutta la regione di Kherson.", []],
  [
    'es',
    'aim: quiere conquistar toda',
    'Rusia quiere conquistar toda la región de Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'es',
    'aim: pretende anexionar',
    'El Kremlin pretende anexionar las regiones de Jersón y Zaporiyia.',
    [
      ['UA-23', 100, 100, 'demand'],
      ['UA-65', 100, 100, 'demand'],
    ],
  ],
  [
    'es',
    'aim: busca hacerse con el control de todo',
    'Moscú busca hacerse con el control de todo el Donbás.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'es',
    "aim: aspira a, the group's members defined",
    'Moscú aspira a controlar todo el Donbás, que incluye Donetsk y Lugansk.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'es',
    'trap: the purpose of an offensive',
    'El ejército ruso lanzó una ofensiva destinada a tomar toda la región de Zaporiyia.',
    [],
  ],
  ['es', "trap: Ukraine's aim", 'Ucrania quiere recuperar toda la región de Jersón.', []],
  [
    'ar',
    'aim: تسعى روسيا إلى السيطرة على كامل',
    'تسعى روسيا إلى السيطرة على كامل إقليم دونباس.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'ar',
    'aim: تريد موسكو ضم',
    'تريد موسكو ضم مقاطعتي خيرسون وزابوريجيا.',
    [
      ['UA-23', 100, 100, 'demand'],
      ['UA-65', 100, 100, 'demand'],
    ],
  ],
];

describe("extract: forms of session 11c (a stated aim to take or annex a region is a demand; not the purpose of an offensive, nor Ukraine's aims)", () => {
  it.each(AIM)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

const DEMAND: [string, string, string, Row[]][] = [
  [
    'uk',
    'demand: the part it still holds',
    'Кремль вимагає, щоб Україна вивела війська з частини Донбасу, яку вона ще контролює.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'uk',
    'demand: виведення українських військ',
    'Путін наполягає на виведенні українських військ з Донецької області.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'ru',
    'demand: the part it still holds',
    'Москва требует, чтобы ВСУ ушли из части Донбасса, которую они еще удерживают.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'ru',
    'demand: вывод украинских войск',
    'Путин настаивает на выводе украинских войск из Донецкой области.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'pl',
    'demand: the part it still holds',
    'Kreml żąda, aby Ukraina wycofała swoje wojska z części Donbasu, którą nadal kontroluje.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'pl',
    'demand: wycofanie wojsk ukraińskich',
    'Putin nalega na wycofanie wojsk ukraińskich z obwodu donieckiego.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'fr',
    'demand: the part it still holds',
    "Moscou exige que l'Ukraine retire ses troupes de la partie du Donbass qu'elle contrôle encore.",
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'fr',
    'demand: retrait des troupes ukrainiennes',
    "Poutine insiste sur le retrait des troupes ukrainiennes de l'oblast de Donetsk.",
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'de',
    'demand: the part it still holds',
    'Moskau fordert den Abzug der ukrainischen Truppen aus dem Teil des Donbass, den sie noch kontrollieren.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'de',
    'demand: Abzug der ukrainischen Truppen',
    'Putin besteht auf dem Abzug der ukrainischen Truppen aus der Region Donezk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'it',
    'demand: the part it still holds',
    "Mosca chiede che l'Ucraina ritiri le truppe dalla parte del Donbass che controlla ancora.",
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'it',
    'demand: ritiro delle truppe ucraine',
    'Putin insiste sul ritiro delle truppe ucraine dalla regione di Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'es',
    'demand: the part it still holds',
    'Moscú exige que Ucrania retire sus tropas de la parte del Donbás que aún controla.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'es',
    'demand: retirada de las tropas ucranianas',
    'Putin insiste en la retirada de las tropas ucranianas de la región de Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
];

describe('extract: forms of session 11c (demands: withdrawal nouns, the part Ukraine still holds)', () => {
  it.each(DEMAND)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

const CLAIM: [string, string, string, Row[]][] = [
  [
    'uk',
    'claim: вважає своєю територією',
    'Росія вважає Запорізьку область своєю територією.',
    [['UA-23', 100, 100, 'claim']],
  ],
  [
    'ru',
    'claim: считает своей территорией',
    'Россия считает Запорожскую область своей территорией.',
    [['UA-23', 100, 100, 'claim']],
  ],
  [
    'pl',
    'claim: uważa za swoje terytorium',
    'Rosja uważa obwód zaporoski za swoje terytorium.',
    [['UA-23', 100, 100, 'claim']],
  ],
  [
    'fr',
    'claim: considère comme son territoire',
    'La Russie considère la région de Zaporijia comme son territoire.',
    [['UA-23', 100, 100, 'claim']],
  ],
  [
    'de',
    'claim: als sein eigenes Territorium',
    'Russland betrachtet die Region Saporischschja als sein eigenes Territorium.',
    [['UA-23', 100, 100, 'claim']],
  ],
  [
    'it',
    'claim: considera come propria',
    'La Russia considera la regione di Zaporizhzhia come propria.',
    [['UA-23', 100, 100, 'claim']],
  ],
  [
    'es',
    'claim: considera como suya',
    'Rusia considera la región de Zaporiyia como suya.',
    [['UA-23', 100, 100, 'claim']],
  ],
];

describe("extract: forms of session 11c (a region considered Russia's own territory is claimed)", () => {
  it.each(CLAIM)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

const CONTROL: [string, string, string, Row[]][] = [
  [
    'ru',
    'control: liberated, said by Russia',
    'Минобороны России заявило о полном освобождении Луганской области.',
    [['UA-09', 100, 100]],
  ],
  [
    'ru',
    'control: liberated by Russian troops',
    'Российские войска освободили Луганскую область.',
    [['UA-09', 100, 100]],
  ],
  [
    'uk',
    'control: a Russian capture announced',
    'Росія заявила про захоплення всієї Луганської області.',
    [['UA-09', 100, 100]],
  ],
  [
    'pl',
    'control: a Russian capture announced',
    'Rosja ogłosiła zajęcie całego obwodu ługańskiego.',
    [['UA-09', 100, 100]],
  ],
  [
    'fr',
    'control: claims control, not a claim',
    'La Russie revendique le contrôle de toute la région de Louhansk.',
    [['UA-09', 100, 100]],
  ],
  [
    'fr',
    'control: says it controls',
    'La Russie affirme contrôler 97 % de la région de Louhansk.',
    [['UA-09', 97, 97]],
  ],
  [
    'de',
    'control: claims control, not a claim',
    'Russland beansprucht die Kontrolle über die gesamte Region Luhansk.',
    [['UA-09', 100, 100]],
  ],
  [
    'de',
    'control: says it controls',
    'Russland behauptet, 97 Prozent der Region Luhansk zu kontrollieren.',
    [['UA-09', 97, 97]],
  ],
  [
    'it',
    'control: claims control, not a claim',
    'La Russia rivendica il controllo di tutta la regione di Luhansk.',
    [['UA-09', 100, 100]],
  ],
  [
    'it',
    'control: says it controls',
    'La Russia sostiene di controllare il 97% della regione di Luhansk.',
    [['UA-09', 97, 97]],
  ],
  [
    'es',
    'control: claims control, not a claim',
    'Rusia reivindica el control de toda la región de Lugansk.',
    [['UA-09', 100, 100]],
  ],
  [
    'es',
    'control: says it controls',
    'Rusia afirma controlar el 97% de la región de Lugansk.',
    [['UA-09', 97, 97]],
  ],
  [
    'en',
    'control: claims to control',
    'Russia claims to control 97% of the Luhansk region.',
    [['UA-09', 97, 97]],
  ],
  [
    'en',
    'control: claimed full control',
    'Russia claimed full control of the Luhansk region.',
    [['UA-09', 100, 100]],
  ],
  [
    'uk',
    'control: annexed four, holds a share',
    'Росія анексувала чотири області у 2022 році, але контролює лише 70% Запорізької області.',
    [
      ['annexed-four', 100, 100, 'claim'],
      ['UA-23', 70, 70],
    ],
  ],
  [
    'uk',
    "control: a Russian official's figure",
    'Шойгу заявив, що російські війська контролюють 97% Луганської області.',
    [['UA-09', 97, 97]],
  ],
  [
    'ru',
    "control: a Russian official's figure",
    'Шойгу заявил, что российские войска контролируют 97% Луганской области.',
    [['UA-09', 97, 97]],
  ],
  [
    'pl',
    "control: a Russian official's figure",
    'Szojgu oświadczył, że rosyjskie wojska kontrolują 97 proc. obwodu ługańskiego.',
    [['UA-09', 97, 97]],
  ],
  [
    'de',
    "control: a Russian official's figure",
    'Schoigu sagte, russische Truppen kontrollierten 97 Prozent der Region Luhansk.',
    [['UA-09', 97, 97]],
  ],
  [
    'uk',
    'control: then and now',
    'У 2022 році Росія контролювала 90% Херсонської області, а зараз — близько 70%.',
    [
      ['UA-65', 90, 90],
      ['UA-65', 67.5, 72.5],
    ],
  ],
  [
    'ru',
    'control: then and now',
    'В 2022 году Россия контролировала 90% Херсонской области, а сейчас — около 70%.',
    [
      ['UA-65', 90, 90],
      ['UA-65', 67.5, 72.5],
    ],
  ],
];

describe("extract: forms of session 11c (control stays control: a Russian official's figure, then and now)", () => {
  it.each(CONTROL)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

const VALUE: [string, string, string, Row[]][] = [
  [
    'es',
    "value: a restatement's holder is not the figure's",
    'Rusia controla alrededor del 75% de la región de Jersón, lo que significa que Ucrania conserva el resto.',
    [['UA-65', 72.5, 77.5]],
  ],
  [
    'uk',
    "value: a restatement's holder is not the figure's",
    'Росія контролює близько 75% Херсонської області, що означає, що Україна утримує решту.',
    [['UA-65', 72.5, 77.5]],
  ],
  [
    'ru',
    "value: a restatement's holder is not the figure's",
    'Россия контролирует около 75% Херсонской области, что означает, что Украина удерживает остальное.',
    [['UA-65', 72.5, 77.5]],
  ],
  [
    'pl',
    "value: a restatement's holder is not the figure's",
    'Rosja kontroluje około 75 proc. obwodu chersońskiego, co oznacza, że Ukraina kontroluje resztę.',
    [['UA-65', 72.5, 77.5]],
  ],
  [
    'it',
    "value: a restatement's holder is not the figure's",
    "La Russia controlla circa il 75% della regione di Kherson, il che significa che l'Ucraina controlla il resto.",
    [['UA-65', 72.5, 77.5]],
  ],
  [
    'de',
    "value: a restatement's holder is not the figure's",
    'Russland kontrolliert etwa 75 Prozent der Region Cherson, was bedeutet, dass die Ukraine den Rest kontrolliert.',
    [['UA-65', 72.5, 77.5]],
  ],
  [
    'uk',
    'value: a number word in the genitive',
    'Росія контролює близько сімдесяти відсотків Херсонської області.',
    [['UA-65', 67.5, 72.5]],
  ],
  [
    'uk',
    'value: a number word with an apostrophe',
    "Росія контролює п'ятдесят відсотків Херсонської області.",
    [['UA-65', 50, 50]],
  ],
  [
    'uk',
    'value: a share unread is not all of it',
    "Росія контролює сімдесят п'ять відсотків Херсонської області.",
    [],
  ],
  [
    'ru',
    'value: a number word in the genitive',
    'Россия контролирует около семидесяти процентов Херсонской области.',
    [['UA-65', 67.5, 72.5]],
  ],
  [
    'pl',
    'value: a number word in the genitive',
    'Rosja kontroluje około siedemdziesięciu procent obwodu chersońskiego.',
    [['UA-65', 67.5, 72.5]],
  ],
  [
    'fr',
    'value: soixante-dix',
    'La Russie contrôle environ soixante-dix pour cent de la région de Kherson.',
    [['UA-65', 67.5, 72.5]],
  ],
  [
    'fr',
    'value: quatre-vingt-dix',
    'La Russie contrôle quatre-vingt-dix pour cent de la région de Louhansk.',
    [['UA-09', 90, 90]],
  ],
  [
    'de',
    'value: siebzig',
    'Russland kontrolliert rund siebzig Prozent der Region Cherson.',
    [['UA-65', 67.5, 72.5]],
  ],
  [
    'de',
    'value: a share unread is not all of it',
    'Russland kontrolliert fünfundsiebzig Prozent der Region Cherson.',
    [],
  ],
  [
    'uk',
    'value: близько третини',
    'Росія контролює близько третини Запорізької області.',
    [['UA-23', 30.833, 35.833]],
  ],
  ['uk', 'value: понад', 'Росія окупувала понад 70% Херсонської області.', [['UA-65', 70, 80]]],
  [
    'uk',
    "value: Ukraine's share, the complement",
    'Україна контролює близько 30% Донецької області.',
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'uk',
    'value: частина (no share)',
    'Росія контролює частину Харківської області.',
    [['UA-63', null, null]],
  ],
  [
    'ru',
    'value: около трети',
    'Россия контролирует около трети Запорожской области.',
    [['UA-23', 30.833, 35.833]],
  ],
  ['ru', 'value: более', 'Россия контролирует более 70% Херсонской области.', [['UA-65', 70, 80]]],
  [
    'ru',
    "value: Ukraine's share, the complement",
    'ВСУ удерживают около 30% Донецкой области.',
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'ru',
    'value: большую часть',
    'Россия контролирует большую часть Луганской области.',
    [['UA-09', 50, 100]],
  ],
  [
    'pl',
    'value: około jednej trzeciej',
    'Rosja kontroluje około jednej trzeciej obwodu zaporoskiego.',
    [['UA-23', 30.833, 35.833]],
  ],
  ['pl', 'value: ponad', 'Rosja okupuje ponad 70 proc. obwodu chersońskiego.', [['UA-65', 70, 80]]],
  [
    'pl',
    "value: Ukraine's share, the complement",
    'Ukraina kontroluje około 30 proc. obwodu donieckiego.',
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'fr',
    'value: environ un tiers',
    'La Russie contrôle environ un tiers de la région de Zaporijia.',
    [['UA-23', 30.833, 35.833]],
  ],
  [
    'fr',
    'value: plus de',
    'La Russie occupe plus de 70 % de la région de Kherson.',
    [['UA-65', 70, 80]],
  ],
  [
    'fr',
    "value: Ukraine's share, the complement",
    "L'Ukraine contrôle encore environ 30 % de l'oblast de Donetsk.",
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'fr',
    "value: the rest's holder is not the figure's",
    "La Russie contrôle environ 70 % de la région de Kherson, le reste étant aux mains de l'Ukraine.",
    [['UA-65', 67.5, 72.5]],
  ],
  [
    'de',
    'value: etwa ein Drittel',
    'Russland kontrolliert etwa ein Drittel der Region Saporischschja.',
    [['UA-23', 30.833, 35.833]],
  ],
  [
    'de',
    'value: mehr als',
    'Russland kontrolliert mehr als 70 Prozent der Region Cherson.',
    [['UA-65', 70, 80]],
  ],
  [
    'de',
    "value: Ukraine's share, the complement",
    'Die Ukraine kontrolliert noch etwa 30 Prozent der Region Donezk.',
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'it',
    'value: circa un terzo',
    'La Russia controlla circa un terzo della regione di Zaporizhzhia.',
    [['UA-23', 30.833, 35.833]],
  ],
  [
    'it',
    'value: più del',
    'La Russia occupa più del 70% della regione di Kherson.',
    [['UA-65', 70, 80]],
  ],
  [
    'it',
    "value: Ukraine's share, the complement",
    "L'Ucraina controlla ancora circa il 30% della regione di Donetsk.",
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'es',
    'value: alrededor de un tercio',
    'Rusia controla alrededor de un tercio de la región de Zaporiyia.',
    [['UA-23', 30.833, 35.833]],
  ],
  ['es', 'value: más del', 'Rusia ocupa más del 70% de la región de Jersón.', [['UA-65', 70, 80]]],
  [
    'es',
    "value: Ukraine's share, the complement",
    'Ucrania todavía controla alrededor del 30% de la región de Donetsk.',
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'es',
    'value: a part word beside a figure',
    'Rusia controla gran parte de Donetsk, alrededor del 75% de la región.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'ar',
    'value: نحو ثلث',
    'تسيطر روسيا على نحو ثلث مقاطعة زابوريجيا.',
    [['UA-23', 30.833, 35.833]],
  ],
  ['ar', 'value: أكثر من', 'تسيطر روسيا على أكثر من 70% من مقاطعة خيرسون.', [['UA-65', 70, 80]]],
  [
    'ar',
    "value: Ukraine's share, the complement",
    'تسيطر أوكرانيا على نحو 30% من مقاطعة دونيتسك.',
    [['UA-14', 67.5, 72.5]],
  ],
];

describe("extract: forms of session 11c (value words: about, more than, a third, Ukraine's share, part and most)", () => {
  it.each(VALUE)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

const STRAY: [string, string, string, Row[]][] = [
  [
    'en',
    'value: about a third',
    'Russia controls about a third of the Zaporizhzhia region.',
    [['UA-23', 30.833, 35.833]],
  ],
  [
    'en',
    'trap: a vote for joining',
    'In the referendum, 87% of voters in the Luhansk region voted for joining Russia.',
    [],
  ],
  [
    'en',
    'trap: a share of housing',
    'Russia occupies nearly 80% of the Donetsk region, where 40% of housing is destroyed.',
    [['UA-14', 75, 80]],
  ],
  [
    'en',
    'control: all of a region held',
    'Russia controls all of the Luhansk region.',
    [['UA-09', 100, 100]],
  ],
  ['uk', 'trap: Ukraine liberated', 'Восени ЗСУ звільнили майже всю Харківську область.', []],
  [
    'uk',
    'trap: a vote for joining',
    'Понад 90% виборців у Луганській області проголосували за приєднання до Росії.',
    [],
  ],
  [
    'uk',
    'trap: a share of housing',
    'Росія окупувала майже 80% Донецької області, а 40% житла там зруйновано.',
    [['UA-14', 75, 80]],
  ],
  [
    'uk',
    'trap: a place, not a share',
    'Обстріли тривають на окупованій частині Запорізької області.',
    [],
  ],
  ['ru', 'trap: Ukraine liberated', 'ВСУ освободили почти всю Харьковскую область.', []],
  [
    'ru',
    "trap: a referendum's result",
    'На референдуме 87% жителей Донецкой области проголосовали за вхождение в Россию.',
    [],
  ],
  [
    'ru',
    'trap: a share of housing',
    'Россия оккупировала почти 80% Донецкой области, где разрушено 40% жилых домов.',
    [['UA-14', 75, 80]],
  ],
  [
    'pl',
    'trap: Ukraine liberated',
    'Jesienią ukraińskie wojska wyzwoliły prawie cały obwód charkowski.',
    [],
  ],
  [
    'pl',
    'trap: a vote for joining',
    'W referendum 87 proc. mieszkańców obwodu ługańskiego głosowało za przyłączeniem do Rosji.',
    [],
  ],
  [
    'pl',
    'trap: a share of buildings',
    'Rosja zajęła prawie 80 proc. obwodu donieckiego, a 40 proc. budynków zostało zniszczonych.',
    [['UA-14', 75, 80]],
  ],
  [
    'fr',
    'trap: Ukraine liberated',
    "À l'automne, l'Ukraine a libéré presque toute la région de Kharkiv.",
    [],
  ],
  [
    'fr',
    'trap: a vote for joining',
    'Lors du référendum, 87 % des électeurs de la région de Louhansk ont voté pour le rattachement à la Russie.',
    [],
  ],
  [
    'fr',
    'trap: a share of housing',
    "La Russie occupe près de 80 % de l'oblast de Donetsk, où 40 % des logements sont détruits.",
    [['UA-14', 75, 80]],
  ],
  [
    'de',
    'trap: Ukraine liberated',
    'Im Herbst startete die Ukraine eine Gegenoffensive und befreite fast die gesamte Region Charkiw.',
    [],
  ],
  [
    'de',
    'trap: a vote for joining',
    'Beim Referendum stimmten 87 Prozent der Wähler in der Region Luhansk für den Beitritt zu Russland.',
    [],
  ],
  [
    'de',
    'trap: a share of housing',
    'Russland hält fast 80 Prozent der Region Donezk, wo 40 Prozent der Wohnungen zerstört sind.',
    [['UA-14', 75, 80]],
  ],
  [
    'it',
    'trap: Ukraine liberated',
    "In autunno l'Ucraina ha liberato quasi tutta la regione di Kharkiv.",
    [],
  ],
  [
    'it',
    'trap: a vote for joining',
    "Al referendum l'87% degli elettori della regione di Luhansk ha votato a favore dell'annessione alla Russia.",
    [],
  ],
  [
    'it',
    'trap: a share of housing',
    "La Russia occupa quasi l'80% della regione di Donetsk, dove il 40% delle abitazioni è distrutto.",
    [['UA-14', 75, 80]],
  ],
  ['es', 'trap: Ukraine liberated', 'En otoño, Ucrania liberó casi toda la región de Járkov.', []],
  [
    'es',
    'trap: a vote for joining',
    'En el referéndum, el 87% de los votantes de la región de Lugansk votó a favor de la anexión a Rusia.',
    [],
  ],
  [
    'es',
    'trap: a share of housing',
    'Rusia ocupa casi el 80% de la región de Donetsk, donde el 40% de las viviendas está destruido.',
    [['UA-14', 75, 80]],
  ],
  ['ar', 'trap: Ukraine liberated', 'حررت أوكرانيا كامل مقاطعة خاركيف تقريبا.', []],
  [
    'ar',
    'trap: a vote for joining',
    'صوت 87% من الناخبين في مقاطعة لوغانسك لصالح الانضمام إلى روسيا.',
    [],
  ],
  [
    'ar',
    'trap: a share of housing',
    'تسيطر روسيا على نحو 80% من مقاطعة دونيتسك، حيث دمر 40% من المنازل.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'ar',
    'trap: the purpose of an offensive',
    'شنت روسيا هجوما للسيطرة على كامل مقاطعة زابوريجيا.',
    [],
  ],
  ['ar', "trap: Ukraine's aim", 'تريد أوكرانيا استعادة كامل مقاطعة خيرسون.', []],
  [
    'uk',
    'trap: under fire, after a figure',
    'Росія контролює 70% Херсонської області. Уся територія області перебуває під обстрілом.',
    [['UA-65', 70, 70]],
  ],
  [
    'ru',
    'trap: under fire, after a figure',
    'Россия контролирует 70% Херсонской области. Вся территория области находится под обстрелом.',
    [['UA-65', 70, 70]],
  ],
  [
    'pl',
    'trap: under fire, after a figure',
    'Rosja kontroluje 70 proc. obwodu chersońskiego. Całe terytorium obwodu jest pod ostrzałem.',
    [['UA-65', 70, 70]],
  ],
  [
    'fr',
    'trap: under fire, after a figure',
    'La Russie contrôle 70 % de la région de Kherson. Tout le territoire de la région est sous le feu.',
    [['UA-65', 70, 70]],
  ],
  [
    'de',
    'trap: under fire, after a figure',
    'Russland kontrolliert 70 Prozent der Region Cherson. Das gesamte Gebiet der Region steht unter Beschuss.',
    [['UA-65', 70, 70]],
  ],
  [
    'it',
    'trap: under fire, after a figure',
    'La Russia controlla il 70% della regione di Kherson. Tutto il territorio della regione è sotto il fuoco.',
    [['UA-65', 70, 70]],
  ],
  [
    'es',
    'trap: under fire, after a figure',
    'Rusia controla el 70% de la región de Jersón. Todo el territorio de la región está bajo el fuego.',
    [['UA-65', 70, 70]],
  ],
  [
    'es',
    "trap: an offensive's purpose after a figure of the region",
    'Rusia controla el 75% de la región de Zaporiyia y lanzó una ofensiva destinada a tomar el control de toda la región de Zaporiyia.',
    [['UA-23', 75, 75]],
  ],
  [
    'it',
    "trap: an offensive's purpose after a figure of the region",
    "La Russia controlla il 75% della regione di Zaporizhzhia e ha lanciato un'offensiva volta a conquistare tutta la regione di Zaporizhzhia.",
    [['UA-23', 75, 75]],
  ],
  [
    'fr',
    "trap: an offensive's purpose after a figure of the region",
    'La Russie contrôle 75 % de la région de Zaporijia et a lancé une offensive destinée à prendre toute la région de Zaporijia.',
    [['UA-23', 75, 75]],
  ],
];

describe('extract: forms of session 11c (strays that stay out: liberated by Ukraine, votes, housing, a place)', () => {
  it.each(STRAY)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
