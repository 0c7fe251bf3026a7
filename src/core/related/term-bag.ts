// Analyses the texts of a campaign into bags of weighted terms: one for the whole campaign and
// one per conclusion. Shared by the index (past campaigns) and the query (the new campaign).
import type { Campaign } from '../types.js';
import type { Analyzer } from './analyzer.js';
import { allConclusions, type CampaignText, type TextRole } from './campaign-text.js';
import type { Language } from './language.js';
import { tokenize, type Token } from './tokenize.js';
import { conclusionTextWeight } from './weights.js';

export type TermBag = Map<string, number>;

export interface TokenizedText {
  text: CampaignText;
  tokens: Token[];
}

export interface CampaignBags {
  language: Language;
  whole: TermBag;
  /** One bag per conclusion, in `allConclusions` order. */
  conclusions: TermBag[];
}

export function tokenizeTexts(texts: readonly CampaignText[]): TokenizedText[] {
  return texts.map((text) => ({ text, tokens: tokenize(text.text) }));
}

/** The language most of a campaign is written in: the fallback for sentences that do not tell. */
export function campaignLanguage(analyzer: Analyzer, texts: readonly TokenizedText[]): Language {
  return analyzer.languageOf(texts.map(({ tokens }) => tokens)) ?? 'en';
}

export function addTo(bag: TermBag, term: string, weight: number): void {
  bag.set(term, (bag.get(term) ?? 0) + weight);
}

/** Bags of one campaign's texts, each word weighted by the role of its text. */
export function campaignBags(
  analyzer: Analyzer,
  campaign: Campaign,
  texts: readonly TokenizedText[],
  roleWeight: Readonly<Record<TextRole, number>>,
): CampaignBags {
  const language = campaignLanguage(analyzer, texts);
  const conclusions = allConclusions(campaign);
  const bags: CampaignBags = { language, whole: new Map(), conclusions: conclusions.map(() => new Map()) };
  for (const { text, tokens } of texts) {
    const base = roleWeight[text.role];
    const conclusion = text.conclusion === undefined ? undefined : conclusions[text.conclusion];
    const scale = conclusion === undefined ? base : base * conclusionTextWeight(conclusion);
    const conclusionBag = text.conclusion === undefined ? undefined : bags.conclusions[text.conclusion];
    analyzer.analyze(tokens, language, (term, weight) => {
      addTo(bags.whole, term, weight * scale);
      if (conclusionBag !== undefined) addTo(conclusionBag, term, weight * base);
    });
  }
  return bags;
}
