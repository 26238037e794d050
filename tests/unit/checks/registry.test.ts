import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITORIAL_CHECKS, type EditorialCheck } from '../../../src/checks/registry.ts';

describe('the editorial checks registry', () => {
  it('lists a check from every check module, each once', async () => {
    const registered = new Set<EditorialCheck>(EDITORIAL_CHECKS.map((c) => c.run));
    expect(registered.size).toBe(EDITORIAL_CHECKS.length);
    const modules = readdirSync('src/checks').filter((f) => f.endsWith('.ts') && f !== 'registry.ts');
    const missing: string[] = [];
    for (const file of modules) {
      const exported = Object.entries((await import(`../../../src/checks/${file}`)) as Record<string, unknown>);
      const checks = exported.filter(([name, value]) => /^check[A-Z]/.test(name) && typeof value === 'function');
      // A module with no check function is a helper of one (quotes.ts for quotes-check.ts).
      if (checks.length && !checks.some(([, fn]) => registered.has(fn as EditorialCheck))) missing.push(file);
    }
    expect(missing).toEqual([]);
  });
});
