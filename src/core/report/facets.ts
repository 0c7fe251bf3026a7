// The values each lesson filter offers, counted over the lessons, and the value(s) a lesson has for
// a filter — one definition shared by the page's filters and the tests that check them.
import type { FacetName, FacetValue, ReportFacets, ReportLesson } from './model.js';

export const FACET_NAMES: readonly FacetName[] = ['channel', 'audience', 'tag', 'year', 'level', 'outcome'];

/** The values `lesson` has for the filter `facet`; a lesson matches a filter when it has the value. */
export function facetValues(lesson: ReportLesson, facet: FacetName): string[] {
  switch (facet) {
    case 'channel':
      return lesson.channels;
    case 'audience':
      return lesson.audiences;
    case 'tag':
      return lesson.tags;
    case 'year':
      return [String(lesson.year)];
    case 'level':
      return [lesson.level];
    case 'outcome':
      return [lesson.outcome ?? 'unstated'];
  }
}

export function buildFacets(lessons: readonly ReportLesson[]): ReportFacets {
  const facets = {} as ReportFacets;
  for (const facet of FACET_NAMES) facets[facet] = countValues(lessons, facet);
  return facets;
}

// Years newest first (people look for recent lessons); levels and outcomes in their natural order;
// everything else alphabetically.
const FIXED_ORDER: Partial<Record<FacetName, readonly string[]>> = {
  level: ['fundamental', 'execution'],
  outcome: ['confirmed', 'refuted', 'inconclusive', 'unstated'],
};

function countValues(lessons: readonly ReportLesson[], facet: FacetName): FacetValue[] {
  const counts = new Map<string, number>();
  for (const lesson of lessons) {
    for (const value of new Set(facetValues(lesson, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const values = [...counts].map(([value, count]) => ({ value, count }));
  const order = FIXED_ORDER[facet];
  if (order) return values.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  const direction = facet === 'year' ? -1 : 1;
  return values.sort((a, b) => direction * (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
