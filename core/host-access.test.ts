import { describe, expect, test } from 'vitest';
import { ALL_SITES, grantedOriginsOf, hostAccess, readableOrigins, readerRegistration, sameRegistration, siteOfUrl, siteOrigins } from './host-access.ts';

describe('siteOrigins and siteOfUrl', () => {
  test('a site covers its subdomains over both schemes; addresses and single names stand alone', () => {
    expect(siteOrigins('www.TheDuran.com')).toEqual(['http://*.theduran.com/*', 'https://*.theduran.com/*']);
    expect(siteOrigins('127.0.0.1')).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    expect(siteOrigins('localhost')).toEqual(['http://localhost/*', 'https://localhost/*']);
    expect(siteOrigins('*.example.com')).toBeNull();
    expect(siteOrigins('')).toBeNull();
  });

  test('only web pages have a site', () => {
    expect(siteOfUrl('https://www.bbc.co.uk/news/x?y#z')).toBe('bbc.co.uk');
    expect(siteOfUrl('http://127.0.0.1:8080/seed/source.html')).toBe('127.0.0.1');
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///tmp/a.html', 'not a url', undefined]) expect(siteOfUrl(url)).toBeNull();
  });
});

describe('readableOrigins and hostAccess', () => {
  test('every web page granted reads as every site, however the browser spells it', () => {
    expect(hostAccess([...ALL_SITES])).toEqual({ kind: 'all' });
    expect(hostAccess(['<all_urls>'])).toEqual({ kind: 'all' });
    expect(hostAccess(['*://*/*'])).toEqual({ kind: 'all' });
    // One scheme only is not every site.
    expect(hostAccess(['https://*/*'])).toEqual({ kind: 'none' });
  });

  test('site grants are listed once each; patterns for other schemes are left out', () => {
    const granted = ['*://*.theduran.com/*', 'https://example.com/*', 'http://example.com/*', 'chrome://favicon/*', 'file:///*', 'moz-extension://x/*'];
    expect(readableOrigins(granted)).toEqual(['*://*.theduran.com/*', 'http://example.com/*', 'https://example.com/*']);
    expect(hostAccess(granted)).toEqual({ kind: 'sites', sites: ['example.com', 'theduran.com'] });
    expect(grantedOriginsOf(granted, 'example.com')).toEqual(['https://example.com/*', 'http://example.com/*']);
    expect(hostAccess([])).toEqual({ kind: 'none' });
  });
});

describe('readerRegistration', () => {
  test('registered for exactly the readable origins, at document start, surviving restarts', () => {
    expect(readerRegistration(['*://*.theduran.com/*', 'chrome://favicon/*'])).toEqual({
      id: 'backstory-reader',
      matches: ['*://*.theduran.com/*'],
      js: ['content-scripts/article.js'],
      css: ['content-scripts/article.css'],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    });
    expect(readerRegistration(['chrome://favicon/*'])).toBeNull();
  });

  test('a registration that already matches is left alone; any difference rewrites it', () => {
    const wanted = readerRegistration([...ALL_SITES])!;
    expect(sameRegistration({ ...wanted, matches: [...wanted.matches].reverse() }, wanted)).toBe(true);
    expect(sameRegistration({ ...wanted, matches: ['https://*/*'] }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, js: ['other.js'] }, wanted)).toBe(false);
    expect(sameRegistration(undefined, null)).toBe(true);
    expect(sameRegistration(undefined, wanted)).toBe(false);
    expect(sameRegistration(wanted, null)).toBe(false);
  });
});
