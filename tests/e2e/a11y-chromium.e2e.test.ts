import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumDriver, CHROME_BUILD } from './drivers.ts';
import { describeAccessibility } from './a11y-spec.ts';
import { launchChromium, type ChromiumHarness } from './harness/chromium.ts';
import { auditDocument, type AxeViolation } from './a11y.ts';

describe('accessibility in Chromium', () => describeAccessibility(() => chromiumDriver(), { panel: true }));

describe('accessibility of the options page in Chromium', () => {
  let harness: ChromiumHarness;
  let options: Page;

  beforeAll(async () => {
    harness = await launchChromium(CHROME_BUILD);
    options = await harness.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Backstory', level: 1 }).waitFor();
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('the options page has no axe violations', async () => {
    const violations = (await options.evaluate(auditDocument())) as AxeViolation[];
    expect(violations).toEqual([]);
  });
});
