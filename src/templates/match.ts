import type { Template } from './schema.js';

/** The template a summary was started from, by its id (undefined once it is removed). */
export function templateById(templates: Template[], id: string): Template | undefined {
  return templates.find((t) => t.id === id);
}

/**
 * Finds a template by what a user or operator typed: the id, the exact name, a 1-based number
 * in list order, or a fragment of the name that matches exactly one template.
 */
export function findTemplate(
  templates: Template[],
  idOrNameOrNumber: string,
): Template | undefined {
  // NFKC folds full-width digits and letters, which Chinese input methods often produce.
  const query = idOrNameOrNumber.normalize('NFKC').trim();
  if (query === '') return undefined;
  const byId = templateById(templates, query.toLowerCase());
  if (byId) return byId;
  const byName = templates.find((t) => t.name === query);
  if (byName) return byName;
  if (/^\d+$/.test(query)) return templates[Number(query) - 1];
  const matches = templates.filter((t) => t.name.includes(query));
  return matches.length === 1 ? matches[0] : undefined;
}
