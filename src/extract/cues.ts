/**
 * The words around a figure that say what it is about: Russian control, Ukrainian control
 * (so the figure is the rest), a claim, a demand; and the words that say it is not a share
 * of territory now (negation, aims, polls, the economy, casualties). English only.
 * Pure: no DOM, no Node APIs.
 */

export type CueType = 'control' | 'inverse' | 'claim' | 'demand';

export interface Cue {
  type: CueType;
  start: number;
  end: number;
}

/** Ukraine as the holder: the figure is what Ukraine keeps, so Russia holds the rest. */
const UKRAINE_HOLDER = String.raw`(?:(?:the\s+)?Armed\s+Forces\s+of\s+Ukraine(?:\s+\(AFU\))?|Ukraine|Kyiv|Kiev|(?:the\s+)?Ukrainians|Ukraine['’]s\s+(?:forces|troops|army|military|defenders)|(?:the\s+)?Ukrainian\s+(?:forces|troops|army|military|government|authorities|side|defenders|defence\s+forces|defense\s+forces)|Zelensky['’]s\s+(?:forces|troops|government))`;

const INVERSE: readonly RegExp[] = [
  /\bunder\s+(?:the\s+)?(?:full\s+|firm\s+)?(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s)\s+(?:government\s+)?control\b/gi,
  new RegExp(
    String.raw`\b(?:controlled|held|retained|kept|defended|run)\s+by\s+(?:the\s+)?(?:Ukraine|Kyiv|Kiev|Ukrainian\b)`,
    'gi',
  ),
  new RegExp(
    String.raw`\b${UKRAINE_HOLDER}\s+(?:(?:still|now|only|currently|also|today|continues\s+to|retains\s+control\s+of|has|have|had)\s+)*(?:(?:retains?|keeps?|maintains?|holds?|has|have|retained|kept|maintained)\s+control\s+(?:over|of)|controls?|holds?|retains?|keeps?|defends?|defended|controlled|held|retained|kept)\b`,
    'gi',
  ),
  /\bin\s+(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s)\s+hands\b/gi,
  /\bUkrainian-(?:held|controlled)\b/gi,
  /\b(?:still\s+)?(?:has|have|needs?|needed|had)\s+(?:yet\s+)?to\s+(?:capture|take|seize|occupy|conquer)(?:\s+the\s+(?:remaining|rest))?\b/gi,
  /\b(?:outside|beyond|free\s+of)\s+(?:the\s+)?(?:Russian|Russia['’]s|Moscow['’]s)\s+(?:control|occupation)\b/gi,
  /\b(?:remains?|remained|is\s+still|are\s+still)\s+(?:free|unoccupied|Ukrainian)\b/gi,
  /\b(?:unoccupied|free\s+from\s+(?:Russian\s+)?occupation|not\s+occupied)\b/gi,
];

const CONTROL: readonly RegExp[] = [
  /\b(?:control(?:s|led|ling)?|occup(?:y|ies|ied|ying|ation)|hold(?:s|ing)?|held|seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|taken|took|conquer(?:s|ed)?|overr(?:an|un)|gain(?:s|ed)?|lost|los(?:e|es|ing))\b/gi,
  /\bunder\s+(?:the\s+)?(?:full\s+)?(?:Russian|Russia['’]s|Moscow['’]s|its|their)\s+(?:control|occupation)\b/gi,
  /\bin\s+Russian\s+hands\b/gi,
  /\bRussian-(?:held|controlled|occupied)\b/gi,
  /\bunder\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:control|occupation)\s+of\s+(?:Russia|Moscow|Russian)\b/gi,
  /\bdominat(?:e|es|ed|ing)\b/gi,
];

const CLAIM: readonly RegExp[] = [
  /\bannex(?:es|ed|ing|ation)?\b/gi,
  /\bclaims?\s+(?:\w+\s+){0,2}?as\s+(?:its|their)\s+own\b/gi,
  /\b(?:legally\s+|formally\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?Russia(?:n\s+Federation)?\b/gi,
  /\bRussian\s+territory\b/gi,
  /\bclaims?\s+(?:over|to)\b/gi,
  /\bre-?unit(?:e|ed|es|ing|ification)\s+with\b/gi,
];

const DEMAND: readonly RegExp[] = [
  /\bdemand(?:s|ed|ing)?\b/gi,
  /\bced(?:e|es|ed|ing)\b/gi,
  /\bwithdraw(?:al|s|n|ing)?\b/gi,
  /\bhand(?:s|ed|ing)?\s+over\b/gi,
  /\b(?:give|gives|giving|gave)\s+up\b/gi,
  /\bsurrender(?:s|ed|ing)?\b/gi,
  /\bpull(?:s|ed|ing)?\s+out\b/gi,
  /\bultimatum\b/gi,
];

function collect(text: string, patterns: readonly RegExp[], type: CueType): Cue[] {
  const out: Cue[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      out.push({ type, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/**
 * Every cue in `text`, sorted. A control word inside a Ukrainian-control phrase ("Ukraine
 * holds") is not also a Russian-control cue.
 */
export function findCues(text: string): Cue[] {
  const inverse = collect(text, INVERSE, 'inverse');
  // "under Ukraine's fire control": artillery range, nobody's control of the land.
  const fire = collect(text, [/\bfire\s+control\b/gi], 'control');
  const inside = (c: Cue) =>
    [...inverse, ...fire].some((i) => c.start >= i.start && c.end <= i.end);
  const cues = [
    ...inverse,
    ...collect(text, CONTROL, 'control').filter((c) => !inside(c)),
    ...collect(text, CLAIM, 'claim'),
    ...collect(text, DEMAND, 'demand'),
  ];
  return cues.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Where one clause ends and another starts inside a sentence. */
export const CLAUSE_BREAK =
  /;|\s(?:while|whereas|but|although|though|meanwhile|however)\s|,\s+(?:and\s+)?(?:that\s+means|which\s+means)\b/gi;

/** Words that deny a figure ("does not control", "has yet to capture"). */
export const NEGATION =
  /\b(?:not(?!\s+only\b)|never|no\s+longer|yet\s+to|failed\s+to|fails\s+to|cannot|without)\b|n['’]t\b/i;

/** Words that make a figure an aim or a condition rather than a fact. */
export const ASPIRATION =
  /\b(?:try|tries|trying|seek|seeks|seeking|aim|aims|aiming|want|wants|wanted|plan|plans|planned|planning|hope|hopes|hoped|intend|intends|intended|attempt|attempts|attempting|bid|goal|ambition|would|could|might|if|unless|threaten(?:s|ed)?|push(?:es|ing)?\s+to|expects?\s+to|will)\b/i;

/** Words that make a figure a poll, an economic figure, casualties, people or votes. */
export const DISTRACTOR =
  /\b(?:poll(?:s|ed|ster)?|survey(?:s|ed)?|respondents?|voters?|voted|votes?|voting|turnout|referend(?:um|a)|ballots?|elections?|approval|GDP|economy|economic|inflation|exports?|imports?|budget|revenue|taxe?s?|harvest|grain|unemployment|prices?|interest\s+rates?|fire\s+control|casualt(?:y|ies)|killed|wounded|dead|deaths?|injured|destroyed|damaged|population|residents|people|children|aged|years?\s+old|citizens|electricity|power\s+(?:grid|plants?|generation)|energy|housing|homes|debt|stake|shares|market)\b/i;

/** Words that mark a sentence as about territory at all. */
export const TERRITORIAL =
  /\b(?:territor(?:y|ies|ial)|land|area|sq\.?\s*km|km²|km2|square|occup\w*|control\w*|held|holds?|captur\w*|seiz\w*|annex\w*|front(?:\s*line)?s?|map\w*|liberat\w*|de-?occup\w*)\b/i;
