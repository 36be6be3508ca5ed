/** The French words the extractor reads (see ../languages.ts for the kinds). */
import { L, COMMON_PERCENT, type LanguageWords } from './word-parts.ts';

export const fr: LanguageWords = {
  control: String.raw`contrôl${L}|occup${L}|empar${L}|tenu${L}|tien${L}|détien${L}|détenir|détenu${L}|sous\s+(?:le\s+)?contrôle|aux\s+mains|conqu${L}|envahi${L}|entre\s+les\s+mains|mainmise|emprise|maîtris${L}|pris\s+le\s+contrôle|s['’]est\s+emparé${L}`,
  inverse: String.raw`sous\s+(?:le\s+)?contrôle\s+(?:de\s+Kiev|de\s+Kyiv|ukrainien|de\s+l['’]Ukraine|des\s+forces\s+ukrainiennes|de\s+l['’]armée\s+ukrainienne)|(?:l['’]armée\s+ukrainienne|Kiev|Kyiv|l['’]Ukraine|les\s+forces\s+ukrainiennes|les\s+Ukrainiens)\s+(?:\p{L}+\s+){0,2}?(?:contrôl${L}|tien${L}|détien${L})(?!\s+(?:le\s+reste|la\s+partie\s+restante))`,
  claim: String.raw`annex${L}|rattach${L}|revendiqu${L}|faisant\s+partie\s+de\s+(?:son|la)\s+(?:territoire|Russie)|partie\s+de\s+la\s+Russie|partie\s+de\s+la\s+Fédération\s+de\s+Russie|région\s+de\s+(?:la\s+)?Russie|sujet\s+de\s+la\s+Fédération\s+de\s+Russie|(?:intégr${L}|incorpor${L})\s+(?:à|dans)\s+la\s+(?:Russie|Fédération\s+de\s+Russie)|rejoint\s+la\s+(?:Russie|Fédération\s+de\s+Russie)`,
  demand: String.raw`que\s+(?:l['’]|les\s+|la\s+|le\s+)?(?:armée|troupes|forces|soldats|Ukraine|Kiev|Kyiv)(?:\s+ukrainiennes?|\s+de\s+Kiev)?\s+(?:quitte|quittent|se\s+retire|se\s+retirent|abandonne|abandonnent)|exig${L}|retir${L}\s+(?:ses|les|leurs)\s+(?:troupes|forces)|retrait\s+des\s+(?:forces|troupes)\s+ukrainiennes|céd${L}|cession|(?:l['’]Ukraine|Kiev|Kyiv|les\s+(?:troupes|forces)\s+ukrainiennes|l['’]armée\s+ukrainienne)\s+(?:doit|doivent|devrait|devraient|devra|devront)\s+(?:\p{L}+\s+)?(?:quitter|évacuer|abandonner|se\s+retirer\s+(?:de|du|des)|livrer|remettre)`,
  negation: String.raw`ne(?!\s+(?:\p{L}+\s+){1,2}?(?:que|qu['’]))|n['’]|jamais|pas|non(?!\s+seulement)`,
  aspiration: String.raw`tent${L}|veut|veulent|cherch${L}|objectif|s['’]il|pourrait|pourraient|afin\s+de|devraient|devrait|sur\s+le\s+point\s+de|visant\s+à`,
  change: String.raw`en\s+un\s+an|depuis\s+le\s+début\s+de\s+l['’]année|(?:augment|progress|recul)${L}\s+de|gagné`,
  size: String.raw`représent${L}|s['’]étend${L}|superficie\s+de\s+l['’]Ukraine`,
  distractor: String.raw`habitants|population|personnes|morts|blessés|tués|sondage${L}|PIB|économi${L}|soldats|civils`,
  clauseBreak: String.raw`mais|tandis\s+que|alors\s+que|toutefois|cependant`,
  about: String.raw`environ|quelque|à\s+peu\s+près|approximativement|autour\s+de|près\s+de|aux\s+alentours\s+de|de\s+l['’]ordre\s+de|grosso\s+modo|quelques`,
  nearly: String.raw`presque|quasiment|pratiquement|près\s+de|près\s+d['’]|la\s+quasi|un\s+peu\s+moins\s+de|un\s+peu\s+moins\s+d['’]|pas\s+loin\s+de|pas\s+loin\s+d['’]`,
  moreThan: String.raw`pas\s+moins\s+de|pas\s+moins\s+d['’]|non\s+moins\s+de|plus\s+de|plus\s+d['’]|au\s+moins|au-delà\s+de|supérieur\s+à|un\s+peu\s+plus\s+de|un\s+peu\s+plus\s+d['’]|bien\s+plus\s+de|largement\s+plus\s+de`,
  lessThan: String.raw`pas\s+plus\s+de|pas\s+plus\s+d['’]|moins\s+de|moins\s+d['’]|jusqu['’]à|au\s+plus|inférieur\s+à`,
  percent: String.raw`(?:${COMMON_PERCENT}|\s?pour\s?cent|\s?pour-cent)`,
  rangeJoin: String.raw`-|–|—|−|à|et`,
  between: String.raw`entre|de`,
  thousand: String.raw`mille`,
  fractions: [
    [String.raw`(?:les\s+)?deux\s+tiers`, 2, 3],
    [String.raw`(?:les\s+)?trois\s+quarts`, 3, 4],
    [String.raw`(?:la\s+)?moitié`, 1, 2],
    [String.raw`(?:un|le)\s+tiers`, 1, 3],
    [String.raw`(?:un|le)\s+quart`, 1, 4],
    [String.raw`(?:un|le)\s+cinquième|(?:un|le)\s+cinquième`, 1, 5],
  ],
  numbers: [
    ['dix', 10],
    ['vingt', 20],
    ['trente', 30],
    ['quarante', 40],
    ['cinquante', 50],
  ],
  all: String.raw`l['’]intégralité|la\s+totalité|entièrement|totalement|complètement|tout\s+le|toute\s+la|contrôle\s+total|total\s+russe|sous\s+contrôle\s+total`,
  almostAll: String.raw`(?:la\s+)?["«]?\s?quasi[- ]totalité\s?["»]?|(?:presque|quasiment|pratiquement)\s+(?:entièrement|totalement|toute|tout|intégralement|en\s+totalité)`,
  most: String.raw`la\s+majeure\s+partie|la\s+plus\s+grande\s+partie|la\s+majorité`,
  vague: String.raw`des\s+parties|une\s+partie|certaines\s+parties|(?:de|des)\s+territoires(?=\s+(?:dans|en)\s)`,
  partly: String.raw`partiellement|en\s+partie`,
  // Spellings of the names and the republics' abbreviations in French texts.
};
