import type { OutletProfile as Profile } from '../core/types.ts';
import { Markup } from './Markup.tsx';
import { SourceList } from './SourceList.tsx';
import { CardSection, type Disclosure } from './CardSection.tsx';
import { formatDate, t } from './i18n.ts';

/** Props of {@link OutletProfile}. */
export interface OutletProfileProps {
  outlet: Profile;
  /** Element id base (the card and the panel can both show a profile at once). */
  id?: string;
  /** Foldable when given. */
  disclosure?: Disclosure;
}

/** A publication's ownership, funding and third-party assessments, each attributed. */
export function OutletProfile({ outlet, id = 'bs-outlet', disclosure }: OutletProfileProps) {
  const facts: [string, string | undefined][] = [
    [t('cardOutletOwner'), outlet.owner],
    [t('cardOutletCountry'), outlet.country],
    [t('cardOutletFounded'), outlet.founded && formatDate(outlet.founded)],
    [t('cardOutletFunding'), outlet.funding],
    [t('cardOutletDomains'), outlet.domains.join(', ')],
  ];
  return (
    <CardSection id={id} title={t('cardOutletProfile')} disclosure={disclosure}>
      <dl class="bs-facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {(outlet.assessments ?? []).length > 0 && (
        <ul class="bs-views">
          {outlet.assessments!.map((a) => (
            <li class="bs-view" key={a.by}>
              <p class="bs-holder">{a.by}</p>
              <Markup text={a.text} />
              <SourceList sources={[a.source]} compact />
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  );
}
