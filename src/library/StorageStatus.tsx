import { HardDrive, ShieldCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../domain/locale';
import { numberTag } from '../domain/numberRegion';
import { currentLocale } from '../i18n/i18n';
import { readStorageInfo, requestPersistence, type StorageInfo } from '../storage/browserStorage';
import './StorageStatus.css';

/** A size in the locale's words: "0 bytes", "1 byte", "3.4 kB", "12 GB" (1,024 to the next unit). */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(numberTag(locale), {
    style: 'unit',
    unit: units[unit],
    // Bytes in full, so a count agrees with its word ("0 bytes"; short, every count reads "byte").
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** Whether the browser may clear this site's journeys, and how much space they take. */
export function StorageStatus({ journeyCount }: { journeyCount: number }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<StorageInfo | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = async () => {
      // Persistence is worth asking for once there is something to lose.
      if (journeyCount > 0) await requestPersistence();
      const next = await readStorageInfo();
      if (live) setInfo(next);
    };
    void refresh();
    return () => {
      live = false;
    };
  }, [journeyCount]);

  if (!info) return null;
  const locale = currentLocale();
  return (
    <p className="storage-status" data-testid="storage-status" data-persisted={String(info.persisted)}>
      {info.persisted ? <ShieldCheck size={16} aria-hidden="true" /> : <HardDrive size={16} aria-hidden="true" />}
      <span>{info.persisted ? t('storage.persisted') : t('storage.notPersisted')}</span>
      {info.usage !== null && info.quota !== null && (
        <span className="storage-status__usage">
          {t('storage.usage', { used: formatBytes(info.usage, locale), quota: formatBytes(info.quota, locale) })}
        </span>
      )}
    </p>
  );
}
