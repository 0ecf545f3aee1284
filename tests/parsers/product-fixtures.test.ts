import { describe, expect, it } from 'vitest';
import { parseProductPage } from '@/lib/parsers/product-page';
import { loadProductPage, productFixtures } from './helpers/product-fixtures';

const fixtures = productFixtures();
const withPdp = fixtures.filter((f) => f.pdp);

describe('saved product pages parse exactly as expected', () => {
  it('covers every generation, the required locales and the special cases', () => {
    const names = fixtures.map((f) => f.name);
    for (const prefix of ['product-2022-', 'product-2023-', 'product-2024-']) expect(names.some((n) => n.startsWith(prefix)), prefix).toBe(true);
    for (const lang of ['en', 'pt-BR', 'de']) expect(fixtures.some((f) => f.html.includes(`<html lang="${lang}">`)), lang).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['product-2024-aggregation', 'product-2023-de-newcomer', 'product-2023-en-veteran', 'product-2024-hostile']));
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const result = parseProductPage(loadProductPage(fixture.html), { url: fixture.url });
    expect(result).toStrictEqual({ ok: true, data: fixture.expected });
  });

  it.each(withPdp.map((f) => [f.name, f] as const))('%s with its pdp JSON handed over', (_name, fixture) => {
    const result = parseProductPage(loadProductPage(fixture.html), { url: fixture.url, pdpResponse: fixture.pdp!.body });
    expect(result).toStrictEqual({ ok: true, data: fixture.pdp!.expected });
  });

  it.each(fixtures.filter((f) => f.html.includes('aca-fixture-late-store')).map((f) => [f.name, f] as const))(
    '%s: before the app draws the store block, the page is not readable yet',
    (_name, fixture) => {
      const doc = new DOMParser().parseFromString(fixture.html, 'text/html');
      expect(parseProductPage(doc, { url: fixture.url })).toEqual({ ok: false, reason: 'markup-changed', missing: ['store'] });
    },
  );
});

describe('Spanish (the German 2024 page with its words in Spanish)', () => {
  it('reads the same values from Spanish labels, dates and numbers', () => {
    const de = fixtures.find((f) => f.name === 'product-2024-de')!;
    const es = de.html
      .replace('<html lang="de">', '<html lang="es">')
      .replace('Verkauft von', 'Vendido por')
      .replace('(Händler)', '(Comerciante)')
      .replace('88 Bewertungen', '88 reseñas')
      .replace('500+ verkauft', '500+ vendidos')
      .replace('Geöffnet seit:', 'Abierta desde:')
      .replace('28. Okt. 2024', '28 oct. 2024')
      .replace('Shop-Nr.:', 'N.º de tienda:')
      .replace('Positive Bewertungen', 'Valoraciones positivas')
      .replace('Kostenloser Versand', 'Envío gratis')
      .replace('Lieferung: 05. - 12. Dez.', 'Entrega: 05 - 12 dic.')
      .replace('Farbe: Silber', 'Color: Plata');
    const result = parseProductPage(loadProductPage(es), { url: de.url });
    expect(result).toStrictEqual({
      ok: true,
      data: { ...de.expected, chosenOptions: ['Color: Plata'], shippingPromise: 'Envío gratis · Entrega: 05 - 12 dic.' },
    });
  });

  it('a numeric Spanish date that could be American is left out on an English page, read day-first on a Spanish one', () => {
    const de = fixtures.find((f) => f.name === 'product-2024-de')!;
    const numeric = de.html.replace('28. Okt. 2024', '03/07/2024');
    expect(parseProductPage(loadProductPage(numeric.replace('<html lang="de">', '<html lang="es">')), { url: de.url })).toMatchObject({
      ok: true,
      data: { store: { openedOn: '2024-07-03' } },
    });
    const english = parseProductPage(loadProductPage(numeric.replace('<html lang="de">', '<html lang="en">')), { url: de.url });
    expect(english.ok && english.data.store.openedOn).toBeUndefined();
  });
});
