/** Reads a Netlify/Cloudflare Pages `_headers` file: path patterns, each with indented `Name: value` lines. */

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: {} });
      continue;
    }
    const rule = rules[rules.length - 1];
    const at = raw.indexOf(':');
    if (rule && at > 0) rule.headers[raw.slice(0, at).trim().toLowerCase()] = raw.slice(at + 1).trim();
  }
  return rules;
}

/** `*` (a splat) matches any run of characters, as on Netlify and Cloudflare Pages: `/*` everything, `/_astro/*` a folder, `/pagefind/*.pf_meta` by extension; otherwise the exact path. */
export function matches(pattern: string, pathname: string): boolean {
  if (!pattern.includes('*')) return pattern === pathname;
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The headers for a path: every matching rule applies, later rules win. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern, pathname)).map((r) => r.headers));
}
