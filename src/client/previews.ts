/**
 * Preview cards for term, actor and figure links (`a[data-preview]`), after Wikipedia's Page
 * Previews: a short dwell before showing, a linger so the pointer can move into the card, focus
 * shows it, Escape closes it, a first tap on a touch screen opens it and a tap on its link (or a
 * second tap on the same link) navigates. Without JavaScript the links are ordinary links.
 *
 * The data is one static JSON file built from the content index (src/views/previews.ts), fetched
 * once, on the first sign of interest. The card is built with DOM APIs (no HTML strings) and
 * positioned absolutely, so it never shifts the page's layout.
 */
import { placeCard } from './preview-position.ts';
import type { Preview, PreviewData } from '../views/previews.ts';
import { withBase } from '../core/routes.ts';

const DWELL_MS = 150;
const LINGER_MS = 300;
const LINKS = 'a[data-preview]';
const CARD_ID = 'preview-card';

let data: Promise<PreviewData | undefined> | undefined;
let card: HTMLElement | undefined;
/** The link whose card is open. */
let current: HTMLAnchorElement | undefined;
/** A link whose card Escape closed: it stays closed until the pointer or focus leaves it. */
let dismissed: HTMLAnchorElement | undefined;
let showTimer: ReturnType<typeof setTimeout> | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
let wanted: HTMLAnchorElement | undefined;
let lastPointer = { type: '', x: 0, y: 0, at: 0 };

function load(): Promise<PreviewData | undefined> {
  data ??= fetch(withBase(import.meta.env.BASE_URL, '/previews.json'))
    .then((r) => (r.ok ? (r.json() as Promise<PreviewData>) : undefined))
    .catch(() => undefined);
  return data;
}

const linkOf = (target: EventTarget | null): HTMLAnchorElement | undefined =>
  target instanceof Element ? (target.closest(LINKS) as HTMLAnchorElement | null) ?? undefined : undefined;
const inCard = (target: EventTarget | null): boolean => !!card && target instanceof Node && card.contains(target);
/** True for a node in the open card or its link: moving between them keeps the card open. */
const inPreview = (target: EventTarget | null): boolean => inCard(target) || (!!current && target instanceof Node && current.contains(target));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(preview: Preview): HTMLElement {
  if (!card) {
    card = el('div', 'preview-card');
    card.id = CARD_ID;
    card.setAttribute('role', 'region');
    card.hidden = true;
    card.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    card.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'touch' && !inPreview(e.relatedTarget)) scheduleHide();
    });
    document.body.append(card);
  }
  card.setAttribute('aria-label', `Preview: ${preview.title}`);
  card.dataset.kind = preview.kind;
  const parts: HTMLElement[] = [el('p', 'preview-eyebrow', preview.eyebrow), el('p', 'preview-title', preview.title)];
  if (preview.role) parts.push(el('p', 'preview-role', preview.role));
  if (preview.summary) parts.push(el('p', 'preview-summary', preview.summary));
  for (const t of preview.translations ?? []) {
    const p = el('p', 'preview-translation', `${t.language}: `);
    const span = el('span', '', t.text);
    span.lang = t.lang;
    p.append(span);
    parts.push(p);
  }
  if (preview.claims?.length) {
    const list = el('ul', 'preview-claims');
    for (const c of preview.claims) {
      const li = el('li', '');
      li.append(el('strong', '', c.display), `${c.by ? ` according to ${c.by}` : ''} (as of ${c.asOf}, `);
      const source = el('a', '', c.source);
      source.href = c.href;
      li.append(source, ')');
      list.append(li);
    }
    parts.push(list);
  }
  if (preview.kind !== 'figure') {
    const more = el('a', 'preview-more', 'Read more');
    more.href = preview.href;
    more.append(el('span', 'visually-hidden', ` about ${preview.title}`));
    parts.push(more);
  }
  card.replaceChildren(...parts);
  return card;
}

/** The link's line box nearest the pointer (a link may wrap onto two lines). */
function anchorBox(link: HTMLAnchorElement): DOMRect {
  const rects = [...link.getClientRects()];
  const recent = performance.now() - lastPointer.at < 1000;
  const hit = recent ? rects.find((r) => lastPointer.y >= r.top && lastPointer.y <= r.bottom) : undefined;
  return hit ?? rects[0] ?? link.getBoundingClientRect();
}

async function show(link: HTMLAnchorElement): Promise<boolean> {
  wanted = link;
  const preview = (await load())?.[link.dataset.preview ?? ''];
  if (!preview || wanted !== link || !link.isConnected) return false;
  if (current && current !== link) hide();
  const node = render(preview);
  node.classList.remove('preview-above');
  node.style.left = '0px';
  node.style.top = '0px';
  node.hidden = false;
  const box = anchorBox(link);
  const size = node.getBoundingClientRect();
  const place = placeCard(box, size, { width: document.documentElement.clientWidth, height: window.innerHeight });
  node.classList.toggle('preview-above', place.above);
  node.style.left = `${place.left + window.scrollX}px`;
  node.style.top = `${place.top + window.scrollY}px`;
  current = link;
  link.setAttribute('aria-describedby', CARD_ID);
  return true;
}

function hide(): void {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  wanted = undefined;
  if (card) card.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

function scheduleShow(link: HTMLAnchorElement): void {
  clearTimeout(hideTimer);
  if (link === current || link === dismissed) return;
  clearTimeout(showTimer);
  wanted = link;
  void load();
  showTimer = setTimeout(() => void show(link), DWELL_MS);
}

function scheduleHide(): void {
  clearTimeout(showTimer);
  wanted = undefined;
  clearTimeout(hideTimer);
  if (current) hideTimer = setTimeout(hide, LINGER_MS);
}

document.addEventListener('pointerdown', (e) => {
  lastPointer = { type: e.pointerType, x: e.clientX, y: e.clientY, at: performance.now() };
  if (e.pointerType === 'touch' && current && !inPreview(e.target)) hide();
});

document.addEventListener('pointermove', (e) => {
  if (e.pointerType !== 'touch') lastPointer = { type: e.pointerType, x: e.clientX, y: e.clientY, at: performance.now() };
}, { passive: true });

document.addEventListener('pointerover', (e) => {
  if (e.pointerType === 'touch') return;
  const link = linkOf(e.target);
  if (link) scheduleShow(link);
});

document.addEventListener('pointerout', (e) => {
  if (e.pointerType === 'touch') return;
  const link = linkOf(e.target);
  if (!link || link.contains(e.relatedTarget as Node | null)) return;
  if (link === dismissed) dismissed = undefined;
  if (inCard(e.relatedTarget)) return;
  if (link === wanted || link === current) scheduleHide();
});

document.addEventListener('focusin', (e) => {
  if (inCard(e.target)) return void clearTimeout(hideTimer);
  const link = linkOf(e.target);
  // A tap focuses the link too; the click below decides what a tap does.
  const tapped = lastPointer.type === 'touch' && performance.now() - lastPointer.at < 800;
  if (link && !tapped) scheduleShow(link);
});

document.addEventListener('focusout', (e) => {
  const link = linkOf(e.target);
  if (link === dismissed) dismissed = undefined;
  if (!link && !inCard(e.target)) return;
  if (inPreview(e.relatedTarget)) return;
  // Focus left by keyboard: close now. The pointer may still be over it: then it lingers.
  if (lastPointer.type === 'touch') return;
  hide();
});

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || (!current && !wanted)) return;
  const link = current ?? wanted;
  const focusInCard = inCard(document.activeElement);
  hide();
  dismissed = link;
  if (focusInCard) link?.focus();
});

document.addEventListener('click', (e) => {
  const link = linkOf(e.target);
  const touch = lastPointer.type === 'touch' && performance.now() - lastPointer.at < 1500;
  if (!link || !touch || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (link === current) return; // a second tap on the same link navigates
  e.preventDefault();
  clearTimeout(showTimer);
  void show(link).then((shown) => {
    // No preview for this link (or the data did not load): behave like the plain link.
    if (!shown && wanted === link) window.location.assign(link.href);
  });
});
