import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneySnapshot } from '../../../../shared/ops/journeys';
import { api } from '../../../api/client';
import { showError, showSuccess } from '../../../ui/feedback';
import { errorText } from '../../../i18n/errorText';
import { formatDateTime } from '../../../lib/format';
import { JourneyPicker } from '../map/JourneyPicker';
import { CURRENT, useSnapshots, useVersionComparison, type VersionPick } from './useVersions';
import { VersionResultView } from './VersionResultView';

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** Save named versions of a journey map and compare two of them (or one with the map as it is now). */
export function VersionsTab({ journeyId, onJourney }: { journeyId: string | null; onJourney(id: string): void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const snapshots = useSnapshots(journeyId);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [picks, setPicks] = useState<{ journeyId: string | null; before: VersionPick | null; after: VersionPick }>({ journeyId, before: null, after: CURRENT });
  // Picks belong to one journey: another journey starts again from its latest version against the current map.
  const list = snapshots.list;
  const before = picks.journeyId === journeyId ? picks.before : null;
  const after = picks.journeyId === journeyId ? picks.after : CURRENT;
  const defaultBefore = before ?? list?.[0]?.id ?? null;
  const cmp = useVersionComparison(journeyId, defaultBefore, after);

  const save = async () => {
    if (!journeyId) return;
    const label = name.trim() || t('compare.versions.defaultName', { date: thisMonth() });
    setSaving(true);
    try {
      const snap = await api['journeys.snapshot']({ journeyId, name: label });
      showSuccess(t('compare.versions.saved', { name: snap.name }));
      setName('');
      await snapshots.reload();
      setPicks({ journeyId, before: snap.id, after: CURRENT });
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  const versionOptions = (withCurrent: boolean) => [
    ...(withCurrent ? [{ value: CURRENT, label: t('compare.versions.current') }] : []),
    ...(list ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${formatDateTime(s.createdAt, locale)}` })),
  ];
  const labelOf = (pick: VersionPick | null) => (pick === CURRENT ? t('compare.versions.current') : (list?.find((s) => s.id === pick)?.name ?? ''));

  return (
    <div className="ja-cmp-versions">
      <div className="ja-cmp-toolbar">
        <JourneyPicker value={journeyId} onChange={onJourney} />
      </div>
      <Typography.Paragraph type="secondary">{t('compare.versions.intro')}</Typography.Paragraph>
      {snapshots.error ? <Alert type="error" showIcon title={t('compare.versions.loadFailed')} description={errorText(t, snapshots.error)} className="ja-block" /> : null}

      <section className="ja-cmp-snapshots" aria-labelledby="cmp-snapshots-title">
        <Typography.Title level={3} className="ja-cmp-subtitle" id="cmp-snapshots-title">
          {t('compare.versions.snapshots')}
        </Typography.Title>
        <form
          className="ja-cmp-toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Input
            aria-label={t('compare.versions.name')}
            placeholder={t('compare.versions.namePlaceholder', { date: thisMonth() })}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            className="ja-cmp-snapshot-name"
            disabled={!journeyId}
          />
          <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={saving} disabled={!journeyId}>
            {t('compare.versions.save')}
          </Button>
        </form>
        <Table<JourneySnapshot>
          size="small"
          rowKey="id"
          aria-label={t('compare.versions.snapshots')}
          loading={journeyId !== null && list === null && !snapshots.error}
          dataSource={list ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('compare.versions.none') }}
          columns={[
            { key: 'name', title: t('compare.versions.name'), render: (_, s) => <span className="ja-wrap">{s.name}</span> },
            { key: 'created', title: t('compare.versions.created'), width: 220, render: (_, s) => formatDateTime(s.createdAt, locale) },
            { key: 'touchpoints', title: t('compare.versions.touchpoints'), width: 120, align: 'right', dataIndex: 'touchpoints' },
          ]}
        />
      </section>

      {list && list.length > 0 ? (
        <section className="ja-cmp-version-compare" aria-label={t('compare.versions.compare')}>
          <div className="ja-cmp-toolbar">
            <label className="ja-cmp-control">
              <span>{t('compare.versions.before')}</span>
              <Select<string>
                aria-label={t('compare.versions.before')}
                className="ja-cmp-version"
                placeholder={t('compare.versions.pick')}
                value={defaultBefore ?? undefined}
                popupMatchSelectWidth={false}
                options={versionOptions(false)}
                onChange={(v) => setPicks({ journeyId, before: v, after })}
              />
            </label>
            <label className="ja-cmp-control">
              <span>{t('compare.versions.after')}</span>
              <Select<string>
                aria-label={t('compare.versions.after')}
                className="ja-cmp-version"
                value={after}
                popupMatchSelectWidth={false}
                options={versionOptions(true)}
                onChange={(v) => setPicks({ journeyId, before: defaultBefore, after: v })}
              />
            </label>
          </div>
          {cmp.error ? <Alert type="error" showIcon title={t('compare.versions.loadFailed')} description={errorText(t, cmp.error)} className="ja-block" /> : null}
          {cmp.loading ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
          {cmp.result ? <VersionResultView result={cmp.result} beforeLabel={labelOf(defaultBefore)} afterLabel={labelOf(after)} /> : null}
        </section>
      ) : null}
    </div>
  );
}
