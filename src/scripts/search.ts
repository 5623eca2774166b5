/**
 * Site search with Pagefind's low-level API (no UI bundle): the index is static files under pagefind/, served by
 * the site itself and precached for offline use. Results are plain links, announced through a status region.
 */
interface PagefindResult { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }
interface Pagefind { search(q: string): Promise<{ results: PagefindResult[] }> }

export function initSearch(): void {
  const root = document.getElementById('search');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  if (!root || !form || !input || !status || !list) return;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`) as Promise<Pagefind>);

  const run = async (query: string) => {
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const { results } = await (await load()).search(query);
      const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      for (const item of top) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = item.url;
        a.textContent = item.meta.title ?? item.url;
        const p = document.createElement('p');
        p.innerHTML = item.excerpt; // Pagefind escapes page text and adds only <mark>.
        li.append(a, p);
        list.append(li);
      }
      status.textContent = results.length === 0 ? `No lessons mention "${query}". Try a shorter or different word.` : `${results.length} result${results.length === 1 ? '' : 's'} for "${query}".`;
    } catch {
      status.textContent = 'Search is not available right now (the search index did not load). You can still browse every lesson from the home page.';
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
}
