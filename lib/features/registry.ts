import type { PageKind } from '../pages/detect';

/** What a feature gets to work with. Features never reach storage except through `send`. */
export interface FeatureContext {
  document: Document;
  url: URL;
  pageKind: PageKind;
  /** Aborted when the page navigates elsewhere or the extension is reloaded. */
  signal: AbortSignal;
  clock: () => Date;
}

export interface Feature {
  /** kebab-case, unique; names the feature in logs. */
  id: string;
  /** The page kinds it runs on. */
  include: readonly PageKind[];
  run(context: FeatureContext): void | Promise<void>;
}

/**
 * Runs every feature that applies to the page, each isolated: one that throws or rejects is
 * logged once under its id and never stops the others.
 */
export async function runFeatures(features: readonly Feature[], context: FeatureContext): Promise<void> {
  const applicable = features.filter((feature) => feature.include.includes(context.pageKind));
  const results = await Promise.allSettled(applicable.map(async (feature) => feature.run(context)));
  results.forEach((result, index) => {
    if (result.status === 'rejected') {
      console.warn(`[AliExpress Claim Assistant] feature "${applicable[index]!.id}" failed:`, result.reason);
    }
  });
}
