import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Session 11a: regions named as annexed, claimed or demanded with no figure, most often a
// list of them. Composed from each language's grammar (not copied from the labelled set):
// the incorporation words completed in every form ("included in the constitution", "Russian
// territory", "joined Russia", "regions of the Russian Federation", "Russian status", a
// separable German verb), a claim or demand in a relative clause after a name or a list, a
// demand to recognise a region as Russian (after a demand or condition word; not the
// republics' "independence"), a stated aim to take a region (a demand of it, the set's
// convention), "A and the regions of B and C" as one list. Traps: a region named in another
// clause near an annexation word, 2014 for a region other than Crimea, negations, an indirect
// question, populations and areas.
const CLAIM = (...ids: string[]): Row[] => ids.map((id) => [id, 100, 100, 'claim']);
const DEMAND = (...ids: string[]): Row[] => ids.map((id) => [id, 100, 100, 'demand']);

const RULES: [string, string, string, Row[]][] = [
  // ——— Ukrainian ———
  [
    'uk',
    'до складу Росії after a list',
    'Кремль оголосив Запорізьку та Херсонську області частиною Росії.',
    CLAIM('UA-23', 'UA-65'),
  ],
  ['uk', 'територією Росії', 'Москва вважає Крим територією Росії.', CLAIM('crimea')],
  [
    'uk',
    'вписав до конституції, after the list',
    'Донецьку та Луганську області Путін вписав до конституції РФ.',
    CLAIM('UA-09', 'UA-14'),
  ],
  [
    'uk',
    'relative clause after a list',
    'Путін відвідав Луганську та Донецьку області, які Росія анексувала у 2022 році.',
    CLAIM('UA-09', 'UA-14'),
  ],
  [
    'uk',
    'relative clause after a genitive list sharing one head noun',
    'Війська відійшли з Луганської, Донецької та Херсонської областей, які Кремль вніс до російської конституції.',
    CLAIM('UA-09', 'UA-14', 'UA-65'),
  ],
  [
    'uk',
    'aim: має намір захопити',
    'Кремль має намір захопити всю Донецьку область.',
    DEMAND('UA-14'),
  ],
  [
    'uk',
    'recognition after a condition word',
    'Серед умов Москви — визнання Криму російським.',
    DEMAND('crimea'),
  ],
  [
    'uk',
    'передачі + region',
    'Росія добивається від України передачі Херсонщини.',
    DEMAND('UA-65'),
  ],
  [
    'uk',
    'російський статус',
    'Речник Кремля підтвердив російський статус Запорізької області.',
    CLAIM('UA-23'),
  ],
  [
    'uk',
    'trap: 2014 for another region (locative)',
    'Після анексії Криму у 2014 році на Донеччині почалася війна.',
    CLAIM('crimea'),
  ],
  ['uk', 'trap: negated', 'Україна ніколи не визнає анексію Криму.', []],
  [
    'uk',
    'trap: recognition of independence',
    'Серед вимог Кремля було визнання незалежності Донецької області.',
    [],
  ],
  [
    'uk',
    'trap: an area beside the claim',
    'Херсонська область, яку Росія анексувала, має площу 28 461 кв. км.',
    CLAIM('UA-65'),
  ],
  [
    'uk',
    'the four regions: чотирьох … регіонів',
    'Путін підписав закони про анексію чотирьох українських регіонів.',
    CLAIM('annexed-four'),
  ],
  [
    'uk',
    'trap: a predicate claim is not read across ", а"',
    'Москва оголосила Крим та Донбас російською територією, а Херсонщину лише згадала.',
    CLAIM('crimea', 'donbas'),
  ],
  ['uk', 'predicate: Крим — російський', 'Для Кремля Крим — російський.', CLAIM('crimea')],
  // ——— Russian ———
  [
    'ru',
    'внесены в конституцию',
    'Запорожская и Херсонская области внесены в конституцию России.',
    CLAIM('UA-23', 'UA-65'),
  ],
  ['ru', 'территорией России', 'Москва считает Крым территорией России.', CLAIM('crimea')],
  [
    'ru',
    'российский статус',
    'Песков подчеркнул российский статус Запорожской области.',
    CLAIM('UA-23'),
  ],
  [
    'ru',
    'relative clause after a list',
    'Донецкая и Луганская области, которые Россия аннексировала в 2022 году, остаются зоной боев.',
    CLAIM('UA-09', 'UA-14'),
  ],
  [
    'ru',
    'aim: намерена захватить',
    'Россия намерена захватить всю Донецкую область.',
    DEMAND('UA-14'),
  ],
  ['ru', 'передачи + region', 'Москва добивается передачи Донбасса.', DEMAND('donbas')],
  [
    'ru',
    'recognition after a condition word',
    'Среди условий Кремля — признание Крыма российским.',
    DEMAND('crimea'),
  ],
  [
    'ru',
    'trap: recognition of independence',
    'Среди требований Москвы — признание независимости Донецкой области.',
    [],
  ],
  [
    'ru',
    'trap: another clause, locative',
    'Россия аннексировала Крым в 2014 году, а на Донбассе тогда начались бои.',
    CLAIM('crimea'),
  ],
  ['ru', 'trap: negated', 'Киев не признает аннексию Херсонской области.', []],
  [
    'ru',
    'trap: population beside an appositive claim',
    'В Запорожской области, присоединенной к России, проживает около 1,6 млн человек.',
    CLAIM('UA-23'),
  ],
  [
    'ru',
    'the four regions: четырех регионов',
    'Кремль объявил о присоединении четырех регионов.',
    CLAIM('annexed-four'),
  ],
  [
    'ru',
    'predicate: является российской',
    'Песков заявил, что Херсонская область является российской.',
    CLAIM('UA-65'),
  ],
  ['ru', 'trap: predicate negated', 'Киев не признает, что Крым — российский.', []],
  // ——— Polish ———
  [
    'pl',
    'włączenie do … : a colon list of adjectives',
    'Kreml ogłosił włączenie do Federacji Rosyjskiej dwóch obwodów: zaporoskiego i chersońskiego.',
    CLAIM('UA-23', 'UA-65'),
  ],
  ['pl', 'terytorium Rosji', 'Moskwa uważa Krym za terytorium Rosji.', CLAIM('crimea')],
  [
    'pl',
    'wpisane do konstytucji',
    'Obwody doniecki i ługański zostały wpisane do konstytucji Rosji.',
    CLAIM('UA-09', 'UA-14'),
  ],
  [
    'pl',
    'relative clause',
    'Ostrzelano obwód chersoński, który Rosja zaanektowała w 2022 roku.',
    CLAIM('UA-65'),
  ],
  ['pl', 'aim: zamierza zająć', 'Rosja zamierza zająć cały Donbas.', DEMAND('donbas')],
  [
    'pl',
    'recognition after a condition word',
    'Wśród warunków Kremla jest uznanie Krymu za rosyjski.',
    DEMAND('crimea'),
  ],
  [
    'pl',
    'przekazania + region',
    'Moskwa żąda przekazania jej obwodu zaporoskiego.',
    DEMAND('UA-23'),
  ],
  [
    'pl',
    'trap: recognition of independence',
    'Rosja żądała uznania niepodległości obwodu donieckiego.',
    [],
  ],
  [
    'pl',
    'trap: another clause, locative',
    'Rosja zaanektowała Krym w 2014 roku, a w obwodzie donieckim wybuchła wojna.',
    CLAIM('crimea'),
  ],
  ['pl', 'trap: negated', 'Ukraina nigdy nie uzna aneksji obwodu zaporoskiego.', []],
  [
    'pl',
    'trap: indirect question',
    'Dziennikarze pytali, czy Kreml uważa obwód chersoński za terytorium Rosji.',
    [],
  ],
  [
    'pl',
    'trap: an adjective, not the noun',
    'Roszczenia terytorialne Rosji wobec obwodu chersońskiego rosną.',
    [],
  ],
  ['pl', 'predicate: jest rosyjski', 'Według Kremla Krym jest rosyjski.', CLAIM('crimea')],
  [
    'pl',
    'trap: an adjective after its noun is no predicate',
    'Obwód doniecki jest pod kontrolą rosyjską.',
    [['UA-14', 100, 100]],
  ],
  // ——— French ———
  [
    'fr',
    'inscrites dans la Constitution russe',
    'Moscou a inscrit dans la Constitution russe les régions de Zaporijia et de Kherson.',
    CLAIM('UA-23', 'UA-65'),
  ],
  [
    'fr',
    'un territoire russe',
    'Pour le Kremlin, la Crimée est un territoire russe.',
    CLAIM('crimea'),
  ],
  [
    'fr',
    'relative clause after a locative',
    "Les combats se poursuivent dans l'oblast de Louhansk, que la Russie a annexé en 2022.",
    CLAIM('UA-09'),
  ],
  [
    'fr',
    'relative clause after a list',
    'Les régions de Donetsk et de Louhansk, que Moscou revendique, restent disputées.',
    CLAIM('UA-09', 'UA-14'),
  ],
  [
    'fr',
    "aim: entend s'emparer de",
    "La Russie entend s'emparer de tout le Donbass.",
    DEMAND('donbas'),
  ],
  [
    'fr',
    'recognition after a condition word',
    'Parmi les conditions de Moscou figure la reconnaissance de la Crimée comme russe.',
    DEMAND('crimea'),
  ],
  [
    'fr',
    'trap: recognition of independence',
    "Moscou exige la reconnaissance de l'indépendance des républiques de Donetsk et de Louhansk.",
    [],
  ],
  [
    'fr',
    'trap: negated',
    "L'Ukraine ne reconnaîtra jamais l'annexion de la région de Kherson.",
    [],
  ],
  [
    'fr',
    'trap: an area beside the claim',
    'La région de Zaporijia, annexée par Moscou, couvre 27 180 km².',
    CLAIM('UA-23'),
  ],
  [
    'fr',
    'relative clause with a dash',
    'Les troupes ont traversé la Crimée - que Moscou a annexée en 2014 - vers le nord.',
    CLAIM('crimea'),
  ],
  ['fr', 'predicate: est russe', 'Pour Moscou, la Crimée est russe.', CLAIM('crimea')],
  [
    'fr',
    "trap: recognition of Ukraine's integrity",
    "Kiev exige la reconnaissance de l'intégrité territoriale de l'Ukraine, Crimée comprise.",
    [],
  ],
  // ——— German ———
  [
    'de',
    'gliederte … ein (separable verb)',
    'Moskau gliederte die Gebiete Cherson und Saporischschja in die Russische Föderation ein.',
    CLAIM('UA-23', 'UA-65'),
  ],
  ['de', 'trap: negated', 'Die Eingliederung der Krim erkennt Kiew nicht an.', []],
  [
    'de',
    'als russisches Staatsgebiet, a list',
    'Russland betrachtet Luhansk und Donezk als russisches Staatsgebiet.',
    CLAIM('UA-09', 'UA-14'),
  ],
  [
    'de',
    'relative clause after a comma',
    'In der Region Cherson, die Russland 2022 annektiert hat, wird weiter gekämpft.',
    CLAIM('UA-65'),
  ],
  [
    'de',
    'recognition after a demand word',
    'Zu den Forderungen des Kremls gehört die Anerkennung der Krim als russisch.',
    DEMAND('crimea'),
  ],
  [
    'de',
    'trap: recognition of independence',
    'Moskau forderte die Anerkennung der Unabhängigkeit der Volksrepubliken Donezk und Luhansk.',
    [],
  ],
  [
    'de',
    'trap: another clause, locative',
    'Russland annektierte 2014 die Krim, danach begann der Krieg im Donbass.',
    CLAIM('crimea'),
  ],
  [
    'de',
    'trap: population, attributive participle',
    'In der annektierten Region Saporischschja leben rund 1,6 Millionen Menschen.',
    [],
  ],
  [
    'de',
    'Eingliederung (noun)',
    'Die Eingliederung von Cherson in die Russische Föderation verkündete Putin im September.',
    CLAIM('UA-65'),
  ],
  [
    'de',
    'trap: a relative article is no pronoun without a comma',
    'Russland kontrolliert Teile der Region Donezk die Russland annektiert hat.',
    [['UA-14', null, null]],
  ],
  [
    'de',
    'in die russische Verfassung aufgenommen',
    'Die Gebiete Donezk und Luhansk wurden in die russische Verfassung aufgenommen.',
    CLAIM('UA-09', 'UA-14'),
  ],
  [
    'de',
    'zu russischem Staatsgebiet',
    'Moskau erklärte die Krim zu russischem Staatsgebiet.',
    CLAIM('crimea'),
  ],
  ['de', 'predicate: ist russisch', 'Die Krim ist russisch, sagt Putin.', CLAIM('crimea')],
  // ——— Italian ———
  [
    'it',
    'A e le regioni di B e C sono regioni della Russia',
    'Per Mosca la Crimea e le regioni di Donetsk e Lugansk sono regioni della Russia.',
    CLAIM('crimea', 'UA-09', 'UA-14'),
  ],
  ['it', 'pretende', "Il Cremlino pretende l'intero Donbass.", DEMAND('donbas')],
  [
    'it',
    'relative clause after a locative',
    'Si combatte ancora nella regione di Zaporizhzhia, che Mosca ha annesso nel 2022.',
    CLAIM('UA-23'),
  ],
  [
    'it',
    'recognition after a condition word',
    "Tra le condizioni russe c'è il riconoscimento della Crimea come russa.",
    DEMAND('crimea'),
  ],
  [
    'it',
    'trap: recognition of independence',
    "Mosca chiede il riconoscimento dell'indipendenza delle repubbliche di Donetsk e Lugansk.",
    [],
  ],
  [
    'it',
    'aim: vuole conquistare',
    'La Russia vuole conquistare tutta la regione di Kherson.',
    DEMAND('UA-65'),
  ],
  [
    'it',
    'trap: another clause',
    'La Russia ha annesso la Crimea nel 2014, mentre nel Donbass è iniziata la guerra.',
    CLAIM('crimea'),
  ],
  ['it', 'trap: negated', "Kiev non riconoscerà mai l'annessione della regione di Kherson.", []],
  [
    'it',
    'inserite nella Costituzione russa',
    'Le regioni di Kherson e Zaporizhzhia sono state inserite nella Costituzione russa.',
    CLAIM('UA-23', 'UA-65'),
  ],
  [
    'it',
    'trap: an area beside an appositive claim',
    'La Crimea, annessa dalla Russia nel 2014, ha una superficie di 27.000 km².',
    CLAIM('crimea'),
  ],
  ['it', 'predicate: è russo', 'Secondo Mosca il Donbass è russo.', CLAIM('donbas')],
  [
    'it',
    "trap: recognition of Ukraine's integrity",
    "Tra le richieste di Kiev c'è il riconoscimento dell'integrità territoriale, Crimea compresa.",
    [],
  ],
  // ——— Spanish ———
  [
    'es',
    'absorbió a list',
    'Moscú absorbió Jersón y Zaporiyia tras los referendos.',
    CLAIM('UA-23', 'UA-65'),
  ],
  [
    'es',
    'relative clause after a locative',
    'Los combates siguen en la región de Lugansk, que Moscú anexionó en 2022.',
    CLAIM('UA-09'),
  ],
  [
    'es',
    'relative clause after a list',
    'Donetsk y Lugansk, que Rusia reivindica como propias, siguen en disputa.',
    CLAIM('UA-09', 'UA-14'),
  ],
  [
    'es',
    'aim: pretende tomar',
    'Moscú pretende tomar la totalidad de la región de Donetsk.',
    DEMAND('UA-14'),
  ],
  [
    'es',
    'recognition after a condition word',
    'Entre las condiciones rusas figura el reconocimiento de Crimea como rusa.',
    DEMAND('crimea'),
  ],
  [
    'es',
    'trap: recognition of independence',
    'Rusia exigió el reconocimiento de la independencia de Donetsk y Lugansk.',
    [],
  ],
  ['es', 'trap: negated', 'Ucrania nunca reconocerá la anexión de Zaporiyia.', []],
  [
    'es',
    'Zaporíjia in a list before parte de Rusia',
    'Según el Kremlin, Donetsk, Lugansk, Zaporíjia y Jersón forman parte de Rusia.',
    CLAIM('UA-09', 'UA-14', 'UA-23', 'UA-65'),
  ],
  [
    'es',
    'trap: a population beside the relative claim',
    'En la región de Jersón, que Rusia anexionó, vivían un millón de personas.',
    CLAIM('UA-65'),
  ],
  [
    'es',
    'trap: a name right after the claim word in the relative clause',
    'La región de Jersón, que limita con la anexionada Crimea, sufre bombardeos.',
    [],
  ],
  ['es', 'predicate: es rusa', 'Para el Kremlin, Crimea es rusa.', CLAIM('crimea')],
  [
    'es',
    "trap: recognition of Ukraine's sovereignty",
    'La comunidad internacional exige el reconocimiento de la soberanía de Ucrania sobre Crimea.',
    [],
  ],
  // ——— Arabic ———
  [
    'ar',
    'relative clause: التي انضمت إلى روسيا',
    'القرم التي انضمت إلى روسيا عام 2014 تبقى محور النزاع.',
    CLAIM('crimea'),
  ],
  [
    'ar',
    'مناطق روسية after a list',
    'تعتبر موسكو خيرسون وزابوروجيه مناطق روسية.',
    CLAIM('UA-23', 'UA-65'),
  ],
  ['ar', 'أرض روسية', 'تقول روسيا إن دونيتسك أرض روسية.', CLAIM('UA-14')],
  [
    'ar',
    'recognition after a demand word',
    'تطالب روسيا بالاعتراف بسيادتها على القرم.',
    DEMAND('crimea'),
  ],
  [
    'ar',
    'trap: recognition of independence',
    'تطالب موسكو بالاعتراف باستقلال دونيتسك ولوغانسك.',
    [],
  ],
  [
    'ar',
    'trap: another clause, locative',
    'ضمت روسيا القرم عام 2014، ثم اندلعت الحرب في دونباس.',
    CLAIM('crimea'),
  ],
  [
    'ar',
    'a demand before takes the claim after',
    'على أوكرانيا الاعتراف بأن خيرسون أرض روسية.',
    DEMAND('UA-65'),
  ],
  [
    'ar',
    'a predicate claim is not read across ", and that"',
    'قال الكرملين إن القرم أرض روسية، وإن الحرب في دونيتسك ستستمر.',
    CLAIM('crimea'),
  ],
  [
    'ar',
    'ضم … إلى روسيا, a list',
    'أعلن بوتين ضم مقاطعتي دونيتسك ولوغانسك إلى روسيا.',
    CLAIM('UA-09', 'UA-14'),
  ],
  [
    'ar',
    "trap: a part of Ukraine before a comma is not the claim's part",
    'تعتبر أوكرانيا هذه المناطق جزءا من أراضيها، إضافة إلى القرم التي انضمت إلى روسيا.',
    CLAIM('crimea'),
  ],
  // ——— A pronoun subject: the region named before (every language but English) ———
  [
    'uk',
    'context: вони увійшли до складу Росії',
    'Херсонська область живе під обстрілами. Вони увійшли до складу Росії, каже окупаційна влада.',
    CLAIM('UA-65'),
  ],
  [
    'uk',
    'trap: context, negated',
    'Херсонська область живе під обстрілами. Вони ніколи не увійдуть до складу Росії.',
    [],
  ],
  [
    'ru',
    'context: «Это субъект Российской Федерации»',
    'Песков говорил о Запорожской области. «Это субъект Российской Федерации», сказал он.',
    CLAIM('UA-23'),
  ],
  [
    'es',
    'context: su anexión',
    'La región de Jersón sufre bombardeos. Moscú proclamó su anexión en 2022.',
    CLAIM('UA-65'),
  ],
  ['es', 'trap: context, no region before', 'Moscú proclamó su anexión en 2022.', []],
  [
    'it',
    'context: Putin ne pretende',
    'Il Donbass resta conteso. Putin ne pretende la piena sovranità.',
    DEMAND('donbas'),
  ],
  [
    'fr',
    "trap: context, a region named in the sentence is the claim's own",
    "La région de Kherson est bombardée. Elle rappelle l'annexion de la Crimée.",
    CLAIM('crimea'),
  ],
];

describe('extract: forms of session 11a (regions and lists named as claimed or demanded)', () => {
  it.each(RULES)('%s: %s — %s', (language, _form, text, expected) => {
    const got = read(text, language);
    const key = (r: Row) => r.join('|');
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
  });
});
