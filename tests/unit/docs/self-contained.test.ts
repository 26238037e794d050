/**
 * The repository is self-contained: someone who clones it finds every document a file points at.
 * Over every tracked text file, this test fails on a mention of a design or editorial document
 * that is not in the repository, a relative path that leaves it, or an absolute path of the
 * machine it was written on; and it checks that every relative Markdown link `[x](path)`, every
 * reference to a section, `<FILE>.md, "<heading>"` (the `.md` may be left out, as in README's),
 * and every `<FILE>.md#<anchor>` names a file that exists and, for a section or an anchor, a
 * heading of that file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

const ROOT = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const TRACKED = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
const TRACKED_SET = new Set(TRACKED);
/** Folders that hold tracked files: a link may point at one (`[scripts](scripts/)`). */
const TRACKED_DIRS = new Set(TRACKED.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));

/** Text files only: a NUL byte in the first 8 KB marks a binary one (PNG, fonts). */
function readText(file: string): string | undefined {
  const full = path.join(ROOT, file);
  if (!existsSync(full)) return undefined; // deleted in the working tree, not yet committed
  const bytes = readFileSync(full);
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  return bytes.toString('utf8');
}

const FILES = TRACKED.flatMap((file) => {
  const text = readText(file);
  return text === undefined ? [] : [{ file, text }];
});

/** Line number of offset `at` in `text`. */
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

/** Markdown with fenced code blocks blanked (line numbers kept), so examples are not links or headings. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, (block) => block.replace(/[^\n]/g, ' '));
}

/** Inline code spans blanked too: `[link text](https://…)` in backticks is an example, not a link. */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/(`+)[^`\n][\s\S]*?\1/g, (span) => span.replace(/[^\n]/g, ' '));
}

/** A heading as a reader names it: inline code marks and emphasis dropped, spaces collapsed. */
const plain = (text: string) => text.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

const headingCache = new Map<string, { names: Set<string>; anchors: Set<string> }>();
/** The headings of a tracked Markdown file: their names and their GitHub anchors. */
function headings(file: string): { names: Set<string>; anchors: Set<string> } {
  let found = headingCache.get(file);
  if (!found) {
    const slugger = new GithubSlugger();
    const titles = [...withoutFences(readFileSync(path.join(ROOT, file), 'utf8')).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => m[1]!);
    found = { names: new Set(titles.map(plain)), anchors: new Set(titles.map((t) => slugger.slug(t))) };
    headingCache.set(file, found);
  }
  return found;
}

/** Where `target` (a path in a link or a reference) points from `file`: a repository path, or undefined when it leaves the repository. */
function resolve(file: string, target: string): string | undefined {
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target)).replace(/\/$/, '');
  return resolved.startsWith('../') || resolved === '..' ? undefined : resolved === '.' ? '' : resolved;
}

const exists = (repoPath: string) => repoPath === '' || TRACKED_SET.has(repoPath) || TRACKED_DIRS.has(repoPath);

// Built from parts, so that this file does not match its own patterns.
const OUTSIDE_DOCS = new RegExp(`\\b(?:${['DES', 'IGN'].join('')}|${['EDITO', 'RIAL'].join('')})(?:\\.md)?\\b`, 'g');
const SHARED = new RegExp(`(?:\\.\\./)+${'sha'}red\\b`, 'g');
const MACHINE_PATH = new RegExp(`(?<![\\w.~%-])/${'wo'}rk/`, 'g');

/** Every place a tracked file points outside the repository. */
function outsideReferences(): string[] {
  const found: string[] = [];
  for (const { file, text } of FILES) {
    for (const m of text.matchAll(OUTSIDE_DOCS)) found.push(`${file}:${lineOf(text, m.index)}: names ${m[0]}, which is not in the repository`);
    for (const m of text.matchAll(SHARED)) {
      if (resolve(file, m[0]) === undefined) found.push(`${file}:${lineOf(text, m.index)}: ${m[0]} leaves the repository`);
    }
    for (const m of text.matchAll(MACHINE_PATH)) found.push(`${file}:${lineOf(text, m.index)}: an absolute path of this machine (${text.slice(m.index, m.index + 30).split(/\s/)[0]})`);
  }
  return found;
}

/** `[x](path)` in a Markdown file: a relative path must exist; `path#anchor` and `#anchor` must name a heading. */
function brokenLinks(): string[] {
  const broken: string[] = [];
  for (const { file, text } of FILES.filter((f) => f.file.endsWith('.md'))) {
    const scanned = withoutCode(text);
    for (const m of scanned.matchAll(/\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const link = m[1]!;
      // Another site, a page of the built site, or mail: not a file of the repository.
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('/')) continue;
      const [target = '', anchor] = link.split('#');
      const where = `${file}:${lineOf(text, m.index)}: [${link}]`;
      const repoPath = target ? resolve(file, decodeURIComponent(target)) : file;
      if (repoPath === undefined) broken.push(`${where} leaves the repository`);
      else if (!exists(repoPath)) broken.push(`${where}: there is no ${repoPath}`);
      else if (anchor && repoPath.endsWith('.md') && !headings(repoPath).anchors.has(anchor)) broken.push(`${where}: ${repoPath} has no heading #${anchor}`);
    }
  }
  return broken;
}

/** `<FILE>.md, "<heading>"` (or without `.md`) and `<FILE>.md#<anchor>` in any file: the file must exist and have that heading. */
function brokenSectionReferences(): string[] {
  const broken: string[] = [];
  for (const { file, text } of FILES) {
    for (const m of text.matchAll(/\b([A-Z][A-Z0-9_-]{2,})(\.md)?, "([^"]{1,100})"/g)) {
      const doc = `${m[1]}.md`;
      const section = plain(m[3]!.replace(/\n\s*(?:\*|\/\/|#)?\s*/g, ' '));
      const where = `${file}:${lineOf(text, m.index)}: ${m[1]}${m[2] ?? ''}, "${section}"`;
      // Without `.md`, a capitalised word before a quotation (`ASCII, "quoted"`) is a document only when one by that name exists.
      if (!TRACKED_SET.has(doc)) {
        if (m[2]) broken.push(`${where}: there is no ${doc}`);
      } else if (!headings(doc).names.has(section)) broken.push(`${where}: ${doc} has no heading "${section}"`);
    }
    for (const m of text.matchAll(/(?<![\w/.-])([\w./-]*[A-Za-z0-9_-]\.md)#([\w-]+)/g)) {
      const repoPath = TRACKED_SET.has(m[1]!) ? m[1]! : resolve(file, m[1]!);
      const where = `${file}:${lineOf(text, m.index)}: ${m[0]}`;
      if (repoPath === undefined || !TRACKED_SET.has(repoPath)) broken.push(`${where}: there is no ${m[1]}`);
      else if (!headings(repoPath).anchors.has(m[2]!)) broken.push(`${where}: ${repoPath} has no heading #${m[2]}`);
    }
  }
  return broken;
}

describe('the repository is self-contained', () => {
  it('reads the tracked files', () => {
    // A sanity floor: if `git ls-files` or the text filter breaks, the tests below must not pass on nothing.
    expect(FILES.map((f) => f.file)).toEqual(expect.arrayContaining(['README.md', 'AUTHORING.md', 'CONTRACT.md', 'src/read/schema.ts']));
    expect(FILES.length).toBeGreaterThan(100);
  });

  it('points at no document outside it', () => {
    expect(outsideReferences()).toEqual([]);
  });

  it('has a file for every relative Markdown link, and a heading for every #anchor', () => {
    expect(brokenLinks()).toEqual([]);
  });

  it('has a heading for every reference to a section or an anchor of a document', () => {
    expect(brokenSectionReferences()).toEqual([]);
  });
});
