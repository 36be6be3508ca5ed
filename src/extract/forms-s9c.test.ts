import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Session 9c (issue 18): rules for the constructions that five fresh dev texts (es95, es96, it95,
// it96, pl95) missed, each stated for the construction in every language that has it, with
// traps. Made-up sentences; the conventions are those of tests/extract-set/README.md.
// - joining Russia / "new regions of Russia" is a claim ("entrarán a formar parte de la
//   Federación Rusia", "nuove regioni della Russia", "nowymi regionami Rosji");
// - "the four regions" spelled out ("le quattro regioni ucraine di A, B, C e D", "las cuatro
//   regiones (A, B, C y D)", "czterech obwodów: …") are four claims, not the group's one;
// - an appositive claim after a name ("la Crimea, annessa nel 2014") is a statement of its own:
//   a condition around it ("se si aggiunge …") does not cancel it; after a bare comma it is the
//   last name's only;
// - a proposal to keep a region is a demand ("ha propuesto quedarse con", "proposto di tenersi",
//   "zaproponowała zatrzymanie").
const RULES: [string, string, Row[]][] = [
  [
    'es',
    'Las cuatro regiones ucranianas (Donetsk, Lugansk, Jersón y Zaporiyia) pasarán a formar parte de la Federación Rusa.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'es',
    'Las regiones de Jersón y Zaporiyia entrarán a formar parte de la Federación Rusia el viernes.',
    [
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'es',
    'Putin declaró que Donetsk y Lugansk son nuevas regiones de Rusia.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
  [
    'es',
    'El Kremlin anunció la anexión de las cuatro regiones de Donetsk, Lugansk, Jersón y Zaporiyia.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'es',
    'Si Moscú lograra avanzar, también Crimea, anexionada en 2014, quedaría aislada.',
    [['crimea', 100, 100, 'claim']],
  ],
  [
    'es',
    'Rusia ha propuesto quedarse con toda la región de Donetsk a cambio de un alto el fuego.',
    [['UA-14', 100, 100, 'demand']],
  ],
  [
    'es',
    'Moscú pide quedarse con el Donbás como condición para la paz.',
    [['donbas', 100, 100, 'demand']],
  ],
  ['es', 'Si Rusia anexionara Jersón, la guerra se alargaría.', []],
  ['es', 'Rusia no se ha anexionado Járkov.', []],
  [
    'it',
    'Putin ha parlato di quattro nuove regioni della Russia: Donetsk, Luhansk, Zaporizhzhia e Kherson.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'it',
    "Mosca ha annunciato l'annessione delle quattro regioni ucraine di Donetsk, Luhansk, Zaporizhzhia e Kherson.",
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'it',
    'Se Kiev perdesse anche Kherson, la Crimea, annessa nel 2014, sarebbe più sicura.',
    [['crimea', 100, 100, 'claim']],
  ],
  [
    'it',
    'La Russia ha proposto di tenersi il Donbass in cambio di una tregua.',
    [['donbas', 100, 100, 'demand']],
  ],
  ['it', 'La Russia potrebbe annettere la regione di Kharkiv.', []],
  [
    'it',
    'Le quattro regioni annesse sono costate molto a Mosca.',
    [['annexed-four', 100, 100, 'claim']],
  ],
  [
    'pl',
    'Putin nazwał obwody doniecki i ługański nowymi regionami Rosji.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
  [
    'pl',
    'Kreml ogłosił aneksję czterech obwodów: donieckiego, ługańskiego, zaporoskiego i chersońskiego.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'pl',
    'Jeśli Rosja przełamie front, Krym, anektowany w 2014 roku, zyska lądowe połączenie.',
    [['crimea', 100, 100, 'claim']],
  ],
  [
    'pl',
    'Rosja zaproponowała zatrzymanie całego Donbasu w zamian za zawieszenie broni.',
    [['donbas', 100, 100, 'demand']],
  ],
  ['pl', 'Rosja może spróbować przyłączyć obwód charkowski.', []],
  [
    'pl',
    'Nowe regiony Rosji to według Kremla obwody zaporoski i chersoński.',
    [
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'fr',
    "Moscou a annoncé l'annexion des quatre régions ukrainiennes de Donetsk, Louhansk, Zaporijjia et Kherson.",
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'fr',
    "Si l'offensive réussit, la Crimée, annexée en 2014, sera reliée par la terre.",
    [['crimea', 100, 100, 'claim']],
  ],
  [
    'de',
    'Moskau verkündete die Annexion der vier ukrainischen Regionen: Donezk, Luhansk, Saporischschja und Cherson.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-23', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'it',
    'Mosca ha annesso Donetsk, Luhansk e Kherson, annesse con referendum farsa.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
      ['UA-65', 100, 100, 'claim'],
    ],
  ],
  [
    'es',
    'Si Moscú avanza, Donetsk y Lugansk, anexionadas en 2022, quedarían unidas a Crimea.',
    [
      ['UA-09', 100, 100, 'claim'],
      ['UA-14', 100, 100, 'claim'],
    ],
  ],
];

describe('extract: rules of session 9c (by construction, es it pl, and fr de where generic)', () => {
  it.each(RULES)('%s: %s', (language, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
