import { useTranslation } from 'react-i18next';
import { TEMPLATE_CARDS, type TemplateId } from '../domain/templates/catalog';
import { currentLocale } from '../i18n/i18n';

/** Stable test ids of the template buttons (see AUTOMATION.md). */
const TEST_IDS: Record<TemplateId, string> = {
  'me-uno': 'template-me-uno',
  'me-quejo': 'template-me-quejo',
  'me-voy': 'template-me-voy',
};

/** The templates a new journey can start from, listed inline on the library page. */
export function TemplatePicker({ onPick, disabled }: { onPick(id: TemplateId): void; disabled: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <section className="templates" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('library.templatesTitle')}</h2>
      <ul className="templates__list">
        {TEMPLATE_CARDS.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              className="template-button"
              data-testid={TEST_IDS[template.id]}
              data-opens-journey
              disabled={disabled}
              onClick={() => onPick(template.id)}
            >
              <span className="template-button__name">{template.name[locale]}</span>
              <span className="template-button__description">{template.description[locale]}</span>
              <span className="template-button__counts">
                {t('library.templateCounts', {
                  stages: template.stages,
                  touchpoints: template.touchpoints,
                })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
