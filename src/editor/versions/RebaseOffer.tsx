import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rebaseToBe } from '../../domain/commands/versionCommands';
import { newAsIsTouchpoints } from '../../domain/versions/rebase';
import { useEditor, useServices } from '../../store/services';
import { useStoredJourney } from './useVersionLinks';
import type { VersionLinks } from './useVersionLinks';

/**
 * On a to-be: "3 new touchpoints in the as-is", when its as-is gained touchpoints since the to-be was made
 * or last re-based. The user reviews them and takes some or all, or dismisses them; either is one undoable
 * step and records them all as seen (those left unticked too, as the list says). Nothing is taken unless
 * chosen. Hidden on a read-only share.
 */
export function RebaseOffer({ asIs }: { asIs: NonNullable<VersionLinks['asIs']> }) {
  const { t } = useTranslation();
  const { editor } = useServices();
  const uid = useId();
  const toBe = useEditor((s) => s.journey);
  const readOnly = useEditor((s) => s.readOnly);
  const stored = useStoredJourney(asIs.id, asIs.revision);
  const [open, setOpen] = useState(false);
  // Ids left unticked; every offered touchpoint starts ticked.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const source = stored.status === 'ready' ? stored.journey : null;
  const offered = useMemo(() => (toBe && source ? newAsIsTouchpoints(toBe, source) : []), [toBe, source]);
  if (!source || offered.length === 0 || readOnly) return null;

  const stageName = new Map(source.stages.map((s) => [s.id, s.name]));
  const chosen = offered.filter((tp) => !unticked.has(tp.id)).map((tp) => tp.id);
  const take = (ids: string[]) => {
    editor.getState().run(rebaseToBe, { asIs: source, take: ids, offered: offered.map((tp) => tp.id) });
    setOpen(false);
    setUnticked(new Set());
  };
  const toggle = (id: string, ticked: boolean) => {
    const next = new Set(unticked);
    if (ticked) next.delete(id);
    else next.add(id);
    setUnticked(next);
  };

  return (
    <section className="alert alert--info rebase-offer" data-testid="rebase-offer" aria-labelledby={`${uid}-title`}>
      <strong id={`${uid}-title`}>{t('versions.rebase.offer', { count: offered.length })}</strong>
      <span className="hint">{t('versions.rebase.hint')}</span>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={`${uid}-list`}
        data-testid="rebase-review"
        onClick={() => setOpen(!open)}
      >
        {open ? t('versions.rebase.hideList') : t('versions.rebase.review')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="rebase-take-all"
        onClick={() => take(offered.map((tp) => tp.id))}
      >
        {t('versions.rebase.takeAll')}
      </button>
      <button
        type="button"
        className="button button--ghost"
        data-testid="rebase-dismiss"
        title={t('versions.rebase.dismissHint')}
        onClick={() => take([])}
      >
        {t('versions.rebase.dismiss')}
      </button>
      {open && (
        <fieldset id={`${uid}-list`} className="rebase-offer__list">
          <legend>{t('versions.rebase.listLabel')}</legend>
          {offered.map((tp) => (
            <label key={tp.id}>
              <input
                type="checkbox"
                data-testid="rebase-item"
                value={tp.id}
                checked={!unticked.has(tp.id)}
                onChange={(e) => toggle(tp.id, e.target.checked)}
              />{' '}
              {tp.title || t('touchpoint.untitled')}{' '}
              <span className="hint">{t('versions.rebase.inStage', { stage: stageName.get(tp.stageId) ?? '' })}</span>
            </label>
          ))}
          <div>
            <button
              type="button"
              className="button button--primary"
              data-testid="rebase-take"
              disabled={chosen.length === 0}
              aria-describedby={`${uid}-unticked`}
              onClick={() => take(chosen)}
            >
              {t('versions.rebase.takeSelected', { count: chosen.length })}
            </button>{' '}
            <span id={`${uid}-unticked`} className="hint">
              {t('versions.rebase.untickedHint')}
            </span>
          </div>
        </fieldset>
      )}
    </section>
  );
}
