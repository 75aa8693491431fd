import type { Answer } from '../../domain/answer.ts';
import { formatPercent } from '../../domain/rate.ts';
import type { Criterion } from '../../domain/schemas/catalogue.ts';
import type { CriterionScore } from '../../domain/scoring.ts';
import type { AnswerPatch } from '../data/results.ts';
import { t } from '../i18n.ts';
import { FigureInput } from './FigureInput.tsx';
import { StoredText } from './StoredText.tsx';

export interface AnswerEntryProps {
  criterion: Criterion;
  answer: Answer | undefined;
  score: CriterionScore;
  disabled: boolean;
  onAnswer: (patch: AnswerPatch) => void;
}

function errorFor(score: CriterionScore, field: 'numerator' | 'denominator' | 'count'): string | undefined {
  return score.status === 'invalid' ? score.errors.find((e) => e.field === field)?.message : undefined;
}

/** The entry that fits the criterion's measure: two figures and their rate, yes/no, a count, or text. */
export function AnswerEntry({ criterion, answer, score, disabled, onAnswer }: AnswerEntryProps) {
  const { measure } = criterion;
  const prefix = `c-${criterion.id}`;
  switch (measure.type) {
    case 'percent':
      return (
        <div class="answer-percent">
          <FigureInput
            id={`${prefix}-num`}
            label={measure.numeratorLabel}
            value={answer?.numerator ?? null}
            error={errorFor(score, 'numerator')}
            disabled={disabled}
            onStore={(numerator) => onAnswer({ numerator })}
          />
          <FigureInput
            id={`${prefix}-den`}
            label={measure.denominatorLabel}
            value={answer?.denominator ?? null}
            error={errorFor(score, 'denominator')}
            disabled={disabled}
            onStore={(denominator) => onAnswer({ denominator })}
          />
          <p class="rate" data-testid="rate" aria-live="polite">
            {t('rate')}: <strong>{score.rate ? formatPercent(score.rate.percent) : '–'}</strong>
          </p>
        </div>
      );
    case 'yesNo':
      return (
        <fieldset class="yes-no">
          <legend class="visually-hidden">
            {criterion.id}: {t('yes')} / {t('no')}
          </legend>
          {([true, false] as const).map((value) => (
            <button
              key={String(value)}
              type="button"
              class={`btn toggle ${answer?.yesNo === value ? 'toggle-on' : ''}`}
              aria-pressed={answer?.yesNo === value}
              disabled={disabled}
              onClick={() => onAnswer({ yesNo: answer?.yesNo === value ? null : value })}
            >
              {answer?.yesNo === value && <span aria-hidden="true">✓ </span>}
              {value ? t('yes') : t('no')}
            </button>
          ))}
        </fieldset>
      );
    case 'count':
      return (
        <FigureInput
          id={`${prefix}-count`}
          label={t('countValue')}
          unit={measure.unit}
          value={answer?.count ?? null}
          error={errorFor(score, 'count')}
          disabled={disabled}
          onStore={(count) => onAnswer({ count })}
        />
      );
    case 'text':
      return (
        <StoredText
          id={`${prefix}-text`}
          label={t('textAnswer')}
          value={answer?.text ?? ''}
          multiline
          disabled={disabled}
          maxLength={10_000}
          onStore={(text) => onAnswer({ text: text === '' ? null : text })}
        />
      );
  }
}
