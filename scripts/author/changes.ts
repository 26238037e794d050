/**
 * `npm run changes`: what readers will see change between a base commit and the working tree —
 * the pages added, removed and changed, why, and whether each social card changed.
 *
 *   npm run changes -- [--base <git-ref>] [--format text|markdown|json] [--cards-url <prefix>]
 *
 * The base defaults to the merge base with the default branch (origin/HEAD, else main or master;
 * `GITHUB_BASE_REF` in a pull request). It is read from git objects (`git archive` into a
 * temporary folder): the author's working tree and index are never touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { cardForPath } from '../../src/cards/card-data.ts';
import { compareSites, type SiteSnapshot, siteSnapshot } from '../../src/author/page-changes.ts';
import { CHANGES_FORMATS, type ChangesFormat, formatChanges } from '../../src/author/page-changes-format.ts';
import { cachePath, explainerEnv } from '../../src/core/env.ts';
import { memoryParseCache, type ParseCache, parserFingerprint } from '../../src/read/load.ts';
import { loadReviewedSite } from '../../src/site/load.ts';

const USAGE = `usage: npm run changes -- [--base <git-ref>] [--format ${CHANGES_FORMATS.join('|')}] [--cards-url <prefix>]`;

/** A problem with the input: one line, no stack trace. */
class InputError extends Error {}

function parseOptions(): { base?: string | undefined; format: ChangesFormat; cardsUrl?: string | undefined } {
  let values: { base?: string | undefined; format?: string | undefined; 'cards-url'?: string | undefined };
  try {
    values = parseArgs({ options: { base: { type: 'string' }, format: { type: 'string' }, 'cards-url': { type: 'string' } }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new InputError(`${(e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '')} (${USAGE})`);
  }
  const format = values.format ?? 'text';
  if (!(CHANGES_FORMATS as readonly string[]).includes(format)) throw new InputError(`unknown format "${format}": use ${CHANGES_FORMATS.join(', ')} (${USAGE})`);
  return { base: values.base, format: format as ChangesFormat, cardsUrl: values['cards-url'] };
}

function git(args: string[], cwd = process.cwd()): { ok: boolean; out: string; err: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { ok: result.status === 0, out: (result.stdout ?? '').trim(), err: (result.stderr ?? result.error?.message ?? '').trim() };
}

const commitOf = (ref: string) => {
  const r = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return r.ok ? r.out : undefined;
};

/** The `git fetch` that brings `ref` into a shallow clone. */
function fetchHint(ref: string): string {
  const remote = /^(?:refs\/remotes\/)?origin\/(.+)$/.exec(ref);
  if (remote) return `git fetch origin ${remote[1]}:refs/remotes/origin/${remote[1]}`;
  if (/^[0-9a-f]{7,40}$/i.test(ref)) return `git fetch --depth=1 origin ${ref}`;
  return `git fetch origin ${ref}`;
}

function resolveBase(asked: string | undefined, shallow: boolean): { commit: string; label: string } {
  const short = (commit: string) => commit.slice(0, 7);
  if (asked) {
    const commit = commitOf(asked);
    if (commit) return { commit, label: `${asked} (${short(commit)})` };
    if (shallow) throw new InputError(`the base "${asked}" is not in this shallow clone — bring it with: ${fetchHint(asked)}`);
    throw new InputError(`unknown git ref "${asked}": no branch, tag or commit has that name (try git branch -a, or a commit id)`);
  }
  const fromGitHub = process.env.GITHUB_BASE_REF ? [`origin/${process.env.GITHUB_BASE_REF}`] : [];
  const originHead = git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  const current = git(['rev-parse', '--abbrev-ref', 'HEAD']).out;
  // A clone of one branch points origin/HEAD at that branch: it is not the default branch then.
  const remoteDefault = originHead.ok && originHead.out !== `origin/${current}` ? [originHead.out] : [];
  const candidates = [...fromGitHub, ...remoteDefault, 'origin/main', 'origin/master', 'main', 'master'].filter((c) => c !== `origin/${current}` || fromGitHub.includes(c));
  const branch = candidates.find((c) => commitOf(c));
  if (!branch) {
    const wanted = candidates[0]!.replace(/^origin\//, '');
    if (shallow) throw new InputError(`the default branch is not in this shallow clone — bring it and the history with: git fetch --unshallow origin ${wanted}:refs/remotes/origin/${wanted} (or name the base with --base <ref>)`);
    throw new InputError('no default branch found (origin/HEAD, main or master): name the base with --base <ref>');
  }
  const mergeBase = git(['merge-base', 'HEAD', branch]);
  if (!mergeBase.ok) {
    if (shallow) throw new InputError(`the merge base of HEAD and ${branch} is not in this shallow clone — bring the history with: git fetch --unshallow origin (on GitHub Actions: actions/checkout with fetch-depth: 0)`);
    throw new InputError(`HEAD and ${branch} have no commit in common: name the base with --base <ref>`);
  }
  return { commit: mergeBase.out, label: `${branch} (merge base ${short(mergeBase.out)})` };
}

interface Side {
  snapshot: SiteSnapshot;
  errors: number;
}

const EMPTY: SiteSnapshot = { pages: new Map(), things: new Map() };

/**
 * Loads one version of the site as readers would see it (drafts left out, bodies rendered).
 * With content errors it still builds what it can: entries that fail their schema are left out,
 * and a body that cannot be rendered is compared without its text.
 */
function loadSide(root: string, contentDir: string, parseCache: ParseCache): Side {
  // What pages show needs the files and their references, not the editorial checks (quotes,
  // numbers, dates): those are npm run check's job, and skipping them keeps this quick.
  // Only with content errors (an unknown id) can a body fail: that page is compared without its text.
  const { index, content, errors } = loadReviewedSite({ root, contentDir, parseCache }, () => ({ body: '', headings: [] }));
  if (!index) return { snapshot: EMPTY, errors };
  const cardOf = (p: string) => {
    try {
      return cardForPath(index, p);
    } catch {
      return null;
    }
  };
  return { snapshot: siteSnapshot(index, content, contentDir, cardOf), errors };
}

function main(): void {
  const options = parseOptions();
  const env = explainerEnv();
  const cwd = env.root;
  const contentDir = env.contentDir.split(path.sep).join('/');
  if (path.isAbsolute(contentDir)) throw new InputError(`EXPLAINER_CONTENT must be a folder inside the repository, relative to it (it is ${contentDir})`);

  const top = git(['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new InputError(`${cwd} is not in a git repository: changes compares the working tree with a commit, so run it inside the repository's folder`);
  const shallow = git(['rev-parse', '--is-shallow-repository']).out === 'true';
  const base = resolveBase(options.base, shallow);
  const prefix = git(['rev-parse', '--show-prefix']).out;
  const inRepo = path.posix.normalize(path.posix.join(prefix, contentDir));

  // Both versions share one parse cache: a body unchanged since the base is parsed once, and
  // none is parsed that the last build (Astro's cacheDir) already parsed.
  const parseCache = memoryParseCache({ file: cachePath(env, 'buildBodies'), fingerprint: parserFingerprint(cwd) });
  const problems: string[] = [];
  const temp = mkdtempSync(path.join(tmpdir(), 'explainer-changes-'));
  let before: Side;
  try {
    if (!git(['ls-tree', '-d', base.commit, '--', inRepo]).out) {
      problems.push(`the base has no ${contentDir}/ folder: every page is new`);
      before = { snapshot: EMPTY, errors: 0 };
    } else {
      const tar = path.join(temp, 'base.tar');
      const archive = git(['archive', '--format=tar', '-o', tar, base.commit, '--', inRepo]);
      if (!archive.ok) throw new InputError(`git archive could not read ${contentDir}/ at ${base.label}: ${archive.err.split('\n')[0]}`);
      const untar = spawnSync('tar', ['-xf', tar, '-C', temp], { encoding: 'utf8' });
      if (untar.status !== 0) throw new InputError(`tar could not unpack the base: ${(untar.stderr || untar.error?.message || '').split('\n')[0]}`);
      before = loadSide(path.join(temp, prefix), contentDir, parseCache);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const after = loadSide(cwd, contentDir, parseCache);
  const errors = (n: number) => `${n} content error${n === 1 ? '' : 's'}`;
  if (before.errors) problems.push(`the base (${base.label}) has ${errors(before.errors)}: entries with errors are left out of the comparison`);
  if (after.errors) problems.push(`the working tree has ${errors(after.errors)} (npm run check lists them): entries with errors are left out of the comparison`);

  const changes = compareSites(before.snapshot, after.snapshot);
  process.stdout.write(
    formatChanges(options.format, changes, {
      base: base.label,
      problems,
      sitePath: env.base,
      ...(options.cardsUrl ? { cardsUrl: options.cardsUrl } : {}),
    }),
  );
}

try {
  main();
} catch (e) {
  if (e instanceof InputError) {
    process.stderr.write(`npm run changes: ${e.message}\n`);
    process.exit(2);
  }
  // Never a stack trace: one line, and what to do.
  process.stderr.write(`npm run changes: could not compare (${e instanceof Error ? e.message.split('\n')[0] : String(e)}) — report this to the developers\n`);
  process.exit(1);
}
