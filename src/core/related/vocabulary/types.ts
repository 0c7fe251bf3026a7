// The shape of the vocabulary the ranking reads: the reviewed data files in vocabulary/ (each
// with its JSON Schema), as scripts/vocabulary.ts embeds them in the bundle.

export interface ConceptEntry {
  concept: string;
  nl: string[];
  en: string[];
  exact?: string[];
  note?: string;
}

export interface ConceptsFile {
  false_friends?: string[];
  concepts: ConceptEntry[];
}

/** A channel family, an audience group or a sector: named, typed by slugs and concepts. */
export interface SlugType {
  note?: string;
  concepts?: string[];
  slugs?: string[];
}

export interface ChannelsFile {
  families: (SlugType & { family: string })[];
}

export interface AudiencesFile {
  groups: (SlugType & { group: string })[];
  sectors: (SlugType & { sector: string })[];
}

export interface FundamentalEntry {
  fundamental: string;
  question: string;
  all: string[][];
  note?: string;
}

export interface FundamentalsFile {
  fundamentals: FundamentalEntry[];
}

export interface Vocabulary {
  concepts: ConceptsFile;
  channels: ChannelsFile;
  audiences: AudiencesFile;
  fundamentals: FundamentalsFile;
}

export type VocabularyFile = keyof Vocabulary;

export const VOCABULARY_FILES: readonly VocabularyFile[] = [
  'concepts',
  'channels',
  'audiences',
  'fundamentals',
];

/** Cues of fundamentals that come from a campaign's fields rather than its words. */
export const FIELD_CUES = ['mode:continuous', 'budget:little-content'] as const;
export const CHANNEL_CUE = 'channel:';
