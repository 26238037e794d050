/** Optional fields (CONTRACT.md, "Rules for every field") written with no value are absent, not errors; required ones still need a value. */
import { describe, expect, it } from 'vitest';
import { actorSchema, articleSchema, sourceSchema, termSchema } from '../../../src/read/schema.ts';

const article = { title: 'T', dek: 'D', published: '2025-11-11', summary: 'S', sources: ['a'] };

describe('optional fields with no value', () => {
  it('are absent: `updates:` and `aliases:` with nothing after them, `note: ""`', () => {
    expect(articleSchema.safeParse({ ...article, updates: null, updated: '' }).data).toEqual(article);
    const actor = actorSchema.safeParse({ name: 'A', kind: 'person', role: 'R', roleAsOf: '2025-11-11', summary: 'S', sources: [], aliases: null, related: null });
    expect(actor.success).toBe(true);
    expect(actor.data?.aliases).toBeUndefined();
    expect(sourceSchema.safeParse({ id: 'a', title: 'T', note: '  ', url: null }).data).toMatchObject({ id: 'a', title: 'T' });
  });

  it('accept a language tag in any case as a translation key (BCP 47 tags are case-insensitive)', () => {
    expect(termSchema.safeParse({ term: 'x', category: 'law', summary: 's', sources: [], translations: { ES: 'y', 'pt-BR': 'z' } }).success).toBe(true);
    expect(termSchema.safeParse({ term: 'x', category: 'law', summary: 's', sources: [], translations: { spanish: 'y' } }).success).toBe(false);
  });

  it('still refuse a required field with no value, and a wrong value in an optional one', () => {
    expect(articleSchema.safeParse({ ...article, title: '' }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, summary: null }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, updated: '11/11/2025' }).success).toBe(false);
  });
});
