/**
 * remark plugin: fails the file on anything that could run code (import/export, {expressions},
 * raw <script>/<style>/<iframe>, on* attributes, javascript: URLs). `npm run check` reports the
 * same problems first; this is the build's own line of defence.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { guardTree } from '../lib/guard.ts';

export default function remarkContentGuard() {
  return (tree: Root, file: VFile): void => {
    const problems = guardTree(tree);
    const first = problems[0];
    if (!first) return;
    const message = problems.map((p) => `${p.place.line}:${p.place.column}: ${p.message} — ${p.fix}`).join('\n');
    file.fail(message, { place: first.place, ruleId: 'content-guard', source: 'explainer' });
  };
}
