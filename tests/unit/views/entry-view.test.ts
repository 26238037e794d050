/** How an entry is presented (src/views/entry-view.ts): labels typed over the schema's enums, the dated role, one rule for translations. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/site/load.ts';
import { actorCard, termCard } from '../../../src/cards/card-data.ts';
import { ACTOR_KIND_LABEL, ACTOR_KIND_PLURAL, actorView, CATEGORY_LABEL, termView, translationsToShow } from '../../../src/views/entry-view.ts';
import { buildPreviews } from '../../../src/views/previews.ts';
import { ACTOR_KINDS, TERM_CATEGORIES } from '../../../src/read/schema.ts';

const { index: loaded } = loadSite({ root: path.resolve('tests/fixtures/basic') });
if (!loaded) throw new Error('the basic fixture must load');
const index = loaded;

/** The fixture with its group turned into a Colombian armed force, and its cocaine term given more translations. */
function variant(language = 'en') {
  const copy = structuredClone(index);
  copy.site.language = language;
  copy.actors['elan-group']!.data = { ...copy.actors['elan-group']!.data, kind: 'military', country: 'Colombia' };
  copy.terms['cocaine']!.data.translations = { es: 'cocaína', 'en-GB': 'cocaine', fr: 'cocaïne' };
  return copy;
}

describe('labels', () => {
  it('name every actor kind and term category of the schema', () => {
    expect(Object.keys(ACTOR_KIND_LABEL).sort()).toEqual([...ACTOR_KINDS].sort());
    expect(Object.keys(ACTOR_KIND_PLURAL).sort()).toEqual([...ACTOR_KINDS].sort());
    expect(Object.keys(CATEGORY_LABEL).sort()).toEqual([...TERM_CATEGORIES].sort());
  });
});

describe('actorView', () => {
  it('gives the kind label with the country, and the role with its date', () => {
    const view = actorView(variant(), 'elan-group');
    expect(view).toMatchObject({ title: 'Élan group', kindLabel: 'Armed force', eyebrow: 'Armed force · Colombia', summary: 'A group.' });
    expect(view.role).toEqual({ text: 'A group', asOf: '2025-11-11', asOfText: '11 November 2025', full: 'A group (as of 11 November 2025)' });
  });

  it('is what the preview and the card show', () => {
    const site = variant();
    const view = actorView(site, 'elan-group');
    const preview = buildPreviews(site, '/')['actor:elan-group']!;
    const card = actorCard(site, 'elan-group');
    expect([preview.eyebrow, card.actorKind]).toEqual([view.eyebrow, view.eyebrow]);
    expect([preview.role, `${card.role} (${card.roleAsOf})`]).toEqual([view.role.full, view.role.full]);
  });
});

describe('translations', () => {
  it('leave out the site’s own language, by its primary subtag, and keep the rest in file order', () => {
    expect(translationsToShow({ es: 'cocaína', 'en-GB': 'cocaine', fr: 'cocaïne' }, 'en').map((t) => t.lang)).toEqual(['es', 'fr']);
    expect(translationsToShow({ es: 'cocaína', en: 'cocaine' }, 'es-CO').map((t) => t.lang)).toEqual(['en']);
    expect(translationsToShow({ es: 'cocaína' }, 'en')).toEqual([{ lang: 'es', language: 'Spanish', text: 'cocaína' }]);
  });

  it('are the same on the preview and the card (the card shows the first)', () => {
    for (const language of ['en', 'es']) {
      const site = variant(language);
      const view = termView(site, 'cocaine');
      const preview = buildPreviews(site, '/')['term:cocaine']!;
      const card = termCard(site, 'cocaine');
      expect(preview.translations ?? []).toEqual(view.translations);
      expect(card.translation).toEqual(view.translations[0] && { language: view.translations[0].language, text: view.translations[0].text });
      expect([preview.eyebrow, `Glossary · ${card.category}`]).toEqual([view.eyebrow, view.eyebrow]);
    }
  });
});
