import type { FiringRule } from '../core/types.ts';
import { CardSection, type Disclosure } from './CardSection.tsx';

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

const RULE_WORDS: Record<FiringRule, string> = {
  always: 'a name Backstory recognises on its own',
  'after-full-name': 'a short form, allowed because the full name appears earlier in this article',
  'needs-context': 'a name that needs context, allowed because words that pin it down appear in this article',
  'case-insensitive': 'a phrase recognised in any capitalisation',
};

/** The "Why this?" section: how the mark came about and which pack it came from. */
export function WhyThis({ reason, pack, disclosure }: WhyThisProps) {
  return (
    <CardSection id="bs-why" title="Why this?" class="bs-why" disclosure={disclosure}>
      <p>
        Marked because “{reason.surface}” matches the alias “{reason.alias}”: {RULE_WORDS[reason.rule]}.
      </p>
      {pack && (
        <p class="bs-muted">
          From the pack {pack.name}, version {pack.version}.
        </p>
      )}
    </CardSection>
  );
}
