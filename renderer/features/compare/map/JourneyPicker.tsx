import { Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useJourneys } from '../../journeys';

/** The journey shown on the map and versions tabs. */
export function JourneyPicker({ value, onChange }: { value: string | null; onChange(id: string): void }) {
  const { t } = useTranslation();
  const { items, loaded, loading, load } = useJourneys();
  useEffect(() => {
    if (!loaded && !loading) void load();
  }, [loaded, loading, load]);
  return (
    <label className="ja-cmp-control">
      <span>{t('compare.map.journey')}</span>
      <Select<string>
        aria-label={t('compare.map.journey')}
        className="ja-cmp-journey"
        placeholder={t('compare.map.journeyPlaceholder')}
        value={value ?? undefined}
        loading={!loaded}
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
        options={items.map((j) => ({ value: j.id, label: j.name }))}
        onChange={onChange}
      />
    </label>
  );
}

/** The first journey of the workspace, once the list is loaded. */
export function useFirstJourney(): string | null {
  return useJourneys((s) => s.items[0]?.id ?? null);
}
