// biome-ignore-all lint/suspicious/noExplicitAny: the walker reads mdast and MDX nodes of every type by their fields.
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createMatcher, findNames, type LinkName, linkMentions, namePattern } from '../../../src/index/linking.ts';
import { parseMdx } from '../../../src/read/internal/mdx-parse.ts';
import { foldForMatching, foldKey } from '../../../src/core/text.ts';

const NAMES: LinkName[] = [
  { kind: 'term', id: 'coca', text: 'Coca' },
  { kind: 'term', id: 'coca', text: 'coca growers' },
  { kind: 'term', id: 'cocaine', text: 'Cocaína' },
  { kind: 'term', id: 'war-crime', text: 'war crimes' },
  { kind: 'term', id: 'extrajudicial-killing', text: 'Extrajudicial killing' },
  { kind: 'term', id: 'extrajudicial-killing', text: 'extrajudicial killings' },
  { kind: 'actor', id: 'gustavo-petro', text: 'Gustavo Petro' },
  { kind: 'actor', id: 'gustavo-petro', text: 'Petro' },
  { kind: 'actor', id: 'nicolas-maduro', text: 'Nicolás Maduro' },
  { kind: 'actor', id: 'us', text: 'U.S.' },
  { kind: 'actor', id: 'us-treasury', text: 'U.S. Treasury' },
  { kind: 'actor', id: 'eu', text: 'EU' },
];

function link(markdown: string, self?: LinkName) {
  const parsed = parseMdx(markdown);
  if (!parsed.tree) throw new Error(parsed.problem.message);
  const { tree, mentions } = linkMentions(parsed.tree, { matcher: createMatcher(NAMES), ...(self ? { self } : {}) });
  return { tree, mentions, links: links(tree) };
}

/** `[component, id, text]` for every Term/Actor element, in document order. */
function links(tree: Root): string[][] {
  const out: string[][] = [];
  const walk = (node: any) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node.name === 'Term' || node.name === 'Actor')) {
      const id = node.attributes.find((a: any) => a.name === 'id')?.value;
      out.push([node.name, id, node.children.map((c: any) => c.value ?? '').join('')]);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return out;
}

describe('auto-linking', () => {
  it('links the first mention of each entry, once per section', () => {
    const { links: found } = link('Petro spoke. Petro spoke again.\n\n## Next\n\nThen Petro left.');
    expect(found).toEqual([
      ['Actor', 'gustavo-petro', 'Petro'],
      ['Actor', 'gustavo-petro', 'Petro'],
    ]);
  });

  it('prefers the longest match', () => {
    expect(link('The U.S. Treasury acted.').links).toEqual([['Actor', 'us-treasury', 'U.S. Treasury']]);
    expect(link('Gustavo Petro spoke.').links).toEqual([['Actor', 'gustavo-petro', 'Gustavo Petro']]);
    expect(link('Peasant coca growers.').links).toEqual([['Term', 'coca', 'coca growers']]);
  });

  it('matches whole words only, with Unicode letters', () => {
    expect(link('The cocaína trade and cocaine.').links).toEqual([['Term', 'cocaine', 'cocaína']]);
    expect(link('Petroleum and Petrobras.').links).toEqual([]);
    expect(link('coca').links).toEqual([['Term', 'coca', 'coca']]);
    expect(link('cocaína').links.map((l) => l[1])).toEqual(['cocaine']);
  });

  it('is accent-insensitive and keeps the text as written', () => {
    expect(link('Nicolas Maduro and NICOLÁS').links).toEqual([['Actor', 'nicolas-maduro', 'Nicolas Maduro']]);
    expect(link('Cocaina').links).toEqual([['Term', 'cocaine', 'Cocaina']]);
  });

  it('folds the first letter only; acronyms keep their case', () => {
    expect(link('Extrajudicial killings are unlawful.').links).toEqual([['Term', 'extrajudicial-killing', 'Extrajudicial killings']]);
    expect(link('Let us go to the eu.').links).toEqual([]);
    expect(link('The EU met.').links).toEqual([['Actor', 'eu', 'EU']]);
  });

  it('handles typographic hyphens and line breaks inside a name', () => {
    expect(link('a war\u2011crimes probe').links).toEqual([['Term', 'war-crime', 'war\u2011crimes']]);
    expect(link('possible war\ncrimes').links).toEqual([['Term', 'war-crime', 'war\ncrimes']]);
  });

  it('never links inside headings, links, code or quotations', () => {
    const md = [
      '# Petro in a heading',
      '',
      '[Petro](https://example.org) and `Petro` and',
      '',
      '```',
      'Petro',
      '```',
      '',
      '> Petro in a blockquote',
      '',
      'He said "Petro is here" and “EU too”.',
      '',
      '<Quote source="seed" by="x">Petro</Quote>',
    ].join('\n');
    expect(link(md).links).toEqual([]);
  });

  it('links text after a closing quotation mark', () => {
    expect(link('"Words," said Petro.').links).toEqual([['Actor', 'gustavo-petro', 'Petro']]);
  });

  it('counts an explicit <Term>/<Actor> as the section’s mention, wherever it is', () => {
    const { links: found, mentions } = link('Petro arrived. Later <Actor id="gustavo-petro">the president</Actor> spoke.');
    expect(found).toEqual([['Actor', 'gustavo-petro', 'the president']]);
    expect(mentions).toEqual([expect.objectContaining({ id: 'gustavo-petro', explicit: true, anchor: 'mention-actor-gustavo-petro-0' })]);
  });

  it('never links a page to itself', () => {
    expect(link('Petro and coca.', { kind: 'actor', id: 'gustavo-petro', text: '' }).links).toEqual([['Term', 'coca', 'coca']]);
  });

  it('links inside Aside and list items and records the sentence', () => {
    const { links: found, mentions } = link('<Aside kind="note">\n\nFirst. Then coca was found. Last.\n\n</Aside>\n\n- a list about Petro');
    expect(found.map((l) => l[1])).toEqual(['coca', 'gustavo-petro']);
    expect(mentions[0]).toMatchObject({ snippet: 'Then coca was found.', section: 0, anchor: 'mention-term-coca-0' });
  });

  it('gives every mention a unique anchor per section', () => {
    const { mentions } = link('Petro.\n\n## Two\n\nPetro and coca.');
    expect(mentions.map((m) => m.anchor)).toEqual(['mention-actor-gustavo-petro-0', 'mention-actor-gustavo-petro-1', 'mention-term-coca-1']);
  });

  it('is idempotent', () => {
    const { tree } = link('Petro and coca.');
    const again = linkMentions(tree, { matcher: createMatcher(NAMES) });
    expect(again.mentions.every((m) => m.explicit)).toBe(true);
    expect(links(again.tree)).toHaveLength(2);
  });

  it('returns a new tree and leaves the one it was given as it was', () => {
    const parsed = parseMdx('Petro and coca.\n\n<Aside kind="note">\n\n<Term id="coca">the leaf</Term>, said Petro.\n\n</Aside>\n\n## Two\n\nNothing here.');
    const before = structuredClone(parsed.tree!);
    const { tree } = linkMentions(parsed.tree!, { matcher: createMatcher(NAMES) });
    expect(parsed.tree).toEqual(before);
    expect(links(tree)).toEqual([['Actor', 'gustavo-petro', 'Petro'], ['Term', 'coca', 'the leaf']]);
    expect(links(parsed.tree!)).toEqual([['Term', 'coca', 'the leaf']]);
    // The explicit link gets its anchor in the new tree only; the section without a mention is shared.
    expect(JSON.stringify(tree)).toContain('"mention","value":"mention-term-coca-0"');
    expect(tree.children.at(-1)).toBe(parsed.tree!.children.at(-1));
  });
});

describe('one folding rule for names', () => {
  // npm run check (src/read/references.ts) calls two names the same when their foldKey is: any
  // text a name links to must have that name's key, or the check passes two names that link alike.
  const PAIRS: Array<[name: string, text: string]> = [
    ['war crimes', 'war-crimes'],
    ['war crimes', 'war\ncrimes'],
    ['war crimes', 'war‑crimes'],
    ['War crimes', 'war crimes'],
    ['Nicolás Maduro', 'Nicolas Maduro'],
    ['Nicolas Maduro', 'Nicolás Maduro'],
    ['U.S.-led strikes', 'U.S.‐led strikes'],
    ['Colombia’s navy', "Colombia's navy"],
  ];
  for (const [name, text] of PAIRS) {
    it(`"${name}" links "${text.replace('\n', '\\n')}", and the two are one name to the check`, () => {
      const matcher = createMatcher([{ kind: 'term', id: 'x', text: name }]);
      const found = [...findNames(matcher, foldForMatching(text))];
      expect(found.map((m) => matcher.targets.get(foldKey(m.text)))).toEqual([{ kind: 'term', id: 'x' }]);
      expect(foldKey(text)).toBe(foldKey(name));
    });
  }
});

describe('findNames', () => {
  it('finds exactly what one whole-word alternation of every name, longest first, finds', () => {
    const matcher = createMatcher([...NAMES, { kind: 'actor', id: 'emoji', text: '😀 Group' }, { kind: 'term', id: 'n', text: '9/11 attacks' }]);
    const texts = [
      'Gustavo Petro met Petro; petro, PETRO and Petrosky. The U.S. Treasury and the U.S. and us and EU, eu.',
      'coca growers grow Coca and cocaína (Cocaína), coca-growers, cocacola, xcoca, coca_x, war-crimes and war\ncrimes.',
      'Nicolás Maduro, Nicolas Maduro, 😀 Group and 😀Group, after the 9/11 attacks; extrajudicial killings.',
    ];
    const all = [...NAMES, { text: '😀 Group' }, { text: '9/11 attacks' }].map((n) => n.text).sort((a, b) => b.length - a.length || a.localeCompare(b));
    const regex = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_])(?:${all.map(namePattern).join('|')})(?![\\p{L}\\p{N}\\p{M}_])`, 'gu');
    for (const raw of texts) {
      const text = foldForMatching(raw);
      const expected = [...text.matchAll(regex)].map((m) => [m.index, m[0]]);
      expect([...findNames(matcher, text)].map((m) => [m.index, m.text])).toEqual(expected);
      expect(expected.length).toBeGreaterThan(3);
    }
  });
});

describe('mention snippets', () => {
  it('keep abbreviations such as "U.S." inside the sentence', () => {
    const { mentions } = link('Earlier news. Strikes by U.S. forces near Petro drew protests. Later news.');
    expect(mentions.find((m) => m.id === 'gustavo-petro')!.snippet).toBe('Strikes by U.S. forces near Petro drew protests.');
  });
});
