import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Session 11d: a part of a region held, claimed or demanded with no figure ("a part of",
// "parts of", "large parts", "partly occupied", "not all of", "some territory in") is the
// region(s) with no share (`null`), one per region of a coordinated list; Ukraine holding a
// part says Russia holds a part (null), as the set's labels read it. Composed from each
// language's grammar before the rules; traps: a part of the population, of the front, of a
// city, and "part of Russia" (a claim of the whole, 100).
const N = (region: string, kind?: string): Row =>
  kind ? [region, null, null, kind] : [region, null, null];
const FOUR: Row[] = [N('UA-09'), N('UA-14'), N('UA-23'), N('UA-65')];
const ZK_CLAIMED: Row[] = [N('UA-23', 'claim'), N('UA-65', 'claim')];
const CRIMEA_CLAIMED: Row[] = [['crimea', 100, 100, 'claim']];

const RULES: [string, string, string, Row[]][] = [
  // ——— English ———
  ['en', 'occupy part of', 'Russian troops occupy part of the Kharkiv region.', [N('UA-63')]],
  [
    'en',
    'large parts of A and B',
    'Russia controls large parts of the Donetsk and Luhansk regions.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'en',
    'parts of a list of four',
    "Moscow's forces hold parts of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.",
    FOUR,
  ],
  [
    'en',
    'is partly occupied',
    'The Zaporizhzhia region is partly occupied by Russia.',
    [N('UA-23')],
  ],
  ['en', 'Ukraine holds part of', 'Ukraine still holds part of the Donetsk region.', [N('UA-14')]],
  [
    'en',
    'some territory in',
    'Russian forces seized some territory in the Sumy region.',
    [N('UA-59')],
  ],
  ['en', 'areas of', 'Russia has occupied areas of the Mykolaiv region.', [N('UA-48')]],
  [
    'en',
    'annexed parts of',
    'Russia annexed parts of the Zaporizhzhia and Kherson regions.',
    ZK_CLAIMED,
  ],
  [
    'en',
    'does not control all of',
    'Russia does not control all of the Kherson region.',
    [N('UA-65')],
  ],
  [
    'en',
    'trap: part of the population',
    'Part of the population of the Kherson region has fled.',
    [],
  ],
  [
    'en',
    'trap: part of Russia is the whole',
    'Moscow considers Crimea part of Russia.',
    CRIMEA_CLAIMED,
  ],
  ['en', 'trap: part of the front', 'Part of the front in the Donetsk region is quiet.', []],
  ['en', 'trap: part of a city', 'Russian troops hold part of the city of Kherson.', []],

  // ——— Ukrainian ———
  [
    'uk',
    'окупували частину',
    'Російські війська окупували частину Харківської області.',
    [N('UA-63')],
  ],
  [
    'uk',
    'частину чотирьох областей',
    'Росія контролює частину Донецької, Луганської, Запорізької та Херсонської областей.',
    FOUR,
  ],
  [
    'uk',
    'частково окупована',
    'Херсонщина частково окупована російськими військами.',
    [N('UA-65')],
  ],
  ['uk', 'значну частину', 'Окупанти утримують значну частину Запорізької області.', [N('UA-23')]],
  [
    'uk',
    'Україна контролює частину',
    'Україна досі контролює частину Донецької області.',
    [N('UA-14')],
  ],
  [
    'uk',
    'частини двох областей',
    'Ворог захопив частини Сумської та Харківської областей.',
    [N('UA-59'), N('UA-63')],
  ],
  [
    'uk',
    'окремі райони',
    'Росія окупувала окремі райони Донецької та Луганської областей.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'uk',
    'дві області частково окуповані',
    'Донецька і Луганська області частково окуповані.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'uk',
    'анексувала частини',
    'Росія анексувала частини Запорізької та Херсонської областей.',
    ZK_CLAIMED,
  ],
  ['uk', 'trap: частина населення', 'Частина населення Херсонщини виїхала.', []],
  ['uk', 'trap: частиною Росії', 'Москва вважає Крим частиною Росії.', CRIMEA_CLAIMED],
  ['uk', 'trap: частина фронту', 'Частина фронту в Донецькій області стабільна.', []],
  ['uk', 'trap: частину міста', 'Російські війська утримують частину міста Херсон.', []],

  // ——— Russian ———
  [
    'ru',
    'контролируют часть',
    'Российские войска контролируют часть Харьковской области.',
    [N('UA-63')],
  ],
  ['ru', 'значительную часть', 'Россия заняла значительную часть Луганской области.', [N('UA-09')]],
  [
    'ru',
    'частично оккупирована',
    'Запорожская область частично оккупирована Россией.',
    [N('UA-23')],
  ],
  [
    'ru',
    'ВСУ контролируют часть',
    'ВСУ по-прежнему контролируют часть Донецкой области.',
    [N('UA-14')],
  ],
  [
    'ru',
    'части четырёх областей',
    'Россия контролирует части Донецкой, Луганской, Запорожской и Херсонской областей.',
    FOUR,
  ],
  [
    'ru',
    'отдельные районы',
    'Россия оккупировала отдельные районы Донецкой и Луганской областей.',
    [N('UA-09'), N('UA-14')],
  ],
  ['ru', 'оккупирована частично', 'Херсонская область оккупирована частично.', [N('UA-65')]],
  [
    'ru',
    'аннексировала части',
    'Россия аннексировала части Запорожской и Херсонской областей.',
    ZK_CLAIMED,
  ],
  ['ru', 'Сумская: часть', 'Российская армия захватила часть Сумской области.', [N('UA-59')]],
  ['ru', 'trap: часть жителей', 'Часть жителей Запорожской области уехала.', []],
  ['ru', 'trap: частью России', 'Москва считает Крым частью России.', CRIMEA_CLAIMED],
  ['ru', 'trap: часть армии', 'Часть армии переброшена в Донецкую область.', []],
  ['ru', 'trap: часть города', 'Российские военные удерживают часть города Херсон.', []],

  // ——— Polish ———
  ['pl', 'okupują część', 'Rosyjskie wojska okupują część obwodu charkowskiego.', [N('UA-63')]],
  [
    'pl',
    'części czterech obwodów',
    'Rosja kontroluje części obwodów donieckiego, ługańskiego, zaporoskiego i chersońskiego.',
    FOUR,
  ],
  [
    'pl',
    'jest częściowo okupowany',
    'Obwód zaporoski jest częściowo okupowany przez Rosję.',
    [N('UA-23')],
  ],
  [
    'pl',
    'Ukraina kontroluje część',
    'Ukraina wciąż kontroluje część obwodu donieckiego.',
    [N('UA-14')],
  ],
  ['pl', 'znaczną część', 'Rosjanie zajęli znaczną część obwodu ługańskiego.', [N('UA-09')]],
  ['pl', 'fragmenty', 'Rosja zajęła fragmenty obwodu sumskiego.', [N('UA-59')]],
  [
    'pl',
    'zaanektowała części',
    'Rosja zaanektowała części obwodów zaporoskiego i chersońskiego.',
    ZK_CLAIMED,
  ],
  [
    'pl',
    'nie kontroluje w pełni',
    'Rosja nie kontroluje w pełni obwodu chersońskiego.',
    [N('UA-65')],
  ],
  ['pl', 'trap: część mieszkańców', 'Część mieszkańców obwodu chersońskiego wyjechała.', []],
  ['pl', 'trap: częścią Rosji', 'Moskwa uważa Krym za część Rosji.', CRIMEA_CLAIMED],
  ['pl', 'trap: część frontu', 'Część frontu w obwodzie donieckim jest spokojna.', []],
  ['pl', 'trap: część miasta', 'Rosyjskie wojska kontrolują część miasta Chersoń.', []],

  // ——— French ———
  [
    'fr',
    'occupent une partie',
    "Les forces russes occupent une partie de l'oblast de Kharkiv.",
    [N('UA-63')],
  ],
  [
    'fr',
    'des parties de quatre régions',
    'La Russie contrôle des parties des régions de Donetsk, Louhansk, Zaporijia et Kherson.',
    FOUR,
  ],
  [
    'fr',
    'est partiellement occupée',
    'La région de Zaporijia est partiellement occupée par la Russie.',
    [N('UA-23')],
  ],
  [
    'fr',
    "l'Ukraine contrôle une partie",
    "L'Ukraine contrôle encore une partie de l'oblast de Donetsk.",
    [N('UA-14')],
  ],
  [
    'fr',
    'une grande partie',
    'Moscou occupe une grande partie de la région de Louhansk.',
    [N('UA-09')],
  ],
  [
    'fr',
    'certaines parties',
    "L'armée russe a conquis certaines parties de la région de Kharkiv.",
    [N('UA-63')],
  ],
  [
    'fr',
    'a annexé une partie',
    'La Russie a annexé une partie des régions de Zaporijia et de Kherson.',
    ZK_CLAIMED,
  ],
  [
    'fr',
    'ne contrôle pas entièrement',
    'La Russie ne contrôle pas entièrement la région de Kherson.',
    [N('UA-65')],
  ],
  [
    'fr',
    'trap: une partie de la population',
    'Une partie de la population de la région de Kherson a fui.',
    [],
  ],
  [
    'fr',
    'trap: fait partie de la Russie',
    'Pour Moscou, la Crimée fait partie de la Russie.',
    CRIMEA_CLAIMED,
  ],
  [
    'fr',
    'trap: une partie du front',
    'Une partie du front dans la région de Donetsk est calme.',
    [],
  ],
  [
    'fr',
    'trap: une partie de la ville',
    'Les troupes russes tiennent une partie de la ville de Kherson.',
    [],
  ],

  // ——— German ———
  ['de', 'besetzen Teile', 'Russische Truppen besetzen Teile des Gebiets Charkiw.', [N('UA-63')]],
  [
    'de',
    'Teile dreier Gebiete',
    'Russland kontrolliert Teile der Gebiete Donezk, Luhansk und Saporischschja.',
    [N('UA-09'), N('UA-14'), N('UA-23')],
  ],
  [
    'de',
    'ist teilweise besetzt',
    'Das Gebiet Saporischschja ist teilweise von Russland besetzt.',
    [N('UA-23')],
  ],
  [
    'de',
    'die Ukraine hält Teile',
    'Die Ukraine hält weiterhin Teile des Gebiets Donezk.',
    [N('UA-14')],
  ],
  ['de', 'große Teile', 'Russland hält große Teile der Region Luhansk.', [N('UA-09')]],
  ['de', 'einen Teil', 'Russland hat einen Teil der Region Sumy erobert.', [N('UA-59')]],
  [
    'de',
    'die zum Teil besetzt sind',
    'Betroffen sind die Regionen Donezk und Luhansk, die zum Teil von Russland besetzt sind.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'de',
    'nicht vollständig',
    'Russland kontrolliert das Gebiet Cherson nicht vollständig.',
    [N('UA-65')],
  ],
  [
    'de',
    'trap: ein Teil der Bevölkerung',
    'Ein Teil der Bevölkerung des Gebiets Cherson ist geflohen.',
    [],
  ],
  [
    'de',
    'trap: Teil Russlands',
    'Russland betrachtet die Krim als Teil Russlands.',
    CRIMEA_CLAIMED,
  ],
  ['de', 'trap: ein Teil der Front', 'Ein Teil der Front im Gebiet Donezk ist ruhig.', []],
  ['de', 'trap: Teile der Stadt', 'Russische Truppen halten Teile der Stadt Cherson.', []],

  // ——— Italian ———
  [
    'it',
    'occupano parte',
    'Le truppe russe occupano parte della regione di Kharkiv.',
    [N('UA-63')],
  ],
  [
    'it',
    'parti di quattro regioni',
    'La Russia controlla parti delle regioni di Donetsk, Luhansk, Zaporizhzhia e Kherson.',
    FOUR,
  ],
  [
    'it',
    'è parzialmente occupata',
    'La regione di Zaporizhzhia è parzialmente occupata dalla Russia.',
    [N('UA-23')],
  ],
  [
    'it',
    "l'Ucraina controlla parte",
    "L'Ucraina controlla ancora parte della regione di Donetsk.",
    [N('UA-14')],
  ],
  ['it', 'gran parte', 'Mosca occupa gran parte della regione di Luhansk.', [N('UA-09')]],
  [
    'it',
    'una parte',
    "L'esercito russo ha conquistato una parte della regione di Sumy.",
    [N('UA-59')],
  ],
  [
    'it',
    'ha annesso parte',
    'La Russia ha annesso parte delle regioni di Zaporizhzhia e Kherson.',
    ZK_CLAIMED,
  ],
  [
    'it',
    'non controlla completamente',
    'La Russia non controlla completamente la regione di Kherson.',
    [N('UA-65')],
  ],
  [
    'it',
    'trap: parte della popolazione',
    'Parte della popolazione della regione di Kherson è fuggita.',
    [],
  ],
  [
    'it',
    'trap: parte della Russia',
    'Mosca considera la Crimea parte della Russia.',
    CRIMEA_CLAIMED,
  ],
  ['it', 'trap: parte del fronte', 'Parte del fronte nella regione di Donetsk è calmo.', []],
  [
    'it',
    'trap: parte della città',
    'Le truppe russe controllano parte della città di Kherson.',
    [],
  ],

  // ——— Spanish ———
  ['es', 'ocupan parte', 'Las tropas rusas ocupan parte de la región de Járkov.', [N('UA-63')]],
  [
    'es',
    'partes de cuatro regiones',
    'Rusia controla partes de las regiones de Donetsk, Lugansk, Zaporiyia y Jersón.',
    FOUR,
  ],
  [
    'es',
    'está parcialmente ocupada',
    'La región de Zaporiyia está parcialmente ocupada por Rusia.',
    [N('UA-23')],
  ],
  [
    'es',
    'Ucrania controla parte',
    'Ucrania todavía controla parte de la región de Donetsk.',
    [N('UA-14')],
  ],
  ['es', 'gran parte', 'Moscú ocupa gran parte de la región de Lugansk.', [N('UA-09')]],
  ['es', 'una parte', 'El ejército ruso ha tomado una parte de la región de Sumy.', [N('UA-59')]],
  [
    'es',
    'anexionó parte',
    'Rusia anexionó parte de las regiones de Zaporiyia y Jersón.',
    ZK_CLAIMED,
  ],
  [
    'es',
    'no controla completamente',
    'Rusia no controla completamente la región de Jersón.',
    [N('UA-65')],
  ],
  [
    'es',
    'trap: parte de la población',
    'Parte de la población de la región de Jersón ha huido.',
    [],
  ],
  ['es', 'trap: parte de Rusia', 'Moscú considera Crimea parte de Rusia.', CRIMEA_CLAIMED],
  ['es', 'trap: parte del frente', 'Parte del frente en la región de Donetsk está en calma.', []],
  [
    'es',
    'trap: parte de la ciudad',
    'Las tropas rusas controlan parte de la ciudad de Jersón.',
    [],
  ],

  // ——— Arabic ———
  ['ar', 'جزءا من', 'تحتل القوات الروسية جزءا من مقاطعة خاركيف.', [N('UA-63')]],
  [
    'ar',
    'أجزاء من أربع مقاطعات',
    'تسيطر روسيا على أجزاء من مقاطعات دونيتسك ولوغانسك وزابوريجيا وخيرسون.',
    FOUR,
  ],
  ['ar', 'محتلة جزئيا', 'مقاطعة زابوريجيا محتلة جزئيا من قبل روسيا.', [N('UA-23')]],
  [
    'ar',
    'أوكرانيا تسيطر على جزء',
    'لا تزال أوكرانيا تسيطر على جزء من مقاطعة دونيتسك.',
    [N('UA-14')],
  ],
  ['ar', 'لا تسيطر بالكامل', 'لا تسيطر روسيا بالكامل على مقاطعة خيرسون.', [N('UA-65')]],
  ['ar', 'جزء كبير', 'تسيطر روسيا على جزء كبير من مقاطعة لوغانسك.', [N('UA-09')]],
  ['ar', 'استولى على أجزاء', 'استولى الجيش الروسي على أجزاء من مقاطعة سومي.', [N('UA-59')]],
  ['ar', 'ضمت أجزاء', 'ضمت روسيا أجزاء من منطقتي زابوريجيا وخيرسون.', ZK_CLAIMED],
  ['ar', 'trap: جزء من سكان', 'غادر جزء من سكان مقاطعة خيرسون.', []],
  ['ar', 'trap: جزءا من روسيا', 'تعتبر موسكو شبه جزيرة القرم جزءا من روسيا.', CRIMEA_CLAIMED],
  ['ar', 'trap: جزء من الجبهة', 'جزء من الجبهة في مقاطعة دونيتسك هادئ.', []],
  ['ar', 'trap: جزء من مدينة', 'تسيطر القوات الروسية على جزء من مدينة خيرسون.', []],
];

// Parts as subjects, verbs shared, "partly" as an adverb, the occupied part, lists after a
// plural head, the republics as parts, and traps: a question, recognised "independence", a
// part Ukraine holds described by a participle, a place on a part.
const MORE: [string, string, string, Row[]][] = [
  [
    'en',
    'Part of … remains under',
    'Part of the Kherson region remains under Russian control.',
    [N('UA-65')],
  ],
  [
    'en',
    'partially occupies A and B',
    'Russia partially occupies the Zaporizhzhia and Kherson regions.',
    [N('UA-23'), N('UA-65')],
  ],
  [
    'en',
    'A and B are partly occupied',
    'The Donetsk and Luhansk regions are partly occupied by Russia.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'en',
    'does not control the whole of',
    'Russia does not control the whole of the Donetsk region.',
    [N('UA-14')],
  ],
  [
    'uk',
    'на окупованій частині: a place, not a part held (as uk99 is labelled)',
    'На окупованій частині Донецької області проводять псевдореферендум.',
    [],
  ],
  [
    'uk',
    'частину …, а також частину',
    'Росія окупувала частину Донецької області, а також частину Луганської.',
    [N('UA-14'), N('UA-09')],
  ],
  [
    'uk',
    'частина … під окупацією',
    'Частина Запорізької області перебуває під окупацією.',
    [N('UA-23')],
  ],
  [
    'uk',
    'ДНР і ЛНР контролюють частину',
    'ДНР і ЛНР контролюють лише частину Донецької та Луганської областей.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'uk',
    'trap: визнала незалежність окремих районів',
    'Росія визнала «незалежність» окремих районів Донецької і Луганської областей.',
    [],
  ],
  [
    'uk',
    'trap: на підконтрольній Україні частині',
    'На підконтрольній Україні частині Донеччини живуть 300 тисяч людей.',
    [],
  ],
  ['uk', 'trap: яку частину', 'Яку частину Луганщини контролює Україна, сказав голова ОВА.', []],
  [
    'ru',
    'часть … под контролем',
    'Часть Херсонской области находится под контролем российских войск.',
    [N('UA-65')],
  ],
  [
    'ru',
    'часть А и часть Б',
    'Под контролем России остаются часть Запорожской и часть Херсонской областей.',
    [N('UA-23'), N('UA-65')],
  ],
  [
    'ru',
    'не всю территорию',
    'Россия контролирует не всю территорию Донецкой области.',
    [N('UA-14')],
  ],
  [
    'ru',
    'Крым и некоторые районы',
    'В 2014 году Россия захватила Крым и некоторые районы Донецкой области.',
    [['crimea', 100, 100], N('UA-14')],
  ],
  ['ru', 'trap: какую часть', 'Глава ОВА сообщил, какую часть области контролирует Украина.', []],
  [
    'pl',
    'część terytorium obwodu',
    'Rosjanie kontrolują część terytorium obwodu zaporoskiego.',
    [N('UA-23')],
  ],
  [
    'pl',
    'część … pod okupacją',
    'Część obwodu chersońskiego znajduje się pod rosyjską okupacją.',
    [N('UA-65')],
  ],
  [
    'pl',
    'są częściowo okupowane',
    'Obwody doniecki i ługański są częściowo okupowane.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'pl',
    'części … oraz tereny DRL (a part of Donetsk) zostały anektowane',
    'Części obwodów zaporoskiego i chersońskiego oraz tereny DRL zostały anektowane przez Rosję.',
    [N('UA-23', 'claim'), N('UA-65', 'claim'), N('UA-14', 'claim')],
  ],
  [
    'pl',
    'trap: kontrolowane przez Ukrainę części',
    'Nie wiadomo, czy Kreml uważa kontrolowane przez Ukrainę części obwodu zaporoskiego za swoje.',
    [],
  ],
  ['pl', 'trap: jaką część', 'Jaką część obwodu ługańskiego kontroluje Ukraina, nie wiadomo.', []],
  [
    'fr',
    'une partie … sous contrôle',
    'Une partie de la région de Kherson est toujours sous contrôle russe.',
    [N('UA-65')],
  ],
  [
    'fr',
    'occupe partiellement A et B',
    'La Russie occupe partiellement les régions de Zaporijia et de Kherson.',
    [N('UA-23'), N('UA-65')],
  ],
  ['fr', 'trap: quelle partie', 'Quelle partie de la région de Louhansk contrôle Kiev ?', []],
  [
    'de',
    'ein Teil … unter Kontrolle',
    'Ein Teil des Gebiets Cherson steht unter russischer Kontrolle.',
    [N('UA-65')],
  ],
  [
    'de',
    'hält … teilweise besetzt',
    'Russland hält die Gebiete Saporischschja und Cherson teilweise besetzt.',
    [N('UA-23'), N('UA-65')],
  ],
  [
    'de',
    'nur zum Teil',
    'Die Region Donezk ist nur zum Teil unter russischer Kontrolle.',
    [N('UA-14')],
  ],
  [
    'de',
    'Teile der vier Gebiete',
    'Russland kontrolliert Teile der Gebiete Donezk, Luhansk, Saporischschja und Cherson.',
    FOUR,
  ],
  ['de', 'trap: welchen Teil', 'Welchen Teil des Gebiets Luhansk hält die Ukraine noch?', []],
  ['it', 'solo in parte', 'Mosca controlla solo in parte la regione di Donetsk.', [N('UA-14')]],
  [
    'it',
    'controllata in parte',
    'La regione di Donetsk è controllata solo in parte dalla Russia.',
    [N('UA-14')],
  ],
  [
    'it',
    'una parte … sotto il controllo',
    'Una parte della regione di Kherson è sotto il controllo russo.',
    [N('UA-65')],
  ],
  [
    'it',
    'occupa parzialmente A e B',
    'La Russia occupa parzialmente le regioni di Zaporizhzhia e Kherson.',
    [N('UA-23'), N('UA-65')],
  ],
  ['it', 'trap: quale parte', 'Quale parte della regione di Luhansk controlla ancora Kiev?', []],
  ['es', 'solo en parte', 'Rusia controla solo en parte la región de Donetsk.', [N('UA-14')]],
  ['es', 'ocupada en parte', 'La región de Donetsk está ocupada en parte por Rusia.', [N('UA-14')]],
  [
    'es',
    'una parte … bajo control',
    'Una parte de la región de Jersón sigue bajo control ruso.',
    [N('UA-65')],
  ],
  [
    'es',
    'ocupa parcialmente A y B',
    'Rusia ocupa parcialmente las regiones de Zaporiyia y Jersón.',
    [N('UA-23'), N('UA-65')],
  ],
  ['es', 'trap: qué parte', '¿Qué parte de la región de Lugansk controla todavía Kiev?', []],
  ['ar', 'جزء … تحت السيطرة', 'جزء من مقاطعة خيرسون لا يزال تحت السيطرة الروسية.', [N('UA-65')]],
  [
    'ar',
    'تحتل جزئيا منطقتي',
    'تحتل روسيا جزئيا منطقتي زابوريجيا وخيرسون.',
    [N('UA-23'), N('UA-65')],
  ],
  ['ar', 'trap: أي جزء', 'أي جزء من مقاطعة لوغانسك تسيطر عليه أوكرانيا؟', []],
];

// Areas, zones and territories in or of regions as parts (null), one per region; the people
// of a part are no part held.
const KS: Row[] = [N('UA-59'), N('UA-63')];
const AREAS: [string, string, string, Row[]][] = [
  ['en', 'pockets of', 'Russian forces also hold pockets of the Kharkiv and Sumy regions.', KS],
  [
    'en',
    'trap: residents of occupied areas',
    'Residents of occupied areas of the Kherson region received Russian passports.',
    [],
  ],
  [
    'uk',
    'території у … областях',
    'Росія окупувала території у Запорізькій, Херсонській, Донецькій та Луганській областях.',
    FOUR,
  ],
  [
    'uk',
    'trap: жителів окупованих територій',
    'Путін видав указ про паспорти для жителів окупованих територій у Запорізькій та Херсонській областях.',
    [],
  ],
  ['uk', 'trap: жителі частини', 'Жителі частини Донеччини залишаються під окупацією.', []],
  [
    'ru',
    'территории в … областях',
    'Российские войска контролируют территории в Харьковской и Сумской областях.',
    KS,
  ],
  ['pl', 'tereny w obwodach', 'Rosjanie zajęli tereny w obwodach charkowskim i sumskim.', KS],
  [
    'pl',
    'trap: mieszkańcom okupowanych terenów',
    'Dekret dotyczy mieszkańców okupowanych terenów w obwodach chersońskim i zaporoskim.',
    [],
  ],
  [
    'fr',
    'des zones des régions',
    'La Russie occupe des zones des régions de Kharkiv et de Mykolaiv.',
    [N('UA-48'), N('UA-63')],
  ],
  ['de', 'Gebietsteile', 'Russland hält Gebietsteile von Charkiw und Sumy.', KS],
  [
    'de',
    'Territorien in',
    'Russland hat Territorien in den Regionen Charkiw und Sumy besetzt.',
    KS,
  ],
  [
    'it',
    'zone delle regioni',
    'Le truppe russe occupano zone delle regioni di Kharkiv e Sumy.',
    KS,
  ],
  [
    'it',
    'territori nelle regioni',
    'La Russia ha occupato territori nelle regioni di Kharkiv e Sumy.',
    KS,
  ],
  ['es', 'zonas de las regiones', 'Rusia controla zonas de las regiones de Járkov y Sumy.', KS],
  [
    'es',
    'áreas en cuatro regiones',
    'Rusia también ocupa áreas en Járkov, Sumy, Mikoláiv y Dnipropetrovsk.',
    [N('UA-12'), N('UA-48'), N('UA-59'), N('UA-63')],
  ],
  ['ar', 'أراض في منطقتي', 'تسيطر روسيا على أراض في منطقتي خاركيف وسومي.', KS],
];

// Not all held, of a region or of "these regions" (the list named last): each a part (null).
const NOT_ALL: [string, string, string, Row[]][] = [
  [
    'es',
    'no controla completamente estas provincias',
    'Las tropas rusas avanzan en Donetsk, Lugansk, Zaporiyia y Jersón. Sin embargo, Rusia no controla completamente estas provincias.',
    FOUR,
  ],
  [
    'es',
    'parte de estas provincias',
    'Las tropas rusas avanzan en Donetsk, Lugansk, Zaporiyia y Jersón. Rusia controla parte de estas provincias.',
    FOUR,
  ],
  [
    'de',
    'keine dieser Regionen vollständig',
    'Gekämpft wird in Donezk, Luhansk, Saporischschja und Cherson. Russland kontrolliert keine dieser Regionen vollständig.',
    FOUR,
  ],
  [
    'de',
    'Teile dieser Regionen',
    'Gekämpft wird in Donezk, Luhansk, Saporischschja und Cherson. Russland kontrolliert Teile dieser Regionen.',
    FOUR,
  ],
  [
    'es',
    'sigue sin controlar la totalidad',
    'Rusia sigue sin controlar la totalidad de la región de Donetsk.',
    [N('UA-14')],
  ],
  [
    'es',
    'trap: sin embargo is no negation',
    'Sin embargo, Rusia controla toda la región de Lugansk.',
    [['UA-09', 100, 100]],
  ],
  [
    'pl',
    'żadnego z tych regionów',
    'Rosjanie walczą w obwodach donieckim, ługańskim, zaporoskim i chersońskim. Rosja nie kontroluje w pełni żadnego z tych regionów.',
    FOUR,
  ],
  [
    'uk',
    'жодну з цих областей',
    'Бої тривають у Донецькій, Луганській, Запорізькій та Херсонській областях. Росія не повністю контролює жодну з цих областей.',
    FOUR,
  ],
  [
    'it',
    'nessuna di queste regioni',
    'Si combatte a Donetsk, Luhansk, Zaporizhzhia e Kherson. La Russia non controlla completamente nessuna di queste regioni.',
    FOUR,
  ],
  [
    'ru',
    'часть этих областей',
    'Бои идут в Донецкой и Луганской областях. Россия контролирует часть этих областей.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'ar',
    'أجزاء من هذه المناطق',
    'تدور المعارك في دونيتسك ولوغانسك. تسيطر روسيا على أجزاء من هذه المناطق.',
    [N('UA-09'), N('UA-14')],
  ],
];

// A clause or aside after a list saying it is partly held: a part of each (null), beside what
// the sentence then says of the regions.
const DL_CLAIMED: Row[] = [
  ['UA-09', 100, 100, 'claim'],
  ['UA-14', 100, 100, 'claim'],
];
const ASIDES: [string, string, string, Row[]][] = [
  [
    'de',
    'die zum Teil besetzt sind, wurden annektiert',
    'Die Regionen Donezk und Luhansk, die zum Teil von Russland besetzt sind, wurden annektiert.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'it',
    'in parte occupate, sono state annesse',
    'Le regioni di Donetsk e Luhansk, in parte occupate dalla Russia, sono state annesse.',
    [N('UA-09'), N('UA-14'), ...DL_CLAIMED],
  ],
  [
    'es',
    'ocupadas parcialmente, fueron anexionadas',
    'Las regiones de Donetsk y Lugansk, ocupadas parcialmente por Rusia, fueron anexionadas.',
    [N('UA-09'), N('UA-14'), ...DL_CLAIMED],
  ],
  [
    'fr',
    'partiellement occupées, ont été annexées',
    'Les régions de Donetsk et Louhansk, partiellement occupées par la Russie, ont été annexées.',
    [N('UA-09'), N('UA-14'), ...DL_CLAIMED],
  ],
  [
    'ru',
    'частично оккупированные',
    'Донецкая и Луганская области, частично оккупированные Россией, были аннексированы.',
    [N('UA-09'), N('UA-14')],
  ],
  [
    'it',
    'trap: the aside describes the names in it',
    'Putin ha detto che Lugansk, insieme alle regioni parzialmente controllate di Donetsk e Kherson, sarebbe stata annessa.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
];

describe('extract: a part of a region with no figure (session 11d)', () => {
  it.each(RULES)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: parts as subjects, adverbs, lists and traps (session 11d)', () => {
  it.each(MORE)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: areas, zones and territories of regions (session 11d)', () => {
  it.each(AREAS)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: not all of a region or of "these regions" (session 11d)', () => {
  it.each(NOT_ALL)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});

describe('extract: an aside saying a list is partly held (session 11d)', () => {
  it.each(ASIDES)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
