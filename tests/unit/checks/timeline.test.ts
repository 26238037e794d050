import { describe, expect, it } from 'vitest';
import type { LoadedContent } from '../../../src/read/load.ts';
import { parseYaml } from '../../../src/read/internal/yaml.ts';
import { checkTimelineAgainstArticles } from '../../../src/checks/timeline.ts';
import type { ArticleData, TimelineEventData } from '../../../src/read/schema.ts';

const yamlText = `- date: 2025-11-20
  title: Later, same actor
- date: 2025-11-01
  title: Same month
- date: 2025-12-01
  title: Later, other actor
- date: 2025-12-02
  title: Later, no actors
`;
const yaml = parseYaml(yamlText);
const event = (index: number, data: Partial<TimelineEventData>) => ({
  file: 'content/timeline.yaml',
  index,
  yaml,
  data: { date: '2025-01-01', title: 't', summary: 's', sources: ['seed'], ...data } as TimelineEventData,
});
const article = (id: string, data: Partial<ArticleData>) =>
  ({ id, file: `content/articles/${id}.mdx`, data: { title: id, dek: 'd', published: '2025-11-11', summary: 's', sources: ['seed'], ...data } }) as LoadedContent['articles'][number];

describe('timeline events later than an article', () => {
  const timeline = [
    event(0, { date: '2025-11-20', title: 'Later, same actor', actors: ['gustavo-petro'] }),
    event(1, { date: '2025-11-01', title: 'Same month', precision: 'month', actors: ['gustavo-petro'] }),
    event(2, { date: '2025-12-01', title: 'Later, other actor', actors: ['someone-else'] }),
    event(3, { date: '2025-12-02', title: 'Later, no actors' }),
  ];

  it('warns at the event\'s date line for articles on the same actors, and for events without actors', () => {
    const out = checkTimelineAgainstArticles({ timeline, articles: [article('story', { actors: ['gustavo-petro'] })] });
    expect(out.map((d) => [d.severity, d.line, d.message.match(/"(.*?)"/)![1]])).toEqual([
      ['warning', 1, 'Later, same actor'],
      ['warning', 7, 'Later, no actors'],
    ]);
    expect(out[0]!.message).toContain('content/articles/story.mdx (published 2025-11-11)');
  });

  it('uses the updated date when there is one, and ignores drafts', () => {
    expect(checkTimelineAgainstArticles({ timeline, articles: [article('story', { actors: ['gustavo-petro'], updated: '2025-12-05' })] })).toEqual([]);
    expect(checkTimelineAgainstArticles({ timeline, articles: [article('story', { draft: true })] })).toEqual([]);
  });

  it('matches on shared terms too', () => {
    const termEvent = [event(0, { date: '2025-11-20', title: 'Term event', terms: ['coca'] })];
    expect(checkTimelineAgainstArticles({ timeline: termEvent, articles: [article('story', { terms: ['coca'] })] })).toHaveLength(1);
    expect(checkTimelineAgainstArticles({ timeline: termEvent, articles: [article('story', { terms: ['cocaine'] })] })).toHaveLength(0);
  });
});
