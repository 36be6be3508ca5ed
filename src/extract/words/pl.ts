/** The Polish words the extractor reads (see ../languages.ts for the kinds). */
import { L, COMMON_PERCENT, type LanguageWords } from './word-parts.ts';

export const pl: LanguageWords = {
  control: String.raw`(?:Ukraina|Kijów)\s+(?:\p{L}+\s+){0,2}?(?:straciła|stracił|utraciła)|kontrol${L}|okup${L}|zajm${L}|zaję${L}|zajęł${L}|pod\s+kontrolą(?:\s+Rosji)?|w\s+rękach|odbit${L}|przeję${L}|przejął|przejmuj${L}|opanow${L}|zagarn${L}|zawładn${L}|utrzymuj${L}|zdoby(?:ł|li|ły|t)${L}|zająć|zdobyć|przejąć|trzyma(?:ją|ła|li|ły)?`,
  inverse: String.raw`(?:pozostało|zostało|pozostaje|zostaje)\s+(?:jeszcze\s+)?(?:do\s+(?:zajęcia|zdobycia|opanowania)|zająć|zdobyć|opanować)|(?:Ukrainie|Kijowowi|Ukraińcom)\s+(?:\p{L}+\s+){0,2}?(?:zostało|zostaje|zostały|pozostało|pozostaje|pozostały)|kontrolowan${L}\s+przez\s+(?:Ukraińców|Ukrainę|Kijów|ukraińsk${L}\s+\p{L}+|Sił${L}\s+Zbrojn${L}\s+Ukrainy|SZU)|pod\s+kontrolą\s+(?:Ukrainy|Kijowa|ukraińsk${L}\s+\p{L}+|(?:sił|wojsk|armii)\s+ukraińsk${L})|(?:Ukraina|Kijów|Ukraińcy|Siły\s+Zbrojne\s+Ukrainy|SZU|(?:ukraińsk${L}\s+(?:wojsk${L}|armi${L}|sił${L}|oddział${L}|żołnierz${L}|obrońc${L})|(?:wojsk${L}|armi${L}|sił${L}|oddział${L}|żołnierz${L}|obrońc${L})\s+ukraińsk${L}))\s+(?:[\p{L}-]+\s+){0,2}?(?:kontroluj${L}|utrzymuj${L}|bron(?:i|ią)|zachowuj${L}|trzyma(?:ją)?)(?:\s+kontrolę)?(?!\s+(?:reszt${L}|pozostał${L}))|kontroluj${L}\s+(?:Ukraina|Kijów|Ukraińcy|(?:ukraińsk${L}\s+(?:wojsk${L}|armi${L}|sił${L}|oddział${L}|żołnierz${L}|obrońc${L})|(?:wojsk${L}|armi${L}|sił${L}|oddział${L}|żołnierz${L}|obrońc${L})\s+ukraińsk${L}))|(?:utrzymywan|bronion)${L}\s+przez\s+(?:Ukraińców|Ukrainę|Kijów|ukraińsk${L}\s+\p{L}+)|w\s+rękach\s+(?:ukraińsk${L}|Ukrainy|Ukraińców|Kijowa|(?:sił|wojsk|armii)\s+ukraińsk${L})|poza\s+(?:kontrolą\s+(?:Rosji|Rosjan|Moskwy|rosyjsk${L}\s+\p{L}+|okupant${L})|rosyjsk${L}\s+kontrolą)|nieokupowan${L}\s+(?:pozostaj${L}|jest|są)|(?:pozostaj${L}|jest|są)\s+(?:nadal\s+|wciąż\s+)?nieokupowan${L}`,
  claim: String.raw`(?:za)?anektowan${L}|aneksj${L}|(?:za)?anektowa${L}|przyłącz${L}|część\s+Rosji|częś${L}\s+Federacji\s+Rosyjskiej|w\s+skład\s+Rosji|region${L}\s+Rosji|now${L}\s+region${L}\s+(?:Rosji|Federacji\s+Rosyjskiej)|podmiot${L}\s+Federacji\s+Rosyjskiej|wciel${L}|(?:są|jest)\s+to\s+rosyjsk${L}\s+(?:region${L}|ziemi${L}|ziemie)|rości${L}\s+sobie\s+prawa?\s+do|roszczeni${L}\s+(?:Rosji\s+)?do|za\s+(?:swoje|swój|własne|rosyjskie)\s+(?:terytorium|ziemie)|włącz${L}\s+(?:\p{L}+\s+)?do\s+(?:Rosji|Federacji\s+Rosyjskiej|składu\s+Rosji)|dołącz${L}["”“»]?\s+do\s+(?:Rosji|Federacji\s+Rosyjskiej)|terytori(?:um|a|ów|ach|ami)\s+(?:Rosji|Federacji\s+Rosyjskiej)|rosyjsk${L}\s+terytori(?:um|a|ów|ach|ami)|wpisa${L}\s+do\s+(?:rosyjsk${L}\s+)?konstytucji|rosyjsk${L}\s+status${L}|(?:jest|są|był|była|będzie|pozostanie|—|–)\s+rosyjsk(?:i|a|ie|im|ą)(?=\s*(?:[.,;:!?»”")]|$))`,
  demand: String.raw`żąda${L}|(?:zaproponowa${L}|propon${L})\s+(?:zatrzymani${L}|zachowani${L}|przejęci${L})|wycofa${L}\s+(?:swoje\s+|swoich\s+)?(?:wojsk${L}|oddział${L}|sił${L})|żądani${L}|wycofani${L}\s+wojsk|oddani${L}|oddać|(?:Ukraina|Kijów|ukraińskie\s+wojska)\s+(?:musi|musiałaby|powinna|miałaby|muszą|powinny)\s+(?:\p{L}+\s+)?(?:opuścić|przekazać|wycofać\s+się\s+z|zrezygnować\s+z)|(?:zamierza${L}|chce|chcą|dąży\s+do)\s+(?:zająć|zdobyć|okupować|przejąć|opanować|zajęcia|zdobycia|przejęcia|opanowania)|przekazani${L}(?=\s+(?:\p{L}+\s+)?(?:Donb|Ługań|Doniec|Chersoń|Zaporo|Krym|obwod|region|terytor))|(?<=(?:żąda|żądani|warun|domaga)\p{L}*[^.;!?]{0,200})uzna${L}(?![^.;]{0,40}niepodległ)`,
  negation: String.raw`nie(?!\s+tylko)|nigdy`,
  aspiration: String.raw`próbuj${L}|nakaz${L}|rozkaz${L}|ultimat${L}|zdecydowa${L}|zamiar${L}|usiłu${L}|dąż${L}|chce|chcą|planuj${L}|cel${L}|jeśli|jeżeli|aby|może|będzie|będą|starają|(?<=,\s)czy`,
  change: String.raw`wyzwoli${L}|(?:zwiększył${L}|zmniejszył${L}|wzrósł|wzrosł${L}|spadł${L}|przyrost${L}|powiększył${L})|(?:^|\s)o\s+$|w\s+ciągu\s+(?:\p{L}+\s+)?(?:roku|miesięcy)|za\s+\d{4}|(?:kolejn${L}|dodatkow${L})\s+(?:(?:ok\.|około|ponad|prawie|niemal)\s+)?$|od\s+(?:stycznia|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\s+\d{4}(?=.{0,50}$)|(?<=^.{0,50})od\s+(?:stycznia|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\s+\d{4}`,
  size: String.raw`stanowi${L}\s+(?:\p{L}+\s+)?powierzchni${L}|powierzchni${L}\s+obwodu\s+wynosi`,
  distractor: String.raw`mieszkańc${L}|ludności|ludzi|osób|zabit${L}|rann${L}|sondaż${L}|respondent${L}|PKB|gospodar${L}|żołnierz${L}|eksplozj${L}|budynk${L}|mieszkań|przemysł${L}|zakład${L}|wyborc${L}|głosów|głosowa${L}`,
  clauseBreak: String.raw`ale|jednak|natomiast|podczas\s+gdy|a\s+w`,
  about: String.raw`ok\.|około|mniej\s+więcej|szacunkowo|w\s+przybliżeniu|rzędu|jakieś|jakichś|przeszło\s+około`,
  nearly: String.raw`prawie|niemal(?:\s+że)?|blisko|niespełna|niecał${L}|bez\s+mała|nieco\s+mniej\s+niż|nieco\s+poniżej`,
  moreThan: String.raw`nie\s+mniej\s+niż|ponad|przeszło|więcej\s+niż|co\s+najmniej|powyżej|nieco\s+ponad|z\s+górą|grubo\s+ponad|dobrze\s+ponad|ponad\s+połow${L}`,
  lessThan: String.raw`nie\s+więcej\s+niż|mniej\s+niż|poniżej|co\s+najwyżej|do`,
  aboutAfter: String.raw`mniej\s+więcej|w\s+przybliżeniu|szacunkowo`,
  percent: String.raw`(?:${COMMON_PERCENT}|\s?proc\.?|\s?procent${L})`,
  rangeJoin: String.raw`-|–|—|−|do`,
  between: String.raw`od|między`,
  thousand: String.raw`tys\.?|tysi${L}`,
  fractions: [
    [String.raw`dw(?:ie|óch|oma)\s+trzeci(?:e|ch|mi)`, 2, 3],
    [String.raw`trz(?:y|ech|ema)\s+czwart(?:e|ych|ymi)`, 3, 4],
    [String.raw`połow${L}|połowę`, 1, 2],
    [String.raw`(?:jedn${L}\s+)?trzeci${L}\s+częś${L}|jedn(?:ą|a|ej)\s+trzeci(?:ą|a|ej)`, 1, 3],
    [
      String.raw`ćwierć|(?:jedn${L}\s+)?czwart${L}\s+częś${L}|jedn(?:ą|a|ej)\s+czwart(?:ą|a|ej)`,
      1,
      4,
    ],
    [
      String.raw`(?:jedn${L}\s+)?piąt${L}\s+częś${L}|jedn(?:a|ą|ej)\s+piąt(?:a|ą|ej)|co\s+piąt${L}`,
      1,
      5,
    ],
  ],
  numbers: [
    ['dziesięć|dziesięciu', 10],
    ['dwadzieścia|dwudziestu', 20],
    ['trzydzieści|trzydziestu', 30],
    ['czterdzieści|czterdziestu', 40],
    ['pięćdziesiąt|pięćdziesięciu', 50],
    ['sześćdziesiąt|sześćdziesięciu', 60],
    ['siedemdziesiąt|siedemdziesięciu', 70],
    ['osiemdziesiąt|osiemdziesięciu', 80],
    ['dziewięćdziesiąt|dziewięćdziesięciu', 90],
  ],
  all: String.raw`w\s+całości|całkowicie|cał(?:y|ą|ego|ej|e)|w\s+pełni`,
  almostAll: String.raw`(?:prawie|niemal|niemalże|praktycznie)\s+(?:cał(?:y|ą|ego|ej|e|ym)|w\s+całości|całkowicie|w\s+pełni)`,
  vastMajority: String.raw`zdecydowan${L}\s+większoś${L}|przytłaczając${L}\s+większoś${L}|ogromn${L}\s+większoś${L}`,
  most: String.raw`większ${L}\s+częś${L}|przeważając${L}\s+częś${L}|większoś${L}|lwi${L}\s+częś${L}`,
  vague: String.raw`część|części|niewielk${L}\s+częś${L}|fragment${L}|tereny|terenów`,
  partly: String.raw`częściowo`,
  // The "-szczyzna" nouns (Doniecczyzna, Doniecczyźnie …), the adjectives' other cases, bare
  // city names used for the region, Krym's locative.
};
