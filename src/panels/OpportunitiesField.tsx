import { Plus, Trash2 } from 'lucide-react';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { addOpportunity, removeOpportunity, updateOpportunity } from '../domain/commands/opportunityCommands';
import { createId } from '../domain/ids';
import type { Opportunity } from '../domain/journey';
import { LIMITS } from '../domain/limits';
import { OPPORTUNITY_STATUSES, PRIORITIES, type OpportunityStatus, type Priority } from '../domain/fields';
import { useEditor } from '../store/services';
import { useVocabulary } from '../ui/useVocabulary';
import './OpportunitiesField.css';

/**
 * The improvement ideas of one pain point: title, owning function, priority and status, each change a
 * command in the one undo history.
 */
export const OpportunitiesField = memo(function OpportunitiesField({ touchpointId }: { touchpointId: string }) {
  const { t } = useTranslation();
  const uid = useId();
  const run = useEditor((s) => s.run);
  const opportunities = useEditor(
    useShallow((s) => (s.journey?.opportunities ?? []).filter((o) => o.touchpointId === touchpointId)),
  );

  const add = () => {
    const id = createId();
    run(addOpportunity, { touchpointId, id });
    // The new opportunity's title, ready to type into.
    requestAnimationFrame(() => document.getElementById(`${uid}-${id}-title`)?.focus());
  };

  return (
    <section className="opportunities" aria-labelledby={`${uid}-title`} data-testid="opportunities">
      <h3 id={`${uid}-title`} className="panel-field__label">
        {t('panels.opportunities.title')}
      </h3>
      <p className="hint">
        {opportunities.length === 0 ? t('panels.opportunities.none') : t('panels.opportunities.hint')}
      </p>
      <ol className="opportunities__list">
        {opportunities.map((opportunity, index) => (
          <OpportunityRow key={opportunity.id} uid={uid} opportunity={opportunity} n={index + 1} />
        ))}
      </ol>
      <button type="button" className="button" data-testid="opportunity-add" onClick={add}>
        <Plus size={14} aria-hidden="true" />
        {t('panels.opportunities.add')}
      </button>
    </section>
  );
});

function OpportunityRow({ uid, opportunity, n }: { uid: string; opportunity: Opportunity; n: number }) {
  const { t } = useTranslation();
  const run = useEditor((s) => s.run);
  const { functions } = useVocabulary();
  const id = `${uid}-${opportunity.id}`;
  const set = (fields: Parameters<typeof updateOpportunity.apply>[1]['fields']) =>
    run(updateOpportunity, { id: opportunity.id, fields });

  return (
    <li className="opportunities__row" data-testid="opportunity" data-opportunity-id={opportunity.id}>
      <label htmlFor={`${id}-title`} className="panel-field__label">
        {t('panels.opportunities.titleLabel', { n })}
      </label>
      <input
        id={`${id}-title`}
        data-testid="field-opportunity-title"
        dir="auto"
        maxLength={LIMITS.opportunityTitle}
        value={opportunity.title}
        placeholder={t('panels.opportunities.titlePlaceholder')}
        onChange={(e) => set({ title: e.target.value })}
      />
      <div className="opportunities__selects">
        <label>
          <span className="panel-field__label">{t('panels.opportunities.owner')}</span>
          <select
            data-testid="field-opportunity-owner"
            value={opportunity.functionId ?? ''}
            onChange={(e) => set({ functionId: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('panels.inspector.noFunction')}</option>
            {functions.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="panel-field__label">{t('panels.opportunities.priority')}</span>
          <select
            data-testid="field-opportunity-priority"
            value={opportunity.priority}
            onChange={(e) => set({ priority: e.target.value as Priority })}
          >
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`panels.opportunities.priorities.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="panel-field__label">{t('panels.opportunities.status')}</span>
          <select
            data-testid="field-opportunity-status"
            value={opportunity.status}
            onChange={(e) => set({ status: e.target.value as OpportunityStatus })}
          >
            {OPPORTUNITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`panels.opportunities.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button
        type="button"
        className="button button--ghost opportunities__remove"
        data-testid="opportunity-remove"
        aria-label={t('panels.opportunities.remove', { n })}
        onClick={() => run(removeOpportunity, { id: opportunity.id })}
      >
        <Trash2 size={14} aria-hidden="true" />
      </button>
    </li>
  );
}
