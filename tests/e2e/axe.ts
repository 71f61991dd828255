import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

export interface Violation {
  rule: string;
  impact: ImpactValue;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page or frame as it is now (open shadow roots included) and returns the serious and
 * critical violations. axe is evaluated through the debugging protocol, so extension pages' CSP does
 * not stop it.
 */
export async function seriousAxeViolations(page: Page | Frame): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  );
  return results.violations
    .filter((violation) => BLOCKING.includes(violation.impact ?? null))
    .map(({ id, impact, help, nodes }) => ({
      rule: id,
      impact: impact ?? null,
      help,
      targets: nodes.map((node) => JSON.stringify(node.target)),
    }));
}
