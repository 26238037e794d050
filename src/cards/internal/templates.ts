/**
 * One template per card kind, as satori element trees. Bump TEMPLATE_VERSION whenever a template
 * changes the picture: it is part of every card's cache key.
 */
import type { CardData } from '../card-data.ts';
import { CARD_BACKGROUND, readableOn } from '../../views/theme.ts';
import { estimateLines, estimateWidth, fitText } from './fit.ts';
import { type CardElement, h, img } from './h.ts';

export const TEMPLATE_VERSION = 'cards-v5';
export const WIDTH = 1200;
export const HEIGHT = 630;

/** Inside this inset everything is drawn; outside it only the background and the accent bar. */
export const SAFE = { top: 56, right: 72, bottom: 56, left: 96 } as const;
export const BAR_WIDTH = 16;
export const BACKGROUND = CARD_BACKGROUND;
export const INK = '#17181a';
export const MUTED = '#3f4246';
const RULE = '#d9d3c7';
const FIGURE_FILL = '#f0ebe1';
/** Accent per kind; each passes WCAG AA (≥ 4.5:1) as text on the background. */
export const ACCENT: Record<CardData['kind'], string> = { article: '#a4161a', actor: '#1d4e89', term: '#1e6b47', index: '#5b3a91' };

export interface TemplateFonts {
  serif: string;
  sans: string;
}

const CONTENT_WIDTH = WIDTH - SAFE.left - SAFE.right;
const LABEL_HEIGHT = 30;
const FOOTER_HEIGHT = 58;
const GAP = 22;
/** Room for the title, its gap and the secondary text. */
const BODY_HEIGHT = HEIGHT - SAFE.top - SAFE.bottom - LABEL_HEIGHT - GAP - FOOTER_HEIGHT - GAP;

const CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u2ff0-\u30ff\u3100-\u31ff\u3200-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;

export interface TextPolicy {
  /** Whether a CJK font is installed; without one, CJK characters are left out (never tofu). */
  cjk: boolean;
  warn: (message: string) => void;
  where: string;
}

/** Normalises whitespace, drops control characters and, without a CJK font, CJK characters. */
export function cleanText(text: string | undefined, policy: TextPolicy): string {
  // Card data from elsewhere (the benchmark's baseline builds its own) may lack an optional text: nothing is drawn.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
  let out = (text ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
  if (!policy.cjk && CJK.test(out)) {
    const dropped = [...out].filter((c) => CJK.test(c)).length;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks a left-out character until the run is collapsed.
    out = [...out].map((c) => (CJK.test(c) ? '\u0000' : c)).join('').replace(/\u0000+/g, ' ').replace(/\s+/g, ' ').trim();
    policy.warn(`${policy.where}: the card leaves out ${dropped} Chinese/Japanese/Korean character${dropped === 1 ? '' : 's'}: no CJK font is installed — npm install @fontsource/noto-sans-sc (or -jp, -kr) to draw them`);
  }
  return out;
}

interface Parts {
  label: string;
  title: string;
  /** A short coloured line under the title: an actor's dated role, a term's translation, what an index page holds. */
  subtitle?: string;
  body: string;
  footnote: string;
}

function partsOf(card: CardData): Parts {
  switch (card.kind) {
    case 'article':
      return { label: 'Explainer', title: card.title, body: card.dek, footnote: card.asOf };
    case 'actor':
      return { label: `Actor · ${card.actorKind}`, title: card.name, subtitle: `${card.role}, ${card.roleAsOf}`, body: card.summary, footnote: '' };
    case 'term':
      return {
        label: `Glossary · ${card.category}`,
        title: card.term,
        ...(card.translation ? { subtitle: `${card.translation.language}: ${card.translation.text}` } : {}),
        body: card.definition,
        footnote: '',
      };
    case 'index':
      return { label: card.label, title: card.title, ...(card.count ? { subtitle: card.count } : {}), body: card.description, footnote: '' };
  }
}

// No `textWrap: 'balance'`: in satori 0.63 it breaks lines far too early when combined with lineClamp.
const clamp = (lines: number) => ({ display: 'block', lineClamp: lines, overflow: 'hidden', wordBreak: 'break-word' });

const TITLE_LINE = 1.12;
const SUBTITLE = { maxSize: 30, minSize: 24, lineHeight: 1.25, maxLines: 2 } as const;
const BODY = { maxSize: 30, minSize: 24, lineHeight: 1.35 } as const;
const FIGURE_HEIGHT = 92;
const FIGURE_VALUE_MAX = 440;
const LOGO_HEIGHT = 32;

/** The largest size in [min, max] at which `text` fits `lines` lines (else the smallest), and the box for it. */
function fitLines(text: string, o: { maxSize: number; minSize: number; lineHeight: number }, lines: number) {
  const fit = fitText(text, { width: CONTENT_WIDTH, height: lines * o.maxSize * o.lineHeight, maxSize: o.maxSize, minSize: o.minSize, lineHeight: o.lineHeight, step: 2 });
  // fitText measured the box at each size; keep the requested number of lines at the chosen size.
  const n = Math.min(lines, Math.max(1, fit.lines));
  return { fontSize: fit.fontSize, lines: n, height: Math.ceil(n * fit.fontSize * o.lineHeight) };
}

export function cardTree(card: CardData, fonts: TemplateFonts, policy: TextPolicy): CardElement {
  const raw = partsOf(card);
  const clean = (t: string) => cleanText(t, policy);
  const p: Parts = { label: clean(raw.label), title: clean(raw.title), body: clean(raw.body), footnote: clean(raw.footnote), ...(raw.subtitle ? { subtitle: clean(raw.subtitle) } : {}) };
  const site = clean(card.siteName);
  const publisher = card.publisher ? clean(card.publisher) : '';
  const figure = card.kind === 'article' && card.figure ? { label: clean(card.figure.label), value: clean(card.figure.value), source: clean(card.figure.source) } : undefined;
  const rtl = card.dir === 'rtl';
  const bar = card.accent ?? ACCENT[card.kind];
  // Text in the accent colour must stay readable: a site accent is darkened just enough for AA.
  const accent = card.accent ? readableOn(card.accent, BACKGROUND) : ACCENT[card.kind];
  const align = rtl ? 'right' : 'left';
  const inset = rtl ? { left: SAFE.right, right: SAFE.left } : { left: SAFE.left, right: SAFE.right };

  // Vertical budget: the title takes what it needs, down to what leaves the subtitle, the figure and two lines of body text.
  const subtitle = p.subtitle ? fitLines(p.subtitle, SUBTITLE, SUBTITLE.maxLines) : undefined;
  const subtitleBox = subtitle ? subtitle.height + 12 : 0;
  const figureBox = figure ? FIGURE_HEIGHT + GAP : 0;
  const minBody = 2 * BODY.minSize * BODY.lineHeight;
  const title = fitText(p.title, { width: CONTENT_WIDTH, height: BODY_HEIGHT - subtitleBox - figureBox - GAP - minBody, maxSize: 76, minSize: 44, lineHeight: TITLE_LINE });
  const titleHeight = Math.min(title.height, Math.ceil(title.lines * title.fontSize * TITLE_LINE));
  const room = BODY_HEIGHT - titleHeight - subtitleBox - figureBox - GAP;
  // Body: the largest size in range whose estimated lines fit the room, else the smallest size, clamped.
  let bodySize: number = BODY.maxSize;
  let bodyLines = 1;
  for (let size: number = BODY.maxSize; size >= BODY.minSize; size -= 2) {
    bodySize = size;
    bodyLines = Math.max(1, Math.min(5, Math.floor(room / (size * BODY.lineHeight))));
    if (estimateLines(p.body, size, CONTENT_WIDTH) <= bodyLines) break;
  }
  bodyLines = Math.min(bodyLines, estimateLines(p.body, bodySize, CONTENT_WIDTH) + 1);

  const text = { textAlign: align } as const;
  const logoWidth = card.logo ? Math.min(160, Math.round((card.logo.width * LOGO_HEIGHT) / card.logo.height)) : 0;
  const mark = card.logo
    ? img(card.logo.src, logoWidth, LOGO_HEIGHT, { [rtl ? 'marginLeft' : 'marginRight']: 14 })
    : h('div', { width: 14, height: 14, borderRadius: 7, backgroundColor: bar, [rtl ? 'marginLeft' : 'marginRight']: 14 });
  const footerName = publisher ? `${publisher} · ${site}` : site;

  return h(
    'div',
    { display: 'flex', width: WIDTH, height: HEIGHT, backgroundColor: BACKGROUND, boxSizing: 'border-box', position: 'relative', fontFamily: fonts.sans, color: INK, direction: rtl ? 'rtl' : 'ltr' },
    h('div', { position: 'absolute', [rtl ? 'right' : 'left']: 0, top: 0, width: BAR_WIDTH, height: HEIGHT, backgroundColor: bar }),
    h(
      'div',
      { position: 'absolute', left: inset.left, top: SAFE.top, width: CONTENT_WIDTH, height: HEIGHT - SAFE.top - SAFE.bottom, display: 'flex', flexDirection: 'column' },
      h('div', { height: LABEL_HEIGHT, fontSize: 22, fontWeight: 600, letterSpacing: rtl ? 0 : 2.5, textTransform: 'uppercase', color: accent, ...clamp(1), lineHeight: 1.3, marginBottom: GAP, ...text }, p.label),
      h('div', { fontFamily: fonts.serif, fontWeight: 600, fontSize: title.fontSize, lineHeight: TITLE_LINE, height: titleHeight, letterSpacing: -0.5, ...clamp(title.maxLines), ...text }, p.title),
      subtitle && h('div', { marginTop: 12, height: subtitle.height, fontSize: subtitle.fontSize, fontWeight: 600, lineHeight: SUBTITLE.lineHeight, color: accent, ...clamp(subtitle.lines), ...text }, p.subtitle),
      h('div', { marginTop: GAP, fontSize: bodySize, lineHeight: BODY.lineHeight, color: MUTED, height: Math.ceil(bodyLines * bodySize * BODY.lineHeight), ...clamp(bodyLines), ...text }, p.body),
      h('div', { flexGrow: 1 }),
      figure &&
        h(
          'div',
          { height: FIGURE_HEIGHT, marginBottom: GAP, display: 'flex', flexDirection: 'row', alignItems: 'center', backgroundColor: FIGURE_FILL, borderRadius: 8, paddingLeft: 24, paddingRight: 24 },
          h('div', { fontFamily: fonts.serif, fontWeight: 600, fontSize: 44, lineHeight: 1.1, color: accent, width: Math.min(FIGURE_VALUE_MAX, Math.ceil(estimateWidth(figure.value, 44))), flexShrink: 0, [rtl ? 'marginLeft' : 'marginRight']: 24, ...clamp(1), ...text }, figure.value),
          h(
            'div',
            { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0 },
            h('div', { fontSize: 24, fontWeight: 600, lineHeight: 1.25, color: INK, ...clamp(1), ...text }, figure.label),
            h('div', { fontSize: 20, lineHeight: 1.3, color: MUTED, ...clamp(1), ...text }, figure.source),
          ),
        ),
      h(
        'div',
        { height: FOOTER_HEIGHT, display: 'flex', flexDirection: 'row', alignItems: 'flex-end', justifyContent: 'space-between', borderTop: `2px solid ${RULE}`, fontSize: 22, lineHeight: 1.3 },
        h('div', { display: 'flex', flexDirection: 'row', alignItems: 'center', maxWidth: p.footnote ? 700 : CONTENT_WIDTH }, mark, h('div', { fontWeight: 600, color: INK, ...clamp(1), maxWidth: (p.footnote ? 670 : CONTENT_WIDTH - 30) - logoWidth, ...text }, footerName)),
        p.footnote ? h('div', { color: MUTED, ...clamp(1), maxWidth: 320, ...text }, p.footnote) : undefined,
      ),
    ),
  );
}
