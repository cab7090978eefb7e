import { useTranslation } from 'react-i18next';
import type { Persona } from '../../domain/journey';
import { personaName } from '../../i18n/personaName';

/**
 * The personas an import brings (a table's persona columns, a Mermaid diagram's actors), named as the
 * toolbar, the curve and the exports name them (an unnamed one "Persona 1"); nothing when the journey has only its unnamed main persona, as before personas.
 */
export function ImportPersonas({
  personas,
  as: Tag = 'p',
}: {
  personas: readonly Pick<Persona, 'name'>[];
  /** `span` inside a button, where a paragraph may not go. */
  as?: 'p' | 'span';
}) {
  const { t } = useTranslation();
  if (personas.length < 2 && !personas[0]?.name.trim()) return null;
  const names = personas.map((p, index) => personaName(t, p.name, index + 1));
  return (
    <Tag className="hint import-personas" data-testid="import-personas">
      {t('import.personas', { count: names.length, names: names.join(', ') })}
    </Tag>
  );
}
