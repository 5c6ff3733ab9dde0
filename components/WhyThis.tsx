import type { FiringRule } from '../core/types.ts';
import { CardSection, type Disclosure } from './CardSection.tsx';
import { t, type MessageKey } from './i18n.ts';

/** Why a mention was marked: the words, the alias and the rule that allowed it. */
export interface MarkReason {
  /** The words on the page. */
  surface: string;
  /** The alias they matched, as the entry writes it. */
  alias: string;
  rule: FiringRule;
}

/** Props of {@link WhyThis}. */
export interface WhyThisProps {
  reason: MarkReason;
  pack?: { name: string; version: string };
  /** Foldable when given. */
  disclosure?: Disclosure;
}

const RULE_WORDS: Record<FiringRule, MessageKey> = {
  always: 'cardRuleAlways',
  'after-full-name': 'cardRuleAfterFullName',
  'needs-context': 'cardRuleNeedsContext',
  'case-insensitive': 'cardRuleCaseInsensitive',
};

/** The "Why this?" section: how the mark came about and which pack it came from. */
export function WhyThis({ reason, pack, disclosure }: WhyThisProps) {
  return (
    <CardSection id="bs-why" title={t('cardWhyThis')} class="bs-why" disclosure={disclosure}>
      <p>{t('cardWhyMarked', reason.surface, reason.alias, t(RULE_WORDS[reason.rule]))}</p>
      {pack && (
        <p class="bs-muted">{t('cardWhyPack', pack.name, pack.version)}</p>
      )}
    </CardSection>
  );
}
