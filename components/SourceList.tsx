import type { Source } from '../core/types.ts';

/** Props of {@link SourceList}. */
export interface SourceListProps {
  sources: Source[];
  /** Smaller, inline rendering under a perspective. */
  compact?: boolean;
}

/** Whether a URL may become a link on the page: http(s) only. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Sources as links that open in a new tab with no opener and no referrer. */
export function SourceList({ sources, compact = false }: SourceListProps) {
  return (
    <ul class={compact ? 'bs-sources bs-sources--compact' : 'bs-sources'}>
      {sources.map((s) => (
        <li key={s.url}>
          {isWebUrl(s.url) ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            <span>{s.title}</span>
          )}
          <span class="bs-publisher"> — {s.publisher}</span>
        </li>
      ))}
    </ul>
  );
}
