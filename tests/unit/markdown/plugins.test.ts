/**
 * Each remark/rehype plugin of the body pipeline (src/markdown/internal/), alone in a minimal
 * unified pipeline, on every case in fixtures/<plugin>/<case>/:
 * - input.mdx (parsed by the project's MDX parser; a rehype plugin gets it through remark-rehype),
 *   or input.json (the tree itself: mdast for a remark plugin, hast for a rehype plugin, for trees
 *   Markdown cannot write, such as a heading that already has an id);
 * - data.json, optional: `file.data` before the plugin runs (remark-citations reads `sources`);
 * - output.json (a remark plugin: the mdast, positions left out) or output.html (a rehype plugin);
 * - output.data.json: what the plugin added to `file.data`, when it adds anything.
 * `UPDATE_FIXTURES=1 npm run test:unit -- tests/unit/markdown/plugins.test.ts` writes the outputs
 * from what the plugins do now; read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeHeadingIds from '../../../src/markdown/internal/rehype-heading-ids.ts';
import remarkCitations from '../../../src/markdown/internal/remark-citations.ts';
import remarkTypography from '../../../src/markdown/internal/remark-typography.ts';
import { parseMdx } from '../../../src/read/internal/mdx-parse.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const PLUGIN_DIR = path.resolve(import.meta.dirname, '../../../src/markdown/internal');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

type Outputs = Record<string, string>;
type Data = Record<string, unknown>;

const json = (value: unknown) => `${JSON.stringify(value, (key, v: unknown) => (key === 'position' ? undefined : v), 2)}\n`;

/** The data the plugin added to `file.data` (keys not in the input's data.json). */
function added(file: VFile, before: Data): Outputs {
  const data = Object.fromEntries(Object.entries(file.data).filter(([key]) => !(key in before)));
  return Object.keys(data).length ? { 'output.data.json': json(data) } : {};
}

function mdast(dir: string): MdastRoot {
  if (existsSync(path.join(dir, 'input.json'))) return JSON.parse(readFileSync(path.join(dir, 'input.json'), 'utf8')) as MdastRoot;
  const parsed = parseMdx(readFileSync(path.join(dir, 'input.mdx'), 'utf8'));
  if (!parsed.tree) throw new Error(`${dir}/input.mdx: ${parsed.problem.message}`);
  return parsed.tree;
}

const remark = (plugin: () => (tree: MdastRoot, file: VFile) => void) => (dir: string, data: Data): Outputs => {
  const file = new VFile({ data: structuredClone(data) });
  const tree = unified().use(plugin).runSync(mdast(dir), file);
  return { 'output.json': json(tree), ...added(file, data) };
};

const rehype = (plugin: () => (tree: HastRoot, file: VFile) => void) => (dir: string, data: Data): Outputs => {
  const file = new VFile({ data: structuredClone(data) });
  const hast = existsSync(path.join(dir, 'input.json'))
    ? (JSON.parse(readFileSync(path.join(dir, 'input.json'), 'utf8')) as HastRoot)
    : (unified().use(remarkRehype).runSync(mdast(dir)) as HastRoot);
  const processor = unified().use(plugin).use(rehypeStringify);
  const html = processor.stringify(processor.runSync(hast, file) as HastRoot, file);
  return { 'output.html': `${html}\n`, ...added(file, data) };
};

/** Every plugin of the pipeline, by its file name in src/markdown/internal/ (and its fixtures folder). */
const PLUGINS: Record<string, (dir: string, data: Data) => Outputs> = {
  'remark-typography': remark(remarkTypography),
  'remark-citations': remark(remarkCitations),
  'rehype-heading-ids': rehype(rehypeHeadingIds),
};

const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('the plugin fixtures', () => {
  it('cover every remark/rehype plugin in src/markdown/internal/, and only those', () => {
    const plugins = readdirSync(PLUGIN_DIR).filter((f) => /^(remark|rehype)-.+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(Object.keys(PLUGINS).sort()).toEqual(plugins);
    expect(folders(FIXTURES)).toEqual(plugins);
  });
});

for (const [plugin, run] of Object.entries(PLUGINS)) {
  describe(plugin, () => {
    const cases = existsSync(path.join(FIXTURES, plugin)) ? folders(path.join(FIXTURES, plugin)) : [];
    it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(5));
    for (const name of cases) {
      it(name, () => {
        const dir = path.join(FIXTURES, plugin, name);
        const dataFile = path.join(dir, 'data.json');
        const data = existsSync(dataFile) ? (JSON.parse(readFileSync(dataFile, 'utf8')) as Data) : {};
        const actual = run(dir, data);
        const outputs = readdirSync(dir).filter((f) => f.startsWith('output.'));
        if (UPDATE) {
          for (const file of outputs) if (!(file in actual)) rmSync(path.join(dir, file));
          for (const [file, text] of Object.entries(actual)) writeFileSync(path.join(dir, file), text);
          return;
        }
        expect(actual).toEqual(Object.fromEntries(outputs.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])));
      });
    }
  });
}
