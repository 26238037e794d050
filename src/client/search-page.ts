/**
 * The search page in the browser: reads `?q=` and `?type=`, queries the Pagefind index under the
 * deploy base, and lists the results with their type. Updates as the reader types; the address
 * keeps the query so a search can be shared or reloaded.
 */
import { searchTypeLabel, splitExcerpt } from '../emit/search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 30;

export function runSearchPage(base: string): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const root = base.endsWith('/') ? base : `${base}/`;
  let api: Promise<PagefindApi> | undefined;
  const load = () =>
    (api ??= (import(/* @vite-ignore */ `${root}pagefind/pagefind.js`) as Promise<PagefindApi>).then(async (pagefind) => {
      await pagefind.options({ baseUrl: root });
      await pagefind.init();
      return pagefind;
    }));

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const radio = form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(type)}"]`);
  if (radio) radio.checked = true;

  let generation = 0;
  async function search(): Promise<void> {
    const query = input.value.trim();
    const filter = new FormData(form!).get('type')?.toString() ?? '';
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (filter) url.searchParams.set('type', filter);
    else url.searchParams.delete('type');
    history.replaceState(null, '', url);
    const mine = ++generation;
    if (!query) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    status!.textContent = 'Searching…';
    try {
      const pagefind = await load();
      const found = await pagefind.search(query, filter ? { filters: { type: filter } } : {});
      const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== generation) return;
      list!.replaceChildren(...results.map(renderResult));
      const n = found.results.length;
      status!.textContent = n === 0 ? `Nothing found for “${query}”.` : `${n} result${n === 1 ? '' : 's'} for “${query}”${n > MAX_RESULTS ? `, the first ${MAX_RESULTS} shown` : ''}.`;
    } catch {
      if (mine === generation) status!.textContent = 'Search is not available: the search index could not be loaded. It is built by npm run build.';
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'type') void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  if (input.value) void search();
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const type = document.createElement('span');
  type.className = 'search-type';
  type.textContent = searchTypeLabel(data.meta.type);
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const heading = document.createElement('p');
  heading.className = 'search-title';
  heading.append(link, ' ', type);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-excerpt';
  for (const part of splitExcerpt(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(heading, excerpt);
  return item;
}
