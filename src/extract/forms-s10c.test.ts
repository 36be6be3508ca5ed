import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Session 10c: regions named as held, claimed or demanded with no figure (predicatives,
// passives, claim verbs and their lists, demands, "does not fully control" as partial), and
// the right region for a figure (lists paired with lists, Donetsk and Luhansk vs Donbas, the
// DPR/LPR names). Written from each language's grammar before the rules, in all nine languages;
// traps: negations, conditions, cities, liberation, and attributive participles ("occupied
// Crimea"), which the set's labelling convention does not count as a statement.
const FOUR: Row[] = [
  ['UA-09', 100, 100, 'claim'],
  ['UA-14', 100, 100, 'claim'],
  ['UA-23', 100, 100, 'claim'],
  ['UA-65', 100, 100, 'claim'],
];
const RESPECTIVELY: Row[] = [
  ['UA-09', 99, 99],
  ['UA-14', 75, 75],
  ['UA-23', 70, 70],
];
const FOUR_PARTLY: Row[] = [['annexed-four', null, null]];
const CRIMEA: Row[] = [['crimea', 100, 100]];
const CRIMEA_CLAIMED: Row[] = [['crimea', 100, 100, 'claim']];

const RULES: [string, string, string, Row[]][] = [
  // ——— English ———
  ['en', 'has been occupied since', 'Crimea has been occupied by Russia since 2014.', CRIMEA],
  [
    'en',
    'is under Russian occupation',
    'The Luhansk region is under Russian occupation.',
    [['UA-09', 100, 100]],
  ],
  [
    'en',
    'annexed A, B, C and D',
    'In 2022 Russia annexed the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.',
    FOUR,
  ],
  ['en', 'was annexed', 'Crimea was annexed by Russia in 2014.', CRIMEA_CLAIMED],
  [
    'en',
    'demands the withdrawal from',
    'Moscow demands the withdrawal of Ukrainian troops from the Donetsk region.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'en',
    'does not fully control any of the four regions',
    'Russia does not fully control any of the four regions.',
    FOUR_PARTLY,
  ],
  [
    'en',
    'occupied parts of',
    'Russian forces have occupied parts of the Kharkiv region.',
    [['UA-63', null, null]],
  ],
  [
    'en',
    'respectively',
    'Russia holds 99%, 75% and 70% of the Luhansk, Donetsk and Zaporizhzhia regions respectively.',
    RESPECTIVELY,
  ],
  [
    'en',
    'both regions, not Donbas',
    'Russia now controls all of the Donetsk and Luhansk regions.',
    [
      ['UA-09', 100, 100],
      ['UA-14', 100, 100],
    ],
  ],
  ['en', 'trap: has not annexed', 'Russia has not annexed the Kharkiv region.', []],
  ['en', 'trap: if … annexed', 'If Russia annexed the Kharkiv region, the talks would end.', []],
  [
    'en',
    'trap: city occupied, then liberated',
    'Kherson city was occupied in March 2022 and liberated in November.',
    [],
  ],
  ['en', 'trap: attributive', 'Troops moved north from occupied Crimea.', []],
  // ——— Ukrainian ———
  ['uk', 'окупований … з 2014 року', 'Крим окупований Росією з 2014 року.', CRIMEA],
  [
    'uk',
    'перебуває під контролем Росії',
    'Луганська область перебуває під контролем Росії.',
    [['UA-09', 100, 100]],
  ],
  [
    'uk',
    'анексувала A, B, C та D',
    'У 2022 році Росія анексувала Донецьку, Луганську, Запорізьку та Херсонську області.',
    FOUR,
  ],
  ['uk', 'було анексовано', 'Крим було анексовано Росією у 2014 році.', CRIMEA_CLAIMED],
  [
    'uk',
    'вимагає виведення військ з',
    'Кремль вимагає виведення українських військ з Донецької області.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'uk',
    'не повністю контролює жодної з чотирьох',
    'Росія не повністю контролює жодної з чотирьох областей.',
    FOUR_PARTLY,
  ],
  [
    'uk',
    'захопили частину',
    'Окупанти захопили частину Харківської області.',
    [['UA-63', null, null]],
  ],
  [
    'uk',
    'відповідно',
    'Росія контролює Луганську, Донецьку та Запорізьку області на 99%, 75% і 70% відповідно.',
    RESPECTIVELY,
  ],
  [
    'uk',
    'дві області, не Донбас',
    'Росія повністю окупувала Луганську і Донецьку області.',
    [
      ['UA-09', 100, 100],
      ['UA-14', 100, 100],
    ],
  ],
  [
    'uk',
    'trap: звільнили',
    'Херсонщину частково звільнили від окупантів у листопаді 2022 року.',
    [],
  ],
  ['uk', 'trap: деокупація', 'План деокупації Криму представили в Києві.', []],
  ['uk', 'trap: attributive', 'Удар завдали з окупованого Криму.', []],
  ['uk', 'trap: місто області', 'Окупанти захопили місто Бахмут Донецької області.', []],
  // ——— Russian ———
  ['ru', 'оккупирован с 2014 года', 'Крым оккупирован Россией с 2014 года.', CRIMEA],
  [
    'ru',
    'находится под контролем России',
    'Луганская область находится под контролем России.',
    [['UA-09', 100, 100]],
  ],
  [
    'ru',
    'аннексировала A, B, C и D',
    'В 2022 году Россия аннексировала Донецкую, Луганскую, Запорожскую и Херсонскую области.',
    FOUR,
  ],
  ['ru', 'был аннексирован', 'Крым был аннексирован Россией в 2014 году.', CRIMEA_CLAIMED],
  [
    'ru',
    'требует вывода войск из',
    'Москва требует вывода украинских войск из Донбасса.',
    [['donbas', 100, 100, 'demand']],
  ],
  [
    'ru',
    'не полностью контролирует ни одну из четырёх',
    'Россия не полностью контролирует ни одну из четырёх областей.',
    FOUR_PARTLY,
  ],
  [
    'ru',
    'заняли часть',
    'Российские войска заняли часть Харьковской области.',
    [['UA-63', null, null]],
  ],
  [
    'ru',
    'соответственно',
    'Россия контролирует Луганскую, Донецкую и Запорожскую области на 99%, 75% и 70% соответственно.',
    RESPECTIVELY,
  ],
  ['ru', 'ЛНР as Luhansk', 'Россия полностью контролирует территорию ЛНР.', [['UA-09', 100, 100]]],
  ['ru', 'trap: не аннексировала', 'Россия не аннексировала Харьковскую область.', []],
  [
    'ru',
    'trap: если аннексирует',
    'Если Россия аннексирует Харьковскую область, переговоры прекратятся.',
    [],
  ],
  ['ru', 'trap: attributive', 'Ракеты запустили из оккупированного Крыма.', []],
  // ——— Polish ———
  ['pl', 'jest okupowany od', 'Krym jest okupowany przez Rosję od 2014 roku.', CRIMEA],
  [
    'pl',
    'znajduje się pod rosyjską kontrolą',
    'Obwód ługański znajduje się pod rosyjską kontrolą.',
    [['UA-09', 100, 100]],
  ],
  [
    'pl',
    'anektowała A, B, C i D',
    'W 2022 roku Rosja anektowała obwody doniecki, ługański, zaporoski i chersoński.',
    FOUR,
  ],
  ['pl', 'został anektowany', 'Krym został anektowany przez Rosję w 2014 roku.', CRIMEA_CLAIMED],
  [
    'pl',
    'żąda wycofania wojsk z',
    'Moskwa żąda wycofania wojsk ukraińskich z obwodu donieckiego.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'pl',
    'nie kontroluje w pełni żadnego z czterech',
    'Rosja nie kontroluje w pełni żadnego z czterech obwodów.',
    FOUR_PARTLY,
  ],
  ['pl', 'zajęli część', 'Rosjanie zajęli część obwodu charkowskiego.', [['UA-63', null, null]]],
  [
    'pl',
    'odpowiednio',
    'Rosja kontroluje obwody ługański, doniecki i zaporoski w odpowiednio 99%, 75% i 70%.',
    RESPECTIVELY,
  ],
  ['pl', 'trap: nie anektowała', 'Rosja nie anektowała obwodu charkowskiego.', []],
  ['pl', 'trap: wyzwolony', 'Chersoń został wyzwolony w listopadzie 2022 roku.', []],
  ['pl', 'trap: attributive', 'Rakiety wystrzelono z okupowanego Krymu.', []],
  // ——— French ———
  ['fr', 'est occupée depuis', 'La Crimée est occupée par la Russie depuis 2014.', CRIMEA],
  [
    'fr',
    'est sous contrôle russe',
    'La région de Louhansk est sous contrôle russe.',
    [['UA-09', 100, 100]],
  ],
  [
    'fr',
    'a annexé les régions de A, B, C et D',
    'En 2022, la Russie a annexé les régions de Donetsk, Louhansk, Zaporijjia et Kherson.',
    FOUR,
  ],
  ['fr', 'a été annexée', 'La Crimée a été annexée par la Russie en 2014.', CRIMEA_CLAIMED],
  [
    'fr',
    'exige le retrait des troupes de',
    'Moscou exige le retrait des troupes ukrainiennes de la région de Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'fr',
    'ne contrôle entièrement aucune des quatre',
    'La Russie ne contrôle entièrement aucune des quatre régions.',
    FOUR_PARTLY,
  ],
  [
    'fr',
    'se sont emparées de territoires dans les régions de',
    'Les forces russes se sont emparées de territoires dans les régions de Kharkiv et Mykolaïv.',
    [
      ['UA-48', null, null],
      ['UA-63', null, null],
    ],
  ],
  [
    'fr',
    'respectivement',
    'Les régions de Louhansk, Donetsk et Zaporijjia sont occupées à 99 %, 75 % et 70 % respectivement.',
    RESPECTIVELY,
  ],
  ['fr', 'trap: n’a pas annexé', 'La Russie n’a pas annexé la région de Kharkiv.', []],
  ['fr', 'trap: libérée', 'Kherson a été libérée en novembre 2022.', []],
  ['fr', 'trap: attributive', 'Des missiles ont été tirés depuis la Crimée occupée.', []],
  // ——— German ———
  ['de', 'ist seit 2014 besetzt', 'Die Krim ist seit 2014 von Russland besetzt.', CRIMEA],
  [
    'de',
    'steht unter russischer Kontrolle',
    'Das Gebiet Luhansk steht unter russischer Kontrolle.',
    [['UA-09', 100, 100]],
  ],
  [
    'de',
    'hat die Gebiete A, B, C und D annektiert',
    'Russland hat 2022 die Gebiete Donezk, Luhansk, Saporischschja und Cherson annektiert.',
    FOUR,
  ],
  ['de', 'wurde annektiert', 'Die Krim wurde 2014 von Russland annektiert.', CRIMEA_CLAIMED],
  [
    'de',
    'seit der Annexion der',
    'Seit der Annexion der Krim ist die Lage angespannt.',
    CRIMEA_CLAIMED,
  ],
  [
    'de',
    'fordert den Abzug aus',
    'Moskau fordert den Abzug der ukrainischen Truppen aus dem Gebiet Donezk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'de',
    'kontrolliert die vier nicht vollständig',
    'Russland kontrolliert die vier Regionen nicht vollständig.',
    FOUR_PARTLY,
  ],
  [
    'de',
    'das teilweise besetzte Gebiet',
    'Das teilweise besetzte Gebiet Saporischschja wird beschossen.',
    [['UA-23', null, null]],
  ],
  [
    'de',
    'beziehungsweise',
    'Russland kontrolliert die Gebiete Luhansk, Donezk und Saporischschja zu 99 %, 75 % beziehungsweise 70 %.',
    RESPECTIVELY,
  ],
  ['de', 'trap: nicht annektiert', 'Russland hat das Gebiet Charkiw nicht annektiert.', []],
  ['de', 'trap: befreit', 'Cherson wurde im November 2022 befreit.', []],
  ['de', 'trap: attributive', 'Raketen wurden von der besetzten Krim abgefeuert.', []],
  // ——— Italian ———
  ['it', 'è occupata dal 2014', 'La Crimea è occupata dalla Russia dal 2014.', CRIMEA],
  [
    'it',
    'è sotto controllo russo',
    'La regione di Luhansk è sotto controllo russo.',
    [['UA-09', 100, 100]],
  ],
  [
    'it',
    'ha annesso le regioni di A, B, C e D',
    'Nel 2022 la Russia ha annesso le regioni di Donetsk, Luhansk, Zaporizhzhia e Kherson.',
    FOUR,
  ],
  ['it', 'è stata annessa', 'La Crimea è stata annessa dalla Russia nel 2014.', CRIMEA_CLAIMED],
  [
    'it',
    'chiede il ritiro delle truppe dalla',
    'Mosca chiede il ritiro delle truppe ucraine dalla regione di Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'it',
    'non controlla completamente nessuna delle quattro',
    'La Russia non controlla completamente nessuna delle quattro regioni.',
    FOUR_PARTLY,
  ],
  [
    'it',
    'hanno occupato parte della',
    'Le truppe russe hanno occupato parte della regione di Kharkiv.',
    [['UA-63', null, null]],
  ],
  [
    'it',
    'rispettivamente',
    'Le regioni di Luhansk, Donetsk e Zaporizhzhia sono occupate rispettivamente al 99%, al 75% e al 70%.',
    RESPECTIVELY,
  ],
  ['it', 'trap: non ha annesso', 'La Russia non ha annesso la regione di Kharkiv.', []],
  ['it', 'trap: liberata', 'Kherson è stata liberata nel novembre 2022.', []],
  ['it', 'trap: attributive', 'I missili sono partiti dalla Crimea occupata.', []],
  // ——— Spanish ———
  ['es', 'está ocupada desde', 'Crimea está ocupada por Rusia desde 2014.', CRIMEA],
  [
    'es',
    'está bajo control ruso',
    'La región de Lugansk está bajo control ruso.',
    [['UA-09', 100, 100]],
  ],
  [
    'es',
    'anexionó las regiones de A, B, C y D',
    'En 2022 Rusia anexionó las regiones de Donetsk, Lugansk, Zaporiyia y Jersón.',
    FOUR,
  ],
  ['es', 'fue anexionada', 'Crimea fue anexionada por Rusia en 2014.', CRIMEA_CLAIMED],
  [
    'es',
    'exige la retirada de las tropas de',
    'Moscú exige la retirada de las tropas ucranianas de la región de Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'es',
    'no controla totalmente ninguna de las cuatro',
    'Rusia no controla totalmente ninguna de las cuatro regiones.',
    FOUR_PARTLY,
  ],
  [
    'es',
    'ocuparon parte de',
    'Las tropas rusas ocuparon parte de la región de Járkov.',
    [['UA-63', null, null]],
  ],
  [
    'es',
    'respectivamente',
    'Las regiones de Lugansk, Donetsk y Zaporiyia están ocupadas en un 99%, 75% y 70% respectivamente.',
    RESPECTIVELY,
  ],
  ['es', 'trap: no ha anexionado', 'Rusia no ha anexionado la región de Járkov.', []],
  ['es', 'trap: liberada', 'Jersón fue liberada en noviembre de 2022.', []],
  ['es', 'trap: attributive', 'Los misiles salieron de la Crimea ocupada.', []],
  // ——— Arabic ———
  ['ar', 'تحتل … منذ', 'تحتل روسيا شبه جزيرة القرم منذ عام 2014.', CRIMEA],
  ['ar', 'تحت السيطرة الروسية', 'مقاطعة لوغانسك تحت السيطرة الروسية.', [['UA-09', 100, 100]]],
  [
    'ar',
    'ضمت مقاطعات A وB وC وD',
    'ضمت روسيا مقاطعات دونيتسك ولوغانسك وزابوريجيا وخيرسون عام 2022.',
    FOUR,
  ],
  ['ar', 'ضمت شبه جزيرة القرم', 'ضمت روسيا شبه جزيرة القرم عام 2014.', CRIMEA_CLAIMED],
  [
    'ar',
    'تطالب بانسحاب القوات من',
    'تطالب موسكو بانسحاب القوات الأوكرانية من مقاطعة دونيتسك.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'ar',
    'لا تسيطر بالكامل على أي من المناطق الأربع',
    'لا تسيطر روسيا بالكامل على أي من المناطق الأربع.',
    FOUR_PARTLY,
  ],
  [
    'ar',
    'على أجزاء من',
    'سيطرت القوات الروسية على أجزاء من مقاطعة خاركيف.',
    [['UA-63', null, null]],
  ],
  [
    'ar',
    'على التوالي',
    'تسيطر روسيا على مقاطعات لوغانسك ودونيتسك وزابوريجيا بنسبة 99% و75% و70% على التوالي.',
    RESPECTIVELY,
  ],
  ['ar', 'trap: لم تضم', 'لم تضم روسيا مقاطعة خاركيف.', []],
  ['ar', 'trap: تحرير مدينة', 'تم تحرير مدينة خيرسون في نوفمبر 2022.', []],
  ['ar', 'trap: attributive', 'أطلقت الصواريخ من القرم المحتلة.', []],
];

// ——— Demands as "Ukraine must leave / vacate X", every language; traps: others who leave ———
const DEMANDS: [string, string, string, Row[]][] = [
  [
    'en',
    'must withdraw from',
    'Ukraine must withdraw from the Donetsk region.',
    [['UA-14', 100, 100, 'demand']],
  ],
  ['uk', 'має залишити', 'Україна має залишити Донецьку область.', [['UA-14', 100, 100, 'demand']]],
  ['ru', 'должна покинуть', 'Украина должна покинуть Донбасс.', [['donbas', 100, 100, 'demand']]],
  ['pl', 'musi opuścić', 'Ukraina musi opuścić obwód doniecki.', [['UA-14', 100, 100, 'demand']]],
  [
    'fr',
    'doit quitter',
    'L’Ukraine doit quitter la région de Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'it',
    'deve lasciare',
    'L’Ucraina deve lasciare la regione di Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'es',
    'debe abandonar',
    'Ucrania debe abandonar la región de Donetsk.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'de',
    'solle … räumen (verb last)',
    'Die Ukraine solle die Gebiete Donezk und Luhansk räumen.',
    [
      ['UA-09', 100, 100, 'demand'],
      ['UA-14', 100, 100, 'demand'],
    ],
  ],
  ['de', 'soll … räumen', 'Ukraine soll Donbass räumen', [['donbas', 100, 100, 'demand']]],
  [
    'ar',
    'على أوكرانيا الانسحاب من',
    'على أوكرانيا الانسحاب من مقاطعة دونيتسك.',
    [['UA-14', 100, 100, 'demand']],
  ],
  ['uk', 'trap: мешканці мають залишити', 'Мешканці мають залишити Донецьку область.', []],
  [
    'fr',
    'trap: les civils doivent quitter',
    'Les civils doivent quitter la région de Donetsk.',
    [],
  ],
  [
    'de',
    'trap: Zivilisten sollen … verlassen',
    'Die Zivilisten sollen das Gebiet Donezk verlassen.',
    [],
  ],
];

// ——— A name joined to a claimed list by "together with" and words describing the next names ———
const TOGETHER: [string, string, string, Row[]][] = [
  [
    'de',
    'sowie die teilweise … kontrollierten Regionen',
    'Putin erklärte, dass Luhansk sowie die teilweise von Russland kontrollierten Regionen Donezk, Cherson und Saporischschja an Russland angegliedert werden.',
    FOUR,
  ],
  [
    'it',
    'insieme alle regioni parzialmente controllate di',
    'Putin ha dichiarato che Lugansk, insieme alle regioni parzialmente controllate di Donetsk, Cherson e Zaporizhia, sarebbe stata annessa alla Russia.',
    FOUR,
  ],
  [
    'fr',
    'ainsi que les régions partiellement occupées de',
    'Poutine a annoncé que Louhansk ainsi que les régions partiellement occupées de Donetsk, Kherson et Zaporijjia seraient annexées.',
    FOUR,
  ],
  [
    'es',
    'junto con las regiones parcialmente ocupadas de',
    'Putin anunció que Lugansk, junto con las regiones parcialmente ocupadas de Donetsk, Jersón y Zaporiyia, fue anexionada por Rusia.',
    FOUR,
  ],
  [
    'pl',
    'wraz z częściowo okupowanymi obwodami',
    'Rosja anektowała obwód ługański wraz z częściowo okupowanymi obwodami donieckim, chersońskim i zaporoskim.',
    FOUR,
  ],
  // A claim verb before a name whose own figure is in a relative clause after it.
  [
    'pl',
    'zaanektowała Krym, który … w 100% okupowany',
    'W 2014 roku Rosja zaanektowała Krym, który od tego czasu jest w 100% okupowany.',
    [
      ['crimea', 100, 100, 'claim'],
      ['crimea', 100, 100],
    ],
  ],
  [
    'it',
    'ha annesso la Crimea, che … al 100%',
    'Nel 2014 la Russia ha annesso la Crimea, che da allora è occupata al 100%.',
    [
      ['crimea', 100, 100, 'claim'],
      ['crimea', 100, 100],
    ],
  ],
  [
    'pl',
    'trap: anektowała 18% (the figure is the claim)',
    'Rosja anektowała 18% Ukrainy.',
    [['UA', 18, 18, 'claim']],
  ],
  // A figure of another region later in the clause does not stop a name held.
  [
    'es',
    'ocupan la península de Crimea y, …, un tercio del Donbass',
    'Desde 2014, militares rusos ocupan la península de Crimea y, junto a los separatistas, un tercio del Donbass.',
    [
      ['crimea', 100, 100],
      ['donbas', 30.83, 35.83],
    ],
  ],
  // Trap: "together with" after a sentence's end is no join.
  [
    'de',
    'trap: a control sentence',
    'Russland kontrolliert Luhansk. Sowie die Regionen Donezk und Cherson wurden beschossen.',
    [['UA-09', 100, 100]],
  ],
];

// ——— A share of a group: "of these four regions", "of these regions: A, B, C and D" ———
const FOUR_SHARE: Row[] = [['annexed-four', 72.5, 77.5]];
const GROUPS: [string, string, string, Row[]][] = [
  ['en', 'of these four regions', 'Russia controls about 75% of these four regions.', FOUR_SHARE],
  ['uk', 'цих чотирьох областей', 'Росія контролює близько 75% цих чотирьох областей.', FOUR_SHARE],
  [
    'ru',
    'этих четырёх областей',
    'Россия контролирует около 75% этих четырёх областей.',
    FOUR_SHARE,
  ],
  [
    'pl',
    'tych czterech obwodów',
    'Rosja kontroluje około 75 proc. tych czterech obwodów.',
    FOUR_SHARE,
  ],
  [
    'de',
    'dieser vier Regionen',
    'Russland kontrolliert rund 75 Prozent dieser vier Regionen.',
    FOUR_SHARE,
  ],
  [
    'fr',
    'de ces quatre régions',
    'La Russie contrôle environ 75 % de ces quatre régions.',
    FOUR_SHARE,
  ],
  [
    'es',
    'de estas regiones: A, B, C y D',
    'Rusia controla cerca del 75% de estas regiones: Donetsk, Lugansk, Zaporiyia y Jersón.',
    [['annexed-four', 72.5, 77.5]],
  ],
  [
    'it',
    'di queste regioni: A, B, C e D',
    'La Russia controlla circa il 75% di queste regioni: Donetsk, Luhansk, Zaporizhzhia e Kherson.',
    FOUR_SHARE,
  ],
  ['ar', 'من المناطق الأربع', 'تسيطر روسيا على 77% من المناطق الأربع.', [['annexed-four', 77, 77]]],
  // Two regions spelled out are two claims, each with the share.
  [
    'es',
    'de las regiones: A y B',
    'Rusia controla cerca del 75% de las regiones: Donetsk y Lugansk.',
    [
      ['UA-09', 72.5, 77.5],
      ['UA-14', 72.5, 77.5],
    ],
  ],
  [
    'fr',
    'les régions de A et B (not the four)',
    'La Russie contrôle 75 % des régions de Donetsk et de Louhansk.',
    [
      ['UA-09', 75, 75],
      ['UA-14', 75, 75],
    ],
  ],
];

// ——— Claims: the annexation as a noun, "claims as its own" verbs; traps ———
const CLAIMS: [string, string, string, Row[]][] = [
  [
    'de',
    'kontrolliert keine der vier … vollständig',
    'Russland kontrolliert keine der vier Regionen vollständig.',
    FOUR_PARTLY,
  ],
  // "Not only X but also Y": Y is of the list.
  [
    'uk',
    'не лише X, а й Y',
    'Росія окупувала не лише Крим, а й Луганську область.',
    [
      ['crimea', 100, 100],
      ['UA-09', 100, 100],
    ],
  ],
  [
    'ru',
    'не только X, но и Y',
    'Россия оккупировала не только Крым, но и Луганскую область.',
    [
      ['crimea', 100, 100],
      ['UA-09', 100, 100],
    ],
  ],
  [
    'es',
    'no solo X, sino también Y',
    'Rusia ocupa no solo Crimea, sino también la región de Lugansk.',
    [
      ['crimea', 100, 100],
      ['UA-09', 100, 100],
    ],
  ],
  [
    'fr',
    'non seulement X, mais aussi Y',
    'La Russie occupe non seulement la Crimée, mais aussi la région de Louhansk.',
    [
      ['crimea', 100, 100],
      ['UA-09', 100, 100],
    ],
  ],
  // English: "not only … but also", a clause with its verb left out.
  [
    'en',
    'occupies not only … but also',
    'Russia occupies not only Crimea but also 70% of the Zaporizhzhia region.',
    [
      ['crimea', 100, 100],
      ['UA-23', 70, 70],
    ],
  ],
  [
    'en',
    '; in Kherson, about 70%',
    'Russia controls 99% of Luhansk; in Kherson, about 70%.',
    [
      ['UA-09', 99, 99],
      ['UA-65', 67.5, 72.5],
    ],
  ],
  // French "ne … que" is "only", no negation.
  [
    'fr',
    'ne contrôle que',
    'La Russie ne contrôle que 20 % de la région de Kharkiv.',
    [['UA-63', 20, 20]],
  ],
  [
    'fr',
    'ne contrôle plus que (Ukraine’s)',
    'L’Ukraine ne contrôle plus que 1 % de la région de Louhansk.',
    [['UA-09', 99, 99]],
  ],
  [
    'fr',
    'n’occupent qu’une partie',
    'Les forces russes n’occupent qu’une partie de la région de Kharkiv.',
    [['UA-63', null, null]],
  ],
  ['fr', 'trap: ne contrôle pas', 'La Russie ne contrôle pas 20 % de la région de Kharkiv.', []],
  // "No less than X" / "no more than X" are qualifiers, not negations.
  [
    'pl',
    'nie mniej niż',
    'Rosja kontroluje nie mniej niż 70 proc. obwodu zaporoskiego.',
    [['UA-23', 70, 80]],
  ],
  [
    'fr',
    'pas moins de',
    'La Russie contrôle pas moins de 70 % de la région de Zaporijjia.',
    [['UA-23', 70, 80]],
  ],
  [
    'de',
    'nicht weniger als',
    'Russland kontrolliert nicht weniger als 70 Prozent des Gebiets Saporischschja.',
    [['UA-23', 70, 80]],
  ],
  [
    'it',
    'non meno del',
    'La Russia controlla non meno del 70% della regione di Zaporizhzhia.',
    [['UA-23', 70, 80]],
  ],
  [
    'es',
    'no menos del',
    'Rusia controla no menos del 70% de la región de Zaporiyia.',
    [['UA-23', 70, 80]],
  ],
  [
    'ar',
    'ما لا يقل عن',
    'تسيطر روسيا على ما لا يقل عن 70% من مقاطعة زابوريجيا.',
    [['UA-23', 70, 80]],
  ],
  [
    'pl',
    'nie więcej niż (Ukraine’s)',
    'Ukraina kontroluje nie więcej niż 2 proc. obwodu ługańskiego.',
    [['UA-09', 98, 100]],
  ],
  [
    'ar',
    'ما لا يزيد عن',
    'تسيطر روسيا على ما لا يزيد عن 20% من مقاطعة خاركيف.',
    [['UA-63', 10, 20]],
  ],
  // "Not only X but also Y" is no negation.
  [
    'uk',
    'не лише …, а й',
    'Росія окупувала не лише Крим, а й 70% Запорізької області.',
    [
      ['crimea', 100, 100],
      ['UA-23', 70, 70],
    ],
  ],
  [
    'ru',
    'не только …, но и',
    'Россия оккупировала не только Крым, но и 70% Запорожской области.',
    [
      ['crimea', 100, 100],
      ['UA-23', 70, 70],
    ],
  ],
  [
    'pl',
    'nie tylko …, ale też',
    'Rosja okupuje nie tylko Krym, ale też 70 proc. obwodu zaporoskiego.',
    [
      ['crimea', 100, 100],
      ['UA-23', 70, 70],
    ],
  ],
  [
    'fr',
    'non seulement …, mais aussi',
    'La Russie occupe non seulement la Crimée, mais aussi 70 % de la région de Zaporijjia.',
    [
      ['crimea', 100, 100],
      ['UA-23', 70, 70],
    ],
  ],
  [
    'de',
    'nicht nur …, sondern auch',
    'Russland hält nicht nur die Krim besetzt, sondern auch 70 Prozent des Gebiets Saporischschja.',
    [
      ['crimea', 100, 100],
      ['UA-23', 70, 70],
    ],
  ],
  [
    'it',
    'non solo …, ma anche',
    'La Russia occupa non solo la Crimea, ma anche il 70% della regione di Zaporizhzhia.',
    [
      ['crimea', 100, 100],
      ['UA-23', 70, 70],
    ],
  ],
  [
    'es',
    'no solo …, sino también',
    'Rusia ocupa no solo Crimea, sino también el 70% de la región de Zaporiyia.',
    [
      ['crimea', 100, 100],
      ['UA-23', 70, 70],
    ],
  ],
  // Arabic "لا تزال" is "still", no negation; a part held named with no figure.
  [
    'ar',
    'لا تزال أجزاء من … تحت السيطرة',
    'لا تزال أجزاء من مقاطعة خاركيف تحت السيطرة الروسية.',
    [['UA-63', null, null]],
  ],
  [
    'ar',
    'لا تزال روسيا تسيطر على نحو 70%',
    'لا تزال روسيا تسيطر على نحو 70% من مقاطعة زابوريجيا.',
    [['UA-23', 67.5, 72.5]],
  ],
  ['ar', 'trap: لا تسيطر', 'لا تسيطر روسيا على مقاطعة خاركيف.', []],
  [
    'en',
    'is partially occupied',
    'The Kharkiv region is partially occupied.',
    [['UA-63', null, null]],
  ],
  ['uk', 'частково окупована', 'Харківська область частково окупована.', [['UA-63', null, null]]],
  [
    'de',
    'ist teilweise besetzt',
    'Das Gebiet Charkiw ist teilweise besetzt.',
    [['UA-63', null, null]],
  ],
  // "Does not control all of X": part held, no figure; not a failed attempt.
  ['uk', 'не контролює всю', 'Росія не контролює всю Донецьку область.', [['UA-14', null, null]]],
  [
    'ru',
    'не контролирует всю',
    'Россия не контролирует всю Донецкую область.',
    [['UA-14', null, null]],
  ],
  [
    'pl',
    'nie kontroluje całego',
    'Rosja nie kontroluje całego obwodu donieckiego.',
    [['UA-14', null, null]],
  ],
  [
    'fr',
    'ne contrôle pas toute la',
    'La Russie ne contrôle pas toute la région de Donetsk.',
    [['UA-14', null, null]],
  ],
  [
    'de',
    'kontrolliert nicht das gesamte',
    'Russland kontrolliert nicht das gesamte Gebiet Donezk.',
    [['UA-14', null, null]],
  ],
  [
    'it',
    'non controlla l’intera',
    'La Russia non controlla l’intera regione di Donetsk.',
    [['UA-14', null, null]],
  ],
  [
    'es',
    'no controla toda la',
    'Rusia no controla toda la región de Donetsk.',
    [['UA-14', null, null]],
  ],
  [
    'en',
    'does not control all of',
    'Russia does not control all of Donetsk.',
    [['UA-14', null, null]],
  ],
  [
    'pl',
    'trap: nie zdołali opanować całej',
    'Najeźdźcy nie zdołali opanować całej Ługańszczyzny.',
    [],
  ],
  // A clause with its verb left out takes the verb of the clause before it (the region right).
  [
    'es',
    '; en Jersón, alrededor del 70%',
    'Rusia controla el 99% de Lugansk; en Jersón, alrededor del 70%.',
    [
      ['UA-09', 99, 99],
      ['UA-65', 67.5, 72.5],
    ],
  ],
  [
    'it',
    '; a Kherson, circa il 70%',
    'La Russia controlla il 99% di Luhansk; a Kherson, circa il 70%.',
    [
      ['UA-09', 99, 99],
      ['UA-65', 67.5, 72.5],
    ],
  ],
  [
    'fr',
    ' ; à Kherson, environ 70 %',
    'La Russie contrôle 99 % de Louhansk ; à Kherson, environ 70 %.',
    [
      ['UA-09', 99, 99],
      ['UA-65', 67.5, 72.5],
    ],
  ],
  [
    'de',
    '; in Cherson etwa 70 Prozent',
    'Russland kontrolliert 99 Prozent von Luhansk; in Cherson etwa 70 Prozent.',
    [
      ['UA-09', 99, 99],
      ['UA-65', 67.5, 72.5],
    ],
  ],
  [
    'pl',
    '; w chersońskim około 70 proc.',
    'Rosja kontroluje 99 proc. obwodu ługańskiego; w chersońskim około 70 proc.',
    [
      ['UA-09', 99, 99],
      ['UA-65', 67.5, 72.5],
    ],
  ],
  // "на Запоріжжі" is the region ("у Запоріжжі" the city); the Arabic predicate "محتلة".
  [
    'uk',
    'на Запоріжжі … території області',
    'Ситуація в Луганській області складна. Водночас на Запоріжжі ворог контролює 75% території області.',
    [['UA-23', 75, 75]],
  ],
  ['uk', 'trap: у Запоріжжі (the city)', 'У Запоріжжі пролунали вибухи.', []],
  [
    'ar',
    'محتلة بالكامل تقريبا',
    'لوغانسك محتلة بالكامل تقريبا. وفي مقاطعة زابوريجيا تسيطر روسيا على 75% من الأراضي.',
    [
      ['UA-09', 90, 100],
      ['UA-23', 75, 75],
    ],
  ],
  ['ar', 'القرم محتلة منذ', 'القرم محتلة منذ عام 2014.', CRIMEA],
  // "The peninsula" with no name after it is Crimea; a named peninsula is not.
  [
    'de',
    'die Schwarzmeerhalbinsel … besetzt',
    'Die Schwarzmeerhalbinsel ist bereits über zehn Jahre von Russland besetzt.',
    CRIMEA,
  ],
  ['uk', 'півострів окупований', 'Півострів окупований Росією з 2014 року.', CRIMEA],
  [
    'ru',
    'аннексировала полуостров',
    'Россия аннексировала полуостров в 2014 году.',
    CRIMEA_CLAIMED,
  ],
  ['fr', 'la péninsule est occupée', 'La péninsule est occupée par la Russie depuis 2014.', CRIMEA],
  ['es', 'se anexionó la península', 'Rusia se anexionó la península en 2014.', CRIMEA_CLAIMED],
  ['ru', 'trap: Кинбурнский полуостров', 'Российские войска заняли Кинбурнский полуостров.', []],
  ['es', 'trap: la península de Kinburn', 'La península de Kinburn está bajo control ruso.', []],
  // The part word of "part of Russia" is no vague figure of the name before it.
  [
    'ru',
    'объявил … частью России',
    'Путин объявил Донецкую и Луганскую области частью России.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
  ['ru', 'считает Крым частью России', 'Россия считает Крым частью России.', CRIMEA_CLAIMED],
  ['uk', 'оголосив Крим частиною Росії', 'Путін оголосив Крим частиною Росії.', CRIMEA_CLAIMED],
  ['pl', 'uznaje Krym za część Rosji', 'Rosja uznaje Krym za część Rosji.', CRIMEA_CLAIMED],
  [
    'en',
    'since the annexation of',
    'Since the annexation of Crimea in 2014, sanctions have grown.',
    CRIMEA_CLAIMED,
  ],
  ['uk', 'після анексії', 'Після анексії Криму у 2014 році санкції посилилися.', CRIMEA_CLAIMED],
  ['ru', 'после аннексии', 'После аннексии Крыма в 2014 году санкции усилились.', CRIMEA_CLAIMED],
  ['pl', 'po aneksji', 'Po aneksji Krymu w 2014 roku sankcje wzrosły.', CRIMEA_CLAIMED],
  [
    'fr',
    'depuis l’annexion de',
    'Depuis l’annexion de la Crimée en 2014, les sanctions ont augmenté.',
    CRIMEA_CLAIMED,
  ],
  [
    'it',
    'dopo l’annessione della',
    'Dopo l’annessione della Crimea nel 2014 le sanzioni sono aumentate.',
    CRIMEA_CLAIMED,
  ],
  [
    'es',
    'tras la anexión de',
    'Tras la anexión de Crimea en 2014, las sanciones aumentaron.',
    CRIMEA_CLAIMED,
  ],
  [
    'de',
    'nach der Annexion der',
    'Nach der Annexion der Krim 2014 wurden Sanktionen verhängt.',
    CRIMEA_CLAIMED,
  ],
  ['ar', 'بعد ضم', 'بعد ضم القرم عام 2014 تزايدت العقوبات.', CRIMEA_CLAIMED],
  [
    'uk',
    'став частиною Росії',
    'Крим став частиною Росії у 2014 році, заявив Путін.',
    CRIMEA_CLAIMED,
  ],
  [
    'es',
    'declaró suyas',
    'Rusia declaró suyas las regiones de Donetsk y Lugansk.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
  [
    'it',
    'rivendica le regioni di',
    'Mosca rivendica le regioni di Donetsk e Luhansk.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
  ['it', 'trap: rivendica l’attacco', 'Mosca rivendica l’attacco a Kherson.', []],
  [
    'pl',
    'rości sobie prawa do',
    'Rosja rości sobie prawa do obwodów donieckiego i ługańskiego.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
  [
    'fr',
    'revendique les régions de',
    'La Russie revendique les régions de Donetsk et de Louhansk.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
  [
    'de',
    'beansprucht die Gebiete',
    'Russland beansprucht die Gebiete Donezk und Luhansk.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
];

describe('extract: forms of session 10c (regions named with no figure, the right region)', () => {
  it.each(RULES)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: demands of session 10c ("Ukraine must leave X")', () => {
  it.each(DEMANDS)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: a name joined to a claimed list by "together with" (session 10c)', () => {
  it.each(TOGETHER)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: a share of a group (session 10c)', () => {
  it.each(GROUPS)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: claims of session 10c (the annexation as a noun, claim verbs)', () => {
  it.each(CLAIMS)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
