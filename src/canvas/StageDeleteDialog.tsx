import { useTranslation } from 'react-i18next';
import { stageLabel } from '../domain/stageLabel';
import { useEditor } from '../store/services';
import { useModalDialog } from '../ui/useModalDialog';

interface Props {
  stageId: string;
  onClose(): void;
  /** `moveTo` is the stage that receives the touchpoints, or undefined to delete them too. */
  onDelete(moveTo?: string): void;
}

/** Asks what happens to a stage's touchpoints before the stage is deleted. */
export function StageDeleteDialog({ stageId, onClose, onDelete }: Props) {
  const { t } = useTranslation();
  const stages = useEditor((s) => s.journey?.stages ?? []);
  const count = useEditor((s) => s.journey?.touchpoints.filter((tp) => tp.stageId === stageId).length ?? 0);
  const index = stages.findIndex((s) => s.id === stageId);
  // The stage before takes the touchpoints; the first stage's go to the one after it.
  const neighbour = stages[index - 1] ?? stages[index + 1];
  const neighbourName = neighbour ? stageLabel(neighbour.name, t('stage.unnamed')) : '';
  // Deleted, the stage takes its delete button with it: focus goes to the neighbour's header, or the toolbar.
  const ref = useModalDialog(
    () =>
      document.querySelector<HTMLElement>(
        `[data-testid="stage-header"][data-stage-id="${neighbour?.id}"] [data-testid="delete-stage"]`,
      ) ?? document.querySelector<HTMLElement>('[data-testid="add-stage"]'),
  );
  const name = stageLabel(stages[index]?.name ?? '', t('stage.unnamed'));

  return (
    <dialog
      ref={ref}
      className="dialog nodrag nowheel"
      aria-labelledby="stage-delete-title"
      data-testid="stage-delete-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="stage-delete-title">{t('stage.deleteTitle', { name })}</h2>
      <p>
        {count === 0
          ? t('stage.deleteEmpty')
          : neighbour
            ? t('stage.deleteBody', { count, neighbour: neighbourName })
            : t('stage.deleteOnly', { count })}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          {t('card.cancel')}
        </button>
        {count > 0 && neighbour && (
          <button
            type="button"
            className="button"
            data-testid="stage-delete-move"
            onClick={() => onDelete(neighbour.id)}
          >
            {t('stage.moveTo', { name: neighbourName })}
          </button>
        )}
        {(count === 0 || stages.length > 1) && (
          <button
            type="button"
            className="button button--danger"
            data-testid="stage-delete-all"
            onClick={() => onDelete()}
          >
            {count === 0 ? t('stage.deleteConfirm') : t('stage.deleteWithTouchpoints', { count })}
          </button>
        )}
      </div>
    </dialog>
  );
}
