import type { Template } from './schema.js';

/**
 * The template the user means: its 1-based number in list order, its id, its exact name, or a
 * fragment of the name that fits exactly one template ("统战" → 统战工作总结).
 */
export function matchTemplate(templates: Template[], input: string): Template | undefined {
  const value = input
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (value === '') return undefined;
  if (/^\d+$/.test(value)) return templates[Number(value) - 1];
  const exact = templates.find((t) => t.id === value || t.name === value);
  if (exact) return exact;
  const partial = templates.filter((t) => t.name.includes(value) || value.includes(t.name));
  return partial.length === 1 ? partial[0] : undefined;
}
