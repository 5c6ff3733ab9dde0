/**
 * The page's JSON-LD: every object of every `application/ld+json` script, with `@graph`
 * members flattened in. Broken JSON is skipped (a page's mistake is its own business).
 */

export type JsonObject = Record<string, unknown>;

/** Article types of schema.org (the CreativeWork branches publishers use for stories). */
export const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|SatiricalArticle|AdvertiserContentArticle|Report|ScholarlyArticle|MedicalScholarlyArticle|BlogPosting|LiveBlogPosting|TechArticle|APIReference|Review|CriticReview)$/;

/** The page's JSON-LD scripts (one pass over its elements). */
function jsonLdScripts(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('script')).filter((script) => (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json');
}

/** Objects found in the page's JSON-LD, outermost first; `scripts` when already found. */
export function jsonLdObjects(doc: Document, scripts: readonly Element[] = jsonLdScripts(doc)): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as JsonObject);
      const graph = (value as JsonObject)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of scripts) {
    const source = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (!source) continue;
    try {
      visit(JSON.parse(source));
    } catch {
      // Broken JSON-LD: the page's other markup still applies.
    }
  }
  return out;
}

/** The `@type` names of an object (schema.org URLs shortened to their last part). */
export function typesOf(obj: JsonObject): string[] {
  const type = obj['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Whether an object has a type matching `pattern`. */
export function hasType(obj: JsonObject, pattern: RegExp): boolean {
  return typesOf(obj).some((t) => pattern.test(t));
}
