/**
 * Site access for the extension's own pages (welcome, options): what the browser has granted,
 * kept current as grants change anywhere, and the reader's requests to change it.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES, grantedOriginsOf, hostAccess } from '../core/host-access.ts';
import type { SiteAccessProps } from '../components/SiteAccess.tsx';

export function useSiteAccess(): SiteAccessProps {
  const [granted, setGranted] = useState<string[] | null>(null);
  const [refused, setRefused] = useState(false);

  const read = () =>
    browser.permissions.getAll().then(
      ({ origins = [] }) => setGranted(origins),
      () => setGranted([]),
    );
  useEffect(() => {
    void read();
    const changed = () => void read();
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  }, []);

  return {
    access: granted && hostAccess(granted),
    refused,
    // The request is made before anything is awaited: browsers allow it only while the click is handled.
    onAllowAll: () => {
      setRefused(false);
      void browser.permissions.request({ origins: [...ALL_SITES] }).then(
        (ok) => {
          setRefused(!ok);
          return read();
        },
        () => setRefused(true),
      );
    },
    onOnlyChosen: () => {
      setRefused(false);
      void browser.permissions.remove({ origins: [...ALL_SITES] }).finally(read);
    },
    onRemoveSite: (site) => {
      const origins = grantedOriginsOf(granted ?? [], site);
      if (origins.length) void browser.permissions.remove({ origins }).finally(read);
    },
  };
}
