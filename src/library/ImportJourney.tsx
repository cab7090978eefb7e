import { Upload } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../store/services';
import { restoreErrorMessage } from '../i18n/restoreErrorMessage';
import { JsonFileButton } from '../ui/JsonFileButton';
import './ImportJourney.css';

/** Imports a journey file into the library; a bad file is explained and changes nothing. */
export function ImportJourney() {
  const { t } = useTranslation();
  const { library } = useServices();
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  const importFile = async (file: File) => {
    try {
      const result = await library.getState().importFile(await file.text(), file.size);
      setMessage(
        result.ok
          ? { kind: 'done', text: t('import.done', { name: result.name, count: result.repairs }) }
          : {
              kind: 'error',
              text: t('import.failed', { file: file.name, reason: restoreErrorMessage(t, result.error) }),
            },
      );
    } catch (error) {
      setMessage({ kind: 'error', text: t('import.failed', { file: file.name, reason: String(error) }) });
    }
  };

  return (
    <div className="import">
      <JsonFileButton
        icon={Upload}
        label={t('import.button')}
        testId="import-journey-input"
        onFile={(file) => void importFile(file)}
      />
      {message?.kind === 'error' && (
        <p className="alert alert--error" role="alert" data-testid="import-error">
          {message.text}
        </p>
      )}
      {message?.kind === 'done' && (
        <p className="alert alert--info" role="status" data-testid="import-done">
          {message.text}
        </p>
      )}
    </div>
  );
}
