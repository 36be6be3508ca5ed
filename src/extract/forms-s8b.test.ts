import { describe, expect, it } from 'vitest';
import { read, type Row } from '../../tests/support/extract-forms.ts';

// Rules of session 8b, each stated for a class of forms, not for one text: made-up sentences
// in several languages for each class, and what the extractor must give for them.
const FORMS: [string, string, string, Row[]][] = [
  // A share qualified as free or unoccupied is what Ukraine keeps: Russia holds the rest.
  [
    'uk',
    'free: вільних',
    'Окуповано близько 95% Луганської області, на 5% вільних живуть люди.',
    [['UA-09', 92.5, 97.5]],
  ],
  [
    'uk',
    'free: неокупованої',
    'Лише 5% неокупованої Луганщини лишаються під обстрілами.',
    [['UA-09', 95, 95]],
  ],
  [
    'ru',
    'free: неоккупированной',
    'Лишь 3% неоккупированной Луганщины остаются под обстрелом.',
    [['UA-09', 97, 97]],
  ],
  [
    'pl',
    'free: nieokupowanej',
    'Ostrzał trwa na 5 proc. nieokupowanego obwodu ługańskiego.',
    [['UA-09', 95, 95]],
  ],
  // Arabic: the Russian side's "liberated" is its control; the names in their spellings.
  ['ar', 'تحرير', 'أعلنت روسيا تحرير 90% من منطقة لوهانسك.', [['UA-09', 90, 90]]],
  ['ar', 'حررت', 'وقالت موسكو إن قواتها حررت 60% من منطقة زابوروجيا.', [['UA-23', 60, 60]]],
  ['ar', 'دونتسك', 'تسيطر روسيا على نحو 80% من مقاطعة دونتسك.', [['UA-14', 77.5, 82.5]]],
  // French: "s'emparer de" is a control verb.
  [
    'fr',
    's’emparer',
    'Les forces russes se sont emparées de 60 % de la région de Zaporijjia.',
    [['UA-23', 60, 60]],
  ],
  // A region called a region (a subject) of Russia: Russia's claim.
  [
    'ru',
    'регион России',
    'Херсонская область — регион России, расположенный на юге.',
    [['UA-65', 100, 100, 'claim']],
  ],
  [
    'uk',
    'суб’єкт РФ',
    'Окупанти оголосили Запорізьку область суб’єктом РФ.',
    [['UA-23', 100, 100, 'claim']],
  ],
  [
    'es',
    'región de Rusia',
    'Moscú considera la provincia de Jersón una región de Rusia.',
    [['UA-65', 100, 100, 'claim']],
  ],
  // Traps: an aim after a verb of trying; the free share read as Russia's.
  [
    'pl',
    'trap: usiłując przejąć',
    'Siły rosyjskie napierają, usiłując przejąć pełną kontrolę nad obwodem ługańskim.',
    [],
  ],
  ['pl', 'trap: dążąc do', 'Rosjanie atakują, dążąc do zajęcia całego obwodu donieckiego.', []],
  [
    'uk',
    'trap: not Russia’s 5%',
    'На 5% вільних територій Луганщини живуть 45 людей.',
    [['UA-09', 95, 95]],
  ],
  ['ar', 'trap: a city liberated', 'أعلنت روسيا تحرير مدينة سيفيرودونيتسك بالكامل.', []],
];

describe('extract: forms of session 8b (rules by class)', () => {
  it.each(FORMS)('%s (%s): %s', (language, _form, text, expected) => {
    expect(read(text, language)).toEqual(expected);
  });
});
