/**
 * The axe run every browser test uses: all rules that map to a WCAG 2.2 A/AA criterion, including
 * axe's experimental ones (label-content-name-mismatch for 2.5.3 Label in Name, p-as-heading,
 * td-has-header, table-fake-caption, css-orientation-lock), which a tag filter alone leaves off.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every rule with a WCAG tag, experimental or not. */
export const WCAG_RULES: string[] = axe.getRules(WCAG_TAGS).map((r) => r.ruleId);

export function wcagAxe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withRules(WCAG_RULES);
}
