// The data the page's script searches and filters: per lesson its folded text and its value(s)
// for every filter, computed here so the script only compares strings.
import { facetValues, FACET_NAMES } from '../facets.js';
import { foldText, SPECIAL_LETTERS } from '../../fold-text.js';
import type { FacetName, ReportModel } from '../model.js';

export interface PageLesson {
  key: string;
  text: string;
  facets: Record<FacetName, string[]>;
}

export interface PageData {
  /** The letters `foldText` maps by hand, for the script's own fold of the query. */
  letters: Record<string, string>;
  lessons: PageLesson[];
}

export function pageData(model: ReportModel): PageData {
  return {
    letters: { ...SPECIAL_LETTERS },
    lessons: model.lessons.map((lesson) => {
      const searchable = [
        lesson.finding,
        lesson.recommendation,
        lesson.evidence,
        lesson.goal?.question,
        lesson.campaign.title,
        lesson.campaign.id,
        ...lesson.channels,
        ...lesson.audiences,
        ...lesson.tags,
      ];
      const facets = {} as Record<FacetName, string[]>;
      for (const facet of FACET_NAMES) facets[facet] = facetValues(lesson, facet);
      return { key: lesson.key, text: foldText(searchable.filter(Boolean).join(' \n ')), facets };
    }),
  };
}
