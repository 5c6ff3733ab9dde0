import type { OutletProfile as Profile } from '../core/types.ts';
import { formatPartialDate } from '../core/partial-date.ts';
import { Markup } from './Markup.tsx';
import { SourceList } from './SourceList.tsx';
import { CardSection, type Disclosure } from './CardSection.tsx';

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
    ['Owner', outlet.owner],
    ['Country', outlet.country],
    ['Founded', outlet.founded && formatPartialDate(outlet.founded)],
    ['Funding', outlet.funding],
    ['Domains', outlet.domains.join(', ')],
  ];
  return (
    <CardSection id={id} title="Publication profile" disclosure={disclosure}>
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
