/** Splits an MDX file into its YAML frontmatter and its body, keeping body lines aligned with the file. */

export interface SplitFile {
  /** The YAML between the `---` fences, or undefined when the file has no frontmatter. */
  frontmatter: string | undefined;
  /** 1-based line in the file where the frontmatter YAML starts. */
  frontmatterLine: number;
  /** The body with the frontmatter replaced by blank lines: line N of the body is line N of the file. */
  body: string;
  /** 1-based line where the body text begins. */
  bodyLine: number;
}

/** Normalises what editors and operating systems add: a byte-order mark and CRLF line ends. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function splitFrontmatter(raw: string): SplitFile {
  const text = normaliseText(raw);
  const match = /^---[ \t]*\n([\s\S]*?)\n?^---[ \t]*$\n?/m.exec(text);
  if (match?.index !== 0) {
    return { frontmatter: undefined, frontmatterLine: 1, body: text, bodyLine: 1 };
  }
  const fenced = match[0];
  const lines = fenced.split('\n').length - (fenced.endsWith('\n') ? 1 : 0);
  const blank = '\n'.repeat(lines);
  const body = blank + text.slice(fenced.length);
  return { frontmatter: match[1] ?? '', frontmatterLine: 2, body, bodyLine: lines + 1 };
}
