import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCards, cardForPath } from '../../../src/cards/card-data.ts';
import { cardFields, galleryHtml } from '../../../src/cards/gallery.ts';
import { loadSite } from '../../../src/site/load.ts';

const { index } = loadSite({ root: path.resolve('tests/fixtures/basic') });

describe('the /cards/ gallery', () => {
  it('lists every field a card is drawn from, nested ones flattened, a logo by its size', () => {
    const article = cardForPath(index!, '/articles/the-story/');
    const fields = Object.fromEntries(cardFields({ ...article, logo: { src: 'data:image/png;base64,AAAA', width: 80, height: 32 } }));
    expect(fields).toMatchObject({ kind: 'article', title: article.kind === 'article' ? article.title : '', 'figure.value': 'at least 75', 'origin.file': 'content/articles/the-story.mdx', logo: 'image, 80×32' });
    expect(Object.values(fields).join(' ')).not.toContain('base64');
  });

  it('shows every card beside its data, escaped', () => {
    const cards = allCards(index!);
    const html = galleryHtml([...cards, { ...cards[0]!, title: '<script>x</script>' } as (typeof cards)[number]], '/base/', 'Test');
    expect(html.match(/<li>/g)).toHaveLength(cards.length + 1);
    expect(html).toContain('<img src="/base/og/articles/the-story.png"');
    expect(html).toContain('<dt>figure.source</dt>');
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('&#60;script&#62;x&#60;/script&#62;');
  });
});
