import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Session 10b: near misses of share and kind, by grammar, in every language at once.
// Sentences composed for each class (none copied from a text of the set):
// - the holder: Ukraine as the subject (noun first or adjective first, "still"/"only" between,
//   keep/hold/retain/defend verbs), passives with Ukraine as the agent, "in Ukrainian hands",
//   "outside Russian control", "not occupied", the verb before its subject, "the rest" restated;
// - vague and quantity words: a part (null), most (50–100), almost all (90–100);
// - which figure: then and now (both), an area and its share (one claim), a gain (a trap), a
//   city's share (not the region's).
const HOLDER: [string, string, string, Row[]][] = [
  // ——— Ukrainian ———
  [
    'uk',
    'ЗСУ контролюють',
    'ЗСУ контролюють близько 30% Донецької області.',
    [['UA-14', 67.5, 72.5]],
  ],
  ['uk', 'Україна досі утримує', 'Україна досі утримує 25% Донеччини.', [['UA-14', 75, 75]]],
  [
    'uk',
    'Сили оборони контролюють',
    'Сили оборони контролюють близько 25% Донеччини.',
    [['UA-14', 72.5, 77.5]],
  ],
  ['uk', 'ЗСУ досі тримають', 'ЗСУ досі тримають близько 20% Донеччини.', [['UA-14', 77.5, 82.5]]],
  [
    'uk',
    'українські захисники обороняють',
    'Українські захисники обороняють близько 25% Донецької області.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'uk',
    'поза контролем Росії',
    'Поза контролем Росії залишаються 25% Донецької області.',
    [['UA-14', 75, 75]],
  ],
  [
    'uk',
    'у руках ЗСУ',
    'У руках ЗСУ залишається близько 20% Донецької області.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'uk',
    'під українським контролем',
    'Під українським контролем залишається 20% Донецької області.',
    [['UA-14', 80, 80]],
  ],
  [
    'uk',
    'неокупованими залишаються',
    'Неокупованими залишаються 30% Запорізької області.',
    [['UA-23', 70, 70]],
  ],
  [
    'uk',
    'решта N% під контролем України',
    'Росія окупувала 70% Донеччини, решта 30% залишається під контролем України.',
    [['UA-14', 70, 70]],
  ],
  // ——— Russian ———
  [
    'ru',
    'ВСУ контролируют',
    'ВСУ контролируют около 30% Донецкой области.',
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'ru',
    'Украина по-прежнему удерживает',
    'Украина по-прежнему удерживает 25% Донецкой области.',
    [['UA-14', 75, 75]],
  ],
  [
    'ru',
    'под контролем Украины остается',
    'Под контролем Украины остается лишь 1% Луганской области.',
    [['UA-09', 99, 99]],
  ],
  [
    'ru',
    'украинские войска удерживают',
    'Украинские войска удерживают более 20% Донецкой области.',
    [['UA-14', 70, 80]],
  ],
  [
    'ru',
    'Киев все еще контролирует',
    'Киев все еще контролирует около 20% Донбасса.',
    [['donbas', 77.5, 82.5]],
  ],
  [
    'ru',
    'вне контроля России',
    'Вне контроля России остаются 25% Донецкой области.',
    [['UA-14', 75, 75]],
  ],
  [
    'ru',
    'в руках ВСУ',
    'В руках ВСУ остается около 20% Донецкой области.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'ru',
    'под украинским контролем',
    'Под украинским контролем остаются 20% Донецкой области.',
    [['UA-14', 80, 80]],
  ],
  [
    'ru',
    'ВСУ обороняют',
    'ВСУ все еще обороняют около 25% Донецкой области.',
    [['UA-14', 72.5, 77.5]],
  ],
  ['ru', 'Russian side: освобождено', 'Освобождено 99% территории ЛНР.', [['UA-09', 99, 99]]],
  [
    'ru',
    'оставшиеся N% под контролем Украины',
    'Россия контролирует 70% Донецкой области, оставшиеся 30% находятся под контролем Украины.',
    [['UA-14', 70, 70]],
  ],
  // ——— Polish ———
  [
    'pl',
    'Ukraina nadal kontroluje',
    'Ukraina nadal kontroluje około 25 proc. obwodu donieckiego.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'pl',
    'Siły ukraińskie kontrolują (noun first)',
    'Siły ukraińskie kontrolują 30 proc. obwodu donieckiego.',
    [['UA-14', 70, 70]],
  ],
  [
    'pl',
    'Wojska ukraińskie wciąż kontrolują',
    'Wojska ukraińskie wciąż kontrolują około 25 proc. obwodu donieckiego.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'pl',
    'Armia ukraińska utrzymuje',
    'Armia ukraińska utrzymuje 20 proc. obwodu donieckiego.',
    [['UA-14', 80, 80]],
  ],
  [
    'pl',
    'Ukraińcy utrzymują',
    'Ukraińcy utrzymują około 20 proc. obwodu donieckiego.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'pl',
    'kontrolowane przez Ukrainę',
    'Kontrolowane przez Ukrainę pozostaje 30 proc. obwodu donieckiego.',
    [['UA-14', 70, 70]],
  ],
  [
    'pl',
    'pod kontrolą Ukrainy',
    'Pod kontrolą Ukrainy pozostaje jedynie 1 proc. obwodu ługańskiego.',
    [['UA-09', 99, 99]],
  ],
  [
    'pl',
    'poza kontrolą Rosji',
    'Poza kontrolą Rosji pozostaje 25 proc. obwodu donieckiego.',
    [['UA-14', 75, 75]],
  ],
  [
    'pl',
    'w rękach ukraińskich',
    'W rękach ukraińskich pozostaje około 20 proc. obwodu donieckiego.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'pl',
    'nieokupowane pozostaje',
    'Nieokupowane pozostaje 30 proc. obwodu zaporoskiego.',
    [['UA-23', 70, 70]],
  ],
  [
    'pl',
    'pozostałe N% kontroluje Ukraina (verb first)',
    'Rosja kontroluje 70 proc. obwodu donieckiego, pozostałe 30 proc. kontroluje Ukraina.',
    [['UA-14', 70, 70]],
  ],
  // ——— German ———
  [
    'de',
    'die Ukraine kontrolliert noch',
    'Die Ukraine kontrolliert noch etwa 25 Prozent der Region Donezk.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'de',
    'die ukrainischen Streitkräfte halten',
    'Die ukrainischen Streitkräfte halten weiterhin rund 30 Prozent des Gebiets Donezk.',
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'de',
    'stehen noch unter ukrainischer Kontrolle',
    'Rund 25 Prozent des Gebiets Donezk stehen noch unter ukrainischer Kontrolle.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'de',
    'in ukrainischer Hand',
    'Etwa 20 Prozent der Region Donezk sind noch in ukrainischer Hand.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'de',
    'nicht besetzt',
    'Nicht besetzt sind noch rund 30 Prozent der Region Saporischschja.',
    [['UA-23', 67.5, 72.5]],
  ],
  [
    'de',
    'die ukrainische Armee verteidigt',
    'Die ukrainische Armee verteidigt noch rund 25 Prozent der Region Donezk.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'de',
    'außerhalb russischer Kontrolle',
    'Außerhalb russischer Kontrolle sind noch etwa 25 Prozent der Region Donezk.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'de',
    'von der Ukraine gehalten',
    'Etwa 20 Prozent der Region Donezk werden noch von der Ukraine gehalten.',
    [['UA-14', 77.5, 82.5]],
  ],
  ['de', 'Kiew hält noch', 'Kiew hält noch etwa 20 Prozent des Donbass.', [['donbas', 77.5, 82.5]]],
  [
    'de',
    'die restlichen N% hält die Ukraine',
    'Russland kontrolliert 70 Prozent der Region Donezk, die restlichen 30 Prozent hält die Ukraine.',
    [['UA-14', 70, 70]],
  ],
  // ——— French ———
  [
    'fr',
    "l'Ukraine contrôle encore",
    "L'Ukraine contrôle encore environ 25 % de l'oblast de Donetsk.",
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'fr',
    'les forces ukrainiennes tiennent toujours',
    'Les forces ukrainiennes tiennent toujours 30 % de la région de Donetsk.',
    [['UA-14', 70, 70]],
  ],
  [
    'fr',
    'restent sous contrôle ukrainien',
    "Environ 20 % de l'oblast de Donetsk restent sous contrôle ukrainien.",
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'fr',
    'aux mains des Ukrainiens',
    'Environ 20 % de la région de Donetsk sont encore aux mains des Ukrainiens.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'fr',
    'ne contrôle plus que (only, not a negation)',
    'Kiev ne contrôle plus que 1 % de la région de Louhansk.',
    [['UA-09', 99, 99]],
  ],
  [
    'fr',
    "tenus par l'Ukraine (passive)",
    "La Russie contrôle 70 % de la région de Donetsk, les 30 % restants sont tenus par l'Ukraine.",
    [['UA-14', 70, 70]],
  ],
  [
    'fr',
    "l'armée ukrainienne défend",
    "L'armée ukrainienne défend encore environ 25 % de la région de Donetsk.",
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'fr',
    'échappent au contrôle russe',
    "Environ 25 % de l'oblast de Donetsk échappent encore au contrôle russe.",
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'fr',
    'les Ukrainiens contrôlent toujours',
    'Les Ukrainiens contrôlent toujours 20 % de la région de Donetsk.',
    [['UA-14', 80, 80]],
  ],
  [
    'fr',
    'non occupés',
    'Environ 30 % de la région de Zaporijia ne sont pas occupés.',
    [['UA-23', 67.5, 72.5]],
  ],
  // ——— Italian ———
  [
    'it',
    "l'Ucraina controlla ancora",
    "L'Ucraina controlla ancora circa il 25% della regione di Donetsk.",
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'it',
    'le forze ucraine mantengono il controllo',
    'Le forze ucraine mantengono il controllo del 30% della regione di Donetsk.',
    [['UA-14', 70, 70]],
  ],
  [
    'it',
    'resta sotto il controllo ucraino',
    "Circa il 20% dell'oblast di Donetsk resta sotto il controllo ucraino.",
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'it',
    'in mano ucraina',
    'Circa il 20% della regione di Donetsk è ancora in mano ucraina.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'it',
    'Kiev controlla ormai solo',
    "Kiev controlla ormai solo l'1% della regione di Lugansk.",
    [['UA-09', 99, 99]],
  ],
  [
    'it',
    "controllato dall'Ucraina (passive)",
    "La Russia controlla il 70% della regione di Donetsk, il restante 30% è controllato dall'Ucraina.",
    [['UA-14', 70, 70]],
  ],
  [
    'it',
    "l'esercito ucraino difende",
    "L'esercito ucraino difende ancora circa il 25% della regione di Donetsk.",
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'it',
    'le truppe ucraine controllano',
    'Le truppe ucraine controllano ancora il 20% della regione di Donetsk.',
    [['UA-14', 80, 80]],
  ],
  [
    'it',
    'gli ucraini tengono',
    'Gli ucraini tengono ancora il 20% della regione di Donetsk.',
    [['UA-14', 80, 80]],
  ],
  [
    'it',
    'non è occupato',
    'Circa il 25% della regione di Donetsk non è occupato.',
    [['UA-14', 72.5, 77.5]],
  ],
  // ——— Spanish ———
  [
    'es',
    'Ucrania todavía controla',
    'Ucrania todavía controla alrededor del 25% de la región de Donetsk.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'es',
    'las tropas ucranianas mantienen',
    'Las tropas ucranianas mantienen el 30% de la región de Donetsk.',
    [['UA-14', 70, 70]],
  ],
  [
    'es',
    'sigue bajo control ucraniano',
    'Alrededor del 20% de la región de Donetsk sigue bajo control ucraniano.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'es',
    'en manos ucranianas',
    'Cerca del 20% de la región de Donetsk sigue en manos ucranianas.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'es',
    'Kiev solo controla ya',
    'Kiev solo controla ya el 1% de la región de Lugansk.',
    [['UA-09', 99, 99]],
  ],
  [
    'es',
    'el N% restante en manos de Ucrania',
    'Rusia controla el 70% de la región de Donetsk; el 30% restante está en manos de Ucrania.',
    [['UA-14', 70, 70]],
  ],
  [
    'es',
    'el ejército ucraniano defiende',
    'El ejército ucraniano defiende todavía alrededor del 25% de la región de Donetsk.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'es',
    'las fuerzas ucranianas aún controlan',
    'Las fuerzas ucranianas aún controlan el 20% de la región de Donetsk.',
    [['UA-14', 80, 80]],
  ],
  [
    'es',
    'los ucranianos conservan',
    'Los ucranianos conservan el 20% de la región de Donetsk.',
    [['UA-14', 80, 80]],
  ],
  [
    'es',
    'no controla más que (only, not a negation)',
    'Kiev no controla más que el 1% de la región de Lugansk.',
    [['UA-09', 99, 99]],
  ],
  [
    'es',
    'controlado por Ucrania (passive)',
    'Alrededor del 20% de la región de Donetsk sigue controlado por Ucrania.',
    [['UA-14', 77.5, 82.5]],
  ],
  // ——— Arabic ———
  [
    'ar',
    'تسيطر القوات الأوكرانية',
    'تسيطر القوات الأوكرانية على نحو 25% من منطقة دونيتسك.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'ar',
    'لا تزال أوكرانيا تسيطر (still, not a negation)',
    'لا تزال أوكرانيا تسيطر على 30% من منطقة دونيتسك.',
    [['UA-14', 70, 70]],
  ],
  [
    'ar',
    'يسيطر الجيش الأوكراني',
    'يسيطر الجيش الأوكراني على 20% من منطقة دونيتسك.',
    [['UA-14', 80, 80]],
  ],
  [
    'ar',
    'لا يزال … تحت السيطرة الأوكرانية',
    'لا يزال نحو 25% من منطقة دونيتسك تحت السيطرة الأوكرانية.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'ar',
    'تبقى … تحت سيطرة أوكرانيا',
    'تسيطر روسيا على 70% من منطقة دونيتسك، فيما تبقى 30% تحت سيطرة أوكرانيا.',
    [['UA-14', 70, 70]],
  ],
  [
    'ar',
    'تحتفظ القوات الأوكرانية',
    'تحتفظ القوات الأوكرانية بنحو 25% من منطقة دونيتسك.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'ar',
    'لا تزال كييف تسيطر',
    'لا تزال كييف تسيطر على نحو 20% من دونباس.',
    [['donbas', 77.5, 82.5]],
  ],
  [
    'ar',
    'خارج السيطرة الروسية',
    'يبقى نحو 25% من منطقة دونيتسك خارج السيطرة الروسية.',
    [['UA-14', 72.5, 77.5]],
  ],
  ['ar', 'غير محتلة', 'لا تزال نحو 30% من منطقة زابوريجيا غير محتلة.', [['UA-23', 67.5, 72.5]]],
  [
    'ar',
    'يدافع الجيش الأوكراني',
    'يدافع الجيش الأوكراني عن نحو 25% من منطقة دونيتسك.',
    [['UA-14', 72.5, 77.5]],
  ],
  // ——— English ———
  [
    'en',
    'Ukrainian forces still hold',
    'Ukrainian forces still hold about 25% of the Donetsk region.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'en',
    'Kyiv retains control of',
    'Kyiv retains control of roughly 30 percent of Donetsk oblast.',
    [['UA-14', 67.5, 72.5]],
  ],
  [
    'en',
    'remains in Ukrainian hands',
    'About 20% of the Donetsk region remains in Ukrainian hands.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'en',
    'outside Russian control',
    'Some 25% of Donetsk oblast is still outside Russian control.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'en',
    'not occupied',
    'Around 30% of the Zaporizhzhia region is not occupied.',
    [['UA-23', 67.5, 72.5]],
  ],
  [
    'en',
    'the remaining N% held by Ukraine',
    'Russia controls 70% of the Donetsk region; the remaining 30% is held by Ukraine.',
    [['UA-14', 70, 70]],
  ],
  [
    'en',
    "Ukraine's army defends",
    "Ukraine's army defends roughly 25% of the Donetsk region.",
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'en',
    'the Ukrainians have kept',
    'The Ukrainians have kept about 20% of Donetsk oblast.',
    [['UA-14', 77.5, 82.5]],
  ],
  [
    'en',
    'Ukrainian troops control only',
    'Ukrainian troops control only 1% of the Luhansk region.',
    [['UA-09', 99, 99]],
  ],
  [
    'en',
    'Russia occupies most',
    'Russia occupies most of the Zaporizhzhia region.',
    [['UA-23', 50, 100]],
  ],
];

const SHARE: [string, string, string, Row[]][] = [
  // Vague and quantity words; which figure.
  [
    'uk',
    'частина: no figure',
    'Окупанти захопили частину Харківської області.',
    [['UA-63', null, null]],
  ],
  [
    'uk',
    'більша частина: most',
    'Окупанти контролюють більшу частину Запорізької області.',
    [['UA-23', 50, 100]],
  ],
  ['uk', 'майже всю', 'Росія окупувала майже всю Луганську область.', [['UA-09', 90, 100]]],
  [
    'uk',
    'then and now',
    'Росія контролювала 90% Луганщини навесні, а тепер контролює 99%.',
    [
      ['UA-09', 90, 90],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'uk',
    'area and share: one claim',
    'Росія окупувала 20 тис. кв. км, або 75% Донецької області.',
    [['UA-14', 75, 75]],
  ],
  ['uk', "trap: a city's share", 'Ворог окупував 90% Маріуполя, що в Донецькій області.', []],
  [
    'ru',
    'часть: no figure',
    'Российские войска заняли часть Харьковской области.',
    [['UA-63', null, null]],
  ],
  [
    'ru',
    'большая часть: most',
    'Россия контролирует большую часть Запорожской области.',
    [['UA-23', 50, 100]],
  ],
  ['ru', 'почти всю', 'Россия контролирует почти всю Луганскую область.', [['UA-09', 90, 100]]],
  [
    'ru',
    'then and now',
    'Весной Россия контролировала 90% Луганской области, а сейчас контролирует 99%.',
    [
      ['UA-09', 90, 90],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'ru',
    'area and share: one claim',
    'Под контролем ВС РФ находится 20 тыс. кв. км, или 75% Донецкой области.',
    [['UA-14', 75, 75]],
  ],
  [
    'pl',
    'część: no figure',
    'Rosjanie zajęli część obwodu charkowskiego.',
    [['UA-63', null, null]],
  ],
  [
    'pl',
    'większość: most',
    'Rosja kontroluje większość obwodu zaporoskiego.',
    [['UA-23', 50, 100]],
  ],
  ['pl', 'prawie cały', 'Rosja okupuje prawie cały obwód ługański.', [['UA-09', 90, 100]]],
  [
    'pl',
    'then and now',
    'Wiosną Rosja kontrolowała 90 proc. obwodu ługańskiego, a teraz kontroluje 99 proc.',
    [
      ['UA-09', 90, 90],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'pl',
    'area and share: one claim',
    'Rosjanie zajęli 20 tys. km kw., czyli 75 proc. obwodu donieckiego.',
    [['UA-14', 75, 75]],
  ],
  [
    'de',
    'Teile: no figure',
    'Russland hat Teile der Region Charkiw besetzt.',
    [['UA-63', null, null]],
  ],
  [
    'de',
    'den Großteil: most',
    'Russland kontrolliert den Großteil der Region Saporischschja.',
    [['UA-23', 50, 100]],
  ],
  [
    'de',
    'fast die gesamte',
    'Russland hat fast die gesamte Region Luhansk besetzt.',
    [['UA-09', 90, 100]],
  ],
  [
    'de',
    'then and now',
    'Im Frühjahr kontrollierte Russland 90 Prozent der Region Luhansk, inzwischen sind es 99 Prozent.',
    [
      ['UA-09', 90, 90],
      ['UA-09', 99, 99],
    ],
  ],
  [
    'fr',
    'une partie: no figure',
    'La Russie occupe une partie de la région de Kharkiv.',
    [['UA-63', null, null]],
  ],
  [
    'fr',
    'la majeure partie: most',
    'La Russie contrôle la majeure partie de la région de Zaporijia.',
    [['UA-23', 50, 100]],
  ],
  [
    'fr',
    'la quasi-totalité',
    'La Russie occupe la quasi-totalité de la région de Louhansk.',
    [['UA-09', 90, 100]],
  ],
  [
    'fr',
    'area and share: one claim',
    "La Russie contrôle 20 000 kilomètres carrés, soit 75 % de l'oblast de Donetsk.",
    [['UA-14', 75, 75]],
  ],
  [
    'it',
    'parte: no figure',
    'La Russia ha occupato parte della regione di Kharkiv.',
    [['UA-63', null, null]],
  ],
  [
    'it',
    'la maggior parte: most',
    'La Russia controlla la maggior parte della regione di Zaporizhzhia.',
    [['UA-23', 50, 100]],
  ],
  [
    'it',
    'quasi tutta',
    'La Russia ha occupato quasi tutta la regione di Lugansk.',
    [['UA-09', 90, 100]],
  ],
  [
    'it',
    'then and now',
    'In primavera la Russia controllava il 90% della regione di Lugansk, ora ne controlla il 99%.',
    [
      ['UA-09', 90, 90],
      ['UA-09', 99, 99],
    ],
  ],
  ['es', 'parte: no figure', 'Rusia ocupó parte de la región de Járkov.', [['UA-63', null, null]]],
  [
    'es',
    'la mayor parte: most',
    'Rusia controla la mayor parte de la región de Zaporiyia.',
    [['UA-23', 50, 100]],
  ],
  ['es', 'casi toda', 'Rusia ocupa casi toda la región de Lugansk.', [['UA-09', 90, 100]]],
  [
    'es',
    'area and share: one claim',
    'Rusia controla 20.000 kilómetros cuadrados, es decir, el 75% de la región de Donetsk.',
    [['UA-14', 75, 75]],
  ],
  ['ar', 'أجزاء: no figure', 'تسيطر روسيا على أجزاء من منطقة خاركيف.', [['UA-63', null, null]]],
  ['ar', 'معظم: most', 'تسيطر روسيا على معظم منطقة زابوريجيا.', [['UA-23', 50, 100]]],
  ['ar', 'غالبية: most', 'تسيطر روسيا على غالبية منطقة زابوريجيا.', [['UA-23', 50, 100]]],
  [
    'ar',
    'بالكامل تقريبا: almost all',
    'تسيطر روسيا على منطقة لوغانسك بالكامل تقريبا.',
    [['UA-09', 90, 100]],
  ],
  [
    'ar',
    'now and before',
    'تسيطر روسيا على 99% من منطقة لوغانسك بعد أن كانت تسيطر على 90% في الربيع.',
    [
      ['UA-09', 99, 99],
      ['UA-09', 90, 90],
    ],
  ],
  [
    'es',
    'trap: de las cuales (a share of people)',
    'En la región de Lugansk controlada por Ucrania, están más de 40.000 personas, el 99% de las cuales no quiere irse.',
    [],
  ],
  [
    'uk',
    'trap: з яких (a share of people)',
    'На підконтрольній Україні частині Донеччини живуть 300 тисяч людей, 90% з яких літні.',
    [],
  ],
  [
    'en',
    'nearly the entire',
    'Russia holds nearly the entire Luhansk region.',
    [['UA-09', 90, 100]],
  ],
  [
    'en',
    'then and now',
    'Russia held 90% of Luhansk in spring but holds 99% now.',
    [
      ['UA-09', 90, 90],
      ['UA-09', 99, 99],
    ],
  ],
];

// What is left to Ukraine (its share), what Ukraine lost (Russia's), "from X% to Y%" (two levels).
const LEFT: [string, string, string, Row[]][] = [
  ['uk', 'у України залишилося', 'У України залишилося менше 30% Донеччини.', [['UA-14', 70, 80]]],
  [
    'ru',
    'у Украины осталось',
    'У Украины осталось менее 30% Донецкой области.',
    [['UA-14', 70, 80]],
  ],
  [
    'pl',
    'Ukrainie zostało',
    'Ukrainie zostało mniej niż 30 proc. obwodu donieckiego.',
    [['UA-14', 70, 80]],
  ],
  [
    'de',
    'der Ukraine bleiben',
    'Der Ukraine bleiben weniger als 30 Prozent der Region Donezk.',
    [['UA-14', 70, 80]],
  ],
  [
    'fr',
    "il reste à l'Ukraine",
    "Il reste à l'Ukraine moins de 30 % de la région de Donetsk.",
    [['UA-14', 70, 80]],
  ],
  [
    'es',
    'a Ucrania le queda',
    'A Ucrania le queda menos del 30% de la región de Donetsk.',
    [['UA-14', 70, 80]],
  ],
  [
    'it',
    "all'Ucraina resta",
    "All'Ucraina resta meno del 30% della regione di Donetsk.",
    [['UA-14', 70, 80]],
  ],
  ['uk', 'Україна втратила', 'Україна втратила близько 18% своєї території.', [['UA', 17.5, 18.5]]],
  ['ru', 'Украина потеряла', 'Украина потеряла около 18% своей территории.', [['UA', 17.5, 18.5]]],
  [
    'pl',
    'Ukraina straciła',
    'Ukraina straciła około 18 proc. swojego terytorium.',
    [['UA', 17.5, 18.5]],
  ],
  [
    'de',
    'die Ukraine hat … verloren',
    'Die Ukraine hat etwa 18 Prozent ihres Territoriums verloren.',
    [['UA', 17.5, 18.5]],
  ],
  [
    'fr',
    "l'Ukraine a perdu",
    "L'Ukraine a perdu environ 18 % de son territoire.",
    [['UA', 17.5, 18.5]],
  ],
  [
    'it',
    "l'Ucraina ha perso",
    "L'Ucraina ha perso circa il 18% del suo territorio.",
    [['UA', 17.5, 18.5]],
  ],
  [
    'es',
    'Ucrania ha perdido',
    'Ucrania ha perdido alrededor del 18% de su territorio.',
    [['UA', 17.5, 18.5]],
  ],
  [
    'uk',
    'з X% до Y%: "до" is "to", not "up to"',
    'Частка окупованої території Луганщини зросла з 94% до 99%.',
    [
      ['UA-09', 94, 94],
      ['UA-09', 99, 99],
    ],
  ],
  ['uk', 'до X%: up to', 'Росія контролює до 20% Харківщини.', [['UA-63', 10, 20]]],
];

describe('extract: forms of session 10b (what is left to Ukraine, what it lost)', () => {
  it.each(LEFT)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: forms of session 10b (who holds the share)', () => {
  it.each(HOLDER)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: forms of session 10b (what kind of figure)', () => {
  it.each(SHARE)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

// Quantity words by the dataset's rules: a part (vague, null), most 50–100, the vast majority
// 75–100, almost all 90–100.
const QUANTITY: [string, string, string, Row[]][] = [
  [
    'uk',
    'quantity word',
    'Росія окупувала переважну більшість території Луганщини.',
    [['UA-09', 75, 100]],
  ],
  ['uk', 'quantity word', 'Росія окупувала левову частку Луганщини.', [['UA-09', 50, 100]]],
  ['uk', 'quantity word', 'Росія окупувала значну частину Харківщини.', [['UA-63', null, null]]],
  ['uk', 'quantity word', 'Луганщина майже повністю окупована.', [['UA-09', 90, 100]]],
  ['uk', 'quantity word', 'Росія окупувала практично всю Луганщину.', [['UA-09', 90, 100]]],
  [
    'ru',
    'quantity word',
    'Россия оккупировала подавляющее большинство территории Луганской области.',
    [['UA-09', 75, 100]],
  ],
  [
    'ru',
    'quantity word',
    'Россия контролирует львиную долю Луганской области.',
    [['UA-09', 50, 100]],
  ],
  [
    'ru',
    'quantity word',
    'Россия оккупировала значительную часть Харьковской области.',
    [['UA-63', null, null]],
  ],
  ['ru', 'quantity word', 'Луганская область почти полностью оккупирована.', [['UA-09', 90, 100]]],
  [
    'pl',
    'quantity word',
    'Rosja okupuje zdecydowaną większość obwodu ługańskiego.',
    [['UA-09', 75, 100]],
  ],
  ['pl', 'quantity word', 'Rosja okupuje lwią część obwodu ługańskiego.', [['UA-09', 50, 100]]],
  [
    'pl',
    'quantity word',
    'Rosja okupuje znaczną część obwodu charkowskiego.',
    [['UA-63', null, null]],
  ],
  ['pl', 'quantity word', 'Obwód ługański jest niemal całkowicie okupowany.', [['UA-09', 90, 100]]],
  [
    'de',
    'quantity word',
    'Russland hält den überwiegenden Teil der Region Luhansk.',
    [['UA-09', 50, 100]],
  ],
  ['de', 'quantity word', 'Russland hält einen Großteil der Region Luhansk.', [['UA-09', 50, 100]]],
  [
    'de',
    'quantity word',
    'Russland kontrolliert die große Mehrheit der Region Luhansk.',
    [['UA-09', 75, 100]],
  ],
  [
    'de',
    'quantity word',
    'Die Region Luhansk ist nahezu vollständig besetzt.',
    [['UA-09', 90, 100]],
  ],
  [
    'de',
    'quantity word',
    'Russland kontrolliert große Teile der Region Charkiw.',
    [['UA-63', null, null]],
  ],
  [
    'fr',
    'quantity word',
    "La Russie contrôle l'essentiel de la région de Louhansk.",
    [['UA-09', 50, 100]],
  ],
  [
    'fr',
    'quantity word',
    'La Russie contrôle la grande majorité de la région de Louhansk.',
    [['UA-09', 75, 100]],
  ],
  [
    'fr',
    'quantity word',
    'La Russie contrôle une grande partie de la région de Kharkiv.',
    [['UA-63', null, null]],
  ],
  [
    'fr',
    'quantity word',
    'La région de Louhansk est presque entièrement occupée.',
    [['UA-09', 90, 100]],
  ],
  [
    'it',
    'quantity word',
    'La Russia controlla la stragrande maggioranza della regione di Lugansk.',
    [['UA-09', 75, 100]],
  ],
  [
    'it',
    'quantity word',
    'La Russia controlla buona parte della regione di Kharkiv.',
    [['UA-63', null, null]],
  ],
  [
    'it',
    'quantity word',
    'La regione di Lugansk è quasi interamente occupata.',
    [['UA-09', 90, 100]],
  ],
  [
    'es',
    'quantity word',
    'Rusia controla la inmensa mayoría de la región de Lugansk.',
    [['UA-09', 75, 100]],
  ],
  [
    'es',
    'quantity word',
    'Rusia controla la gran mayoría de la región de Lugansk.',
    [['UA-09', 75, 100]],
  ],
  [
    'es',
    'quantity word',
    'Rusia controla gran parte de la región de Járkov.',
    [['UA-63', null, null]],
  ],
  [
    'es',
    'quantity word',
    'La región de Lugansk está casi completamente ocupada.',
    [['UA-09', 90, 100]],
  ],
  [
    'ar',
    'quantity word',
    'تسيطر روسيا على الغالبية العظمى من منطقة لوغانسك.',
    [['UA-09', 75, 100]],
  ],
  ['ar', 'quantity word', 'تسيطر روسيا على الجزء الأكبر من منطقة لوغانسك.', [['UA-09', 50, 100]]],
  ['ar', 'quantity word', 'تسيطر روسيا على جزء كبير من منطقة خاركيف.', [['UA-63', null, null]]],
  [
    'en',
    'quantity word',
    'Russia controls the vast majority of the Luhansk region.',
    [['UA-09', 75, 100]],
  ],
];

describe('extract: forms of session 10b (quantity words)', () => {
  it.each(QUANTITY)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

// Which figure: two figures of one region in a sentence.
const WHICH: [string, string, string, Row[]][] = [
  [
    'uk',
    'Ukraine with its verb left out: the rest, not another share',
    'Росія контролює 75% Донеччини, Україна — 25%.',
    [['UA-14', 75, 75]],
  ],
  [
    'ru',
    'Ukraine with its verb left out: the rest, not another share',
    'Россия контролирует 75% Донецкой области, Украина — 25%.',
    [['UA-14', 75, 75]],
  ],
  [
    'pl',
    'Ukraine with its verb left out: the rest, not another share',
    'Rosja kontroluje 75 proc. obwodu donieckiego, Ukraina – 25 proc.',
    [['UA-14', 75, 75]],
  ],
  [
    'de',
    'Ukraine with its verb left out: the rest, not another share',
    'Russland kontrolliert 75 Prozent der Region Donezk, die Ukraine 25 Prozent.',
    [['UA-14', 75, 75]],
  ],
  [
    'fr',
    'Ukraine with its verb left out: the rest, not another share',
    "La Russie contrôle 75 % de la région de Donetsk, l'Ukraine 25 %.",
    [['UA-14', 75, 75]],
  ],
  [
    'it',
    'Ukraine with its verb left out: the rest, not another share',
    "La Russia controlla il 75% della regione di Donetsk, l'Ucraina il 25%.",
    [['UA-14', 75, 75]],
  ],
  [
    'es',
    'Ukraine with its verb left out: the rest, not another share',
    'Rusia controla el 75% de la región de Donetsk y Ucrania el 25%.',
    [['UA-14', 75, 75]],
  ],
  [
    'ar',
    'Ukraine with its verb left out: the rest, not another share',
    'تسيطر روسيا على 75% من منطقة دونيتسك، وأوكرانيا على 25%.',
    [['UA-14', 75, 75]],
  ],
  [
    'uk',
    'an area and the share it is: one claim',
    'Росія контролює 20 тис. кв. км Донеччини, що становить 75% області.',
    [['UA-14', 75, 75]],
  ],
  [
    'de',
    'an area and the share it is: one claim',
    'Russland kontrolliert 20.000 Quadratkilometer der Region Donezk, das sind 75 Prozent.',
    [['UA-14', 75, 75]],
  ],
  [
    'it',
    'an area and the share it is: one claim',
    'La Russia controlla 20.000 chilometri quadrati della regione di Donetsk, pari al 75% del territorio.',
    [['UA-14', 75, 75]],
  ],
  [
    'pl',
    'an area and the share it is: one claim',
    'Rosja kontroluje 20 tys. km kw. obwodu donieckiego, co stanowi 75 proc. jego powierzchni.',
    [['UA-14', 75, 75]],
  ],
  ['uk', "trap: a city's share", 'Росія контролює 90% Бахмута в Донецькій області.', []],
  [
    'de',
    "trap: a city's share",
    'Russland kontrolliert 90 Prozent von Bachmut in der Region Donezk.',
    [],
  ],
  [
    'uk',
    'of which: the part gained is a trap, the total stays',
    'Росія контролює 75% Донеччини, з них 2% окупувала за останній місяць.',
    [['UA-14', 75, 75]],
  ],
  [
    'ru',
    'of which: the part gained is a trap, the total stays',
    'Россия контролирует 75% Донецкой области, из них 2% захвачено за последний месяц.',
    [['UA-14', 75, 75]],
  ],
  [
    'de',
    'of which: the part gained is a trap, the total stays',
    'Russland kontrolliert 75 Prozent der Region Donezk und hat im vergangenen Monat weitere 2 Prozent erobert.',
    [['UA-14', 75, 75]],
  ],
  [
    'fr',
    'of which: the part gained is a trap, the total stays',
    'La Russie contrôle 75 % de la région de Donetsk, dont 2 % conquis le mois dernier.',
    [['UA-14', 75, 75]],
  ],
  [
    'es',
    'of which: the part gained is a trap, the total stays',
    'Rusia controla el 75% de la región de Donetsk, de los cuales un 2% fue conquistado el mes pasado.',
    [['UA-14', 75, 75]],
  ],
  [
    'it',
    'of which: the part gained is a trap, the total stays',
    "La Russia controlla il 75% della regione di Donetsk, di cui il 2% conquistato nell'ultimo mese.",
    [['UA-14', 75, 75]],
  ],
  [
    'pl',
    'of which: the part gained is a trap, the total stays',
    'Rosja kontroluje 75 proc. obwodu donieckiego, z czego 2 proc. zajęła w ostatnim miesiącu.',
    [['UA-14', 75, 75]],
  ],
];

describe('extract: forms of session 10b (which figure)', () => {
  it.each(WHICH)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

// The rest: what Russia still has to take (Ukraine's share), all but a part excepted.
const REST: [string, string, string, Row[]][] = [
  [
    'fr',
    'il reste encore à conquérir N %',
    "Il reste encore à conquérir environ 25 % de l'oblast de Donetsk.",
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'fr',
    'trap: reste déterminée à prendre (an aim)',
    'La Russie reste déterminée à prendre 100 % du Donbass.',
    [],
  ],
  [
    'ru',
    'a demand for the rest: all of it',
    'Москва требует, чтобы Киев отдал оставшиеся 25% Донецкой области.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'uk',
    'a demand for the rest: all of it',
    'Москва вимагає, щоб Україна віддала решту 25% Донецької області.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'pl',
    'a demand for the rest: all of it',
    'Rosja żąda oddania pozostałych 25 proc. obwodu donieckiego.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'fr',
    'a demand for the rest: all of it',
    "Moscou exige que Kiev cède les 25 % restants de l'oblast de Donetsk.",
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'es',
    'a demand for the rest: all of it',
    'Moscú exige que Ucrania ceda el 25% restante de la región de Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'it',
    'a demand for the rest: all of it',
    "Mosca chiede all'Ucraina di cedere il restante 25% della regione di Donetsk.",
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'uk',
    'the rest restated under Ukrainian control: one claim',
    'Окупанти контролюють 80% Донецької області, решта 20% — під контролем ЗСУ.',
    [['UA-14', 80, 80]],
  ],
  [
    'fr',
    'les N % restants de: the region after the rest word',
    "La Russie contrôle les 75 % restants de l'oblast de Donetsk.",
    [['UA-14', 75, 75]],
  ],
  [
    'uk',
    'what Russia still has to take: Ukraine holds it',
    'Росії залишилося захопити близько 25% Донецької області.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'ru',
    'what Russia still has to take: Ukraine holds it',
    'России осталось захватить около 25% Донецкой области.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'ru',
    'what Russia still has to take: Ukraine holds it',
    'Российским войскам остается освободить около 25% территории ДНР.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'pl',
    'what Russia still has to take: Ukraine holds it',
    'Rosji pozostało do zajęcia około 25 proc. obwodu donieckiego.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'de',
    'what Russia still has to take: Ukraine holds it',
    'Russland muss noch etwa 25 Prozent der Region Donezk erobern.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'fr',
    'what Russia still has to take: Ukraine holds it',
    "Il reste à la Russie environ 25 % de l'oblast de Donetsk à conquérir.",
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'it',
    'what Russia still has to take: Ukraine holds it',
    'Alla Russia resta da conquistare circa il 25% della regione di Donetsk.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'es',
    'what Russia still has to take: Ukraine holds it',
    'A Rusia le queda por conquistar alrededor del 25% de la región de Donetsk.',
    [['UA-14', 72.5, 77.5]],
  ],
  [
    'en',
    'what Russia still has to take: Ukraine holds it',
    'Russia still has to capture the remaining 25% of the Donetsk region.',
    [['UA-14', 75, 75]],
  ],
  [
    'uk',
    'all but the part excepted',
    'Росія контролює всю Луганську область, крім 1%.',
    [['UA-09', 99, 99]],
  ],
  [
    'ru',
    'all but the part excepted',
    'Россия контролирует всю Луганскую область, за исключением 1%.',
    [['UA-09', 99, 99]],
  ],
];

describe('extract: forms of session 10b (the rest)', () => {
  it.each(REST)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
