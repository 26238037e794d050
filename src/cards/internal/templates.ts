/**
 * One template per card kind, as satori element trees. Bump TEMPLATE_VERSION whenever a template
 * changes the picture: it is part of every card's cache key.
 */
import type { CardData } from '../card-data.ts';
import { fitText } from './fit.ts';
import { type CardElement, h } from './h.ts';

export const TEMPLATE_VERSION = 'cards-v4';
export const WIDTH = 1200;
export const HEIGHT = 630;

/** Inside this inset everything is drawn; outside it only the background and the accent bar. */
export const SAFE = { top: 56, right: 72, bottom: 56, left: 96 } as const;
export const BAR_WIDTH = 16;
export const BACKGROUND = '#faf7f2';
export const INK = '#17181a';
export const MUTED = '#3f4246';
const RULE = '#d9d3c7';
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
export function cleanText(text: string, policy: TextPolicy): string {
  let out = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
  if (!policy.cjk && CJK.test(out)) {
    const dropped = [...out].filter((c) => CJK.test(c)).length;
    out = [...out].map((c) => (CJK.test(c) ? '\u0000' : c)).join('').replace(/\u0000+/g, ' ').replace(/\s+/g, ' ').trim();
    policy.warn(`${policy.where}: the card leaves out ${dropped} Chinese/Japanese/Korean character${dropped === 1 ? '' : 's'}: no CJK font is installed — npm install @fontsource/noto-sans-sc (or -jp, -kr) to draw them`);
  }
  return out;
}

interface Parts {
  label: string;
  title: string;
  /** A short coloured line under the title (the term's translation). */
  subtitle?: string;
  body: string;
  footnote: string;
}

function partsOf(card: CardData): Parts {
  switch (card.kind) {
    case 'article':
      return { label: 'Explainer', title: card.title, body: card.dek, footnote: card.asOf };
    case 'actor':
      return { label: `Actor · ${card.actorKind}`, title: card.name, body: card.role, footnote: `Role ${card.roleAsOf}` };
    case 'term':
      return {
        label: `Glossary · ${card.category}`,
        title: card.term,
        ...(card.translation ? { subtitle: `${card.translation.language}: ${card.translation.text}` } : {}),
        body: card.definition,
        footnote: 'Defined in plain language',
      };
    case 'index':
      return { label: card.label, title: card.title, body: card.description, footnote: '' };
  }
}

// No `textWrap: 'balance'`: in satori 0.63 it breaks lines far too early when combined with lineClamp.
const clamp = (lines: number) => ({ display: 'block', lineClamp: lines, overflow: 'hidden', wordBreak: 'break-word' });

export function cardTree(card: CardData, fonts: TemplateFonts, policy: TextPolicy): CardElement {
  const raw = partsOf(card);
  const clean = (t: string) => cleanText(t, policy);
  const p: Parts = { label: clean(raw.label), title: clean(raw.title), body: clean(raw.body), footnote: clean(raw.footnote), ...(raw.subtitle ? { subtitle: clean(raw.subtitle) } : {}) };
  const site = clean(card.siteName);
  const accent = ACCENT[card.kind];

  const subtitleSize = 30;
  const subtitleBox = p.subtitle ? Math.ceil(subtitleSize * 1.25) + 12 : 0;
  const bodySize = 30;
  const bodyLine = 1.35;
  // The title takes what it needs, up to what leaves at least two lines of body text.
  const title = fitText(p.title, { width: CONTENT_WIDTH, height: BODY_HEIGHT - subtitleBox - GAP - 2 * bodySize * bodyLine, maxSize: 76, minSize: 44, lineHeight: 1.12 });
  const titleHeight = Math.min(title.height, Math.ceil(title.lines * title.fontSize * 1.12));
  const bodyLines = Math.max(1, Math.min(4, Math.floor((BODY_HEIGHT - titleHeight - subtitleBox - GAP) / (bodySize * bodyLine))));

  return h(
    'div',
    { display: 'flex', width: WIDTH, height: HEIGHT, backgroundColor: BACKGROUND, boxSizing: 'border-box', position: 'relative', fontFamily: fonts.sans, color: INK },
    h('div', { position: 'absolute', left: 0, top: 0, width: BAR_WIDTH, height: HEIGHT, backgroundColor: accent }),
    h(
      'div',
      { position: 'absolute', left: SAFE.left, top: SAFE.top, width: CONTENT_WIDTH, height: HEIGHT - SAFE.top - SAFE.bottom, display: 'flex', flexDirection: 'column' },
      h('div', { height: LABEL_HEIGHT, fontSize: 22, fontWeight: 600, letterSpacing: 2.5, textTransform: 'uppercase', color: accent, ...clamp(1), lineHeight: 1.3, marginBottom: GAP }, p.label),
      h('div', { fontFamily: fonts.serif, fontWeight: 600, fontSize: title.fontSize, lineHeight: 1.12, height: titleHeight, letterSpacing: -0.5, ...clamp(title.maxLines) }, p.title),
      p.subtitle && h('div', { marginTop: 12, height: subtitleBox - 12, fontSize: subtitleSize, fontWeight: 600, lineHeight: 1.25, color: accent, ...clamp(1) }, p.subtitle),
      h('div', { marginTop: GAP, fontSize: bodySize, lineHeight: bodyLine, color: MUTED, height: Math.ceil(bodyLines * bodySize * bodyLine), ...clamp(bodyLines) }, p.body),
      h('div', { flexGrow: 1 }),
      h(
        'div',
        { height: FOOTER_HEIGHT, display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', borderTop: `2px solid ${RULE}`, fontSize: 22, lineHeight: 1.3 },
        h('div', { display: 'flex', alignItems: 'center', maxWidth: 700 }, h('div', { width: 14, height: 14, borderRadius: 7, backgroundColor: accent, marginRight: 14 }), h('div', { fontWeight: 600, color: INK, ...clamp(1), maxWidth: 670 }, site)),
        p.footnote ? h('div', { color: MUTED, ...clamp(1), maxWidth: 320 }, p.footnote) : undefined,
      ),
    ),
  );
}
