import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Factor } from '../../../../shared/domain/survey/types';
import { factorOptions, groupingOptions } from '../options';
import type { DraftLink, LinkKind } from './draft';
import { useLinkTargets } from './linkTargets';

interface Props {
  index: number;
  link: DraftLink;
  onChange: (link: DraftLink) => void;
}

const NONE = 'none';
const ANY = 'any';

function emptyLink(kind: LinkKind): DraftLink {
  switch (kind) {
    case 'touchpoint':
      return { kind, id: null, journeyId: null, factor: null };
    case 'grouping':
      return { kind, grouping: null };
    default:
      return { kind, id: null };
  }
}

/** What a question measures: a touchpoint (journey, then touchpoint, then factor), a journey, a department or an engagement grouping. */
export function LinkField({ index, link, onChange }: Props) {
  const { t } = useTranslation();
  const { journeys, departments, touchpoints, loaded, loading } = useLinkTargets();
  const missing = t('surveys.link.missing');
  const known = (id: string | null, ids: string[]) => (id === null || !loaded || ids.includes(id) ? [] : [{ value: id, label: missing }]);

  const kindSelect = (
    <Select<string>
          size="small"
      aria-label={t('surveys.link.labelOf', { index })}
      value={link?.kind ?? NONE}
      className="ja-q-link-kind"
      popupMatchSelectWidth={false}
      options={[
        { value: NONE, label: t('surveys.link.none') },
        { value: 'touchpoint', label: t('surveys.link.touchpoint') },
        { value: 'journey', label: t('surveys.link.journey') },
        { value: 'department', label: t('surveys.link.department') },
        { value: 'grouping', label: t('surveys.link.grouping') },
      ]}
      onChange={(kind) => onChange(kind === NONE ? null : emptyLink(kind as LinkKind))}
    />
  );

  const journeyOptions = journeys.map((j) => ({ value: j.id, label: j.name }));
  const common = { loading: loading && !loaded, showSearch: { optionFilterProp: 'label' }, notFoundContent: loaded ? undefined : null, popupMatchSelectWidth: false } as const;

  let detail = null;
  if (link?.kind === 'touchpoint') {
    const ref = link.id ? touchpoints.get(link.id) : undefined;
    const journeyId = link.journeyId ?? ref?.journey.id ?? null;
    const journey = journeys.find((j) => j.id === journeyId);
    const stageName = new Map(journey?.stages.map((s) => [s.id, s.name]) ?? []);
    const byStage = new Map<string, { value: string; label: string }[]>();
    for (const tp of journey?.touchpoints ?? []) {
      const list = byStage.get(tp.stageId) ?? [];
      list.push({ value: tp.id, label: tp.title });
      byStage.set(tp.stageId, list);
    }
    const tpOptions = (journey?.stages ?? []).filter((s) => byStage.has(s.id)).map((s) => ({ label: stageName.get(s.id) ?? '', title: s.name, options: byStage.get(s.id)! }));
    detail = (
      <>
        <Select<string>
          size="small"
          {...common}
          aria-label={t('surveys.link.journeyOf', { index })}
          placeholder={t('surveys.link.pickJourney')}
          className="ja-q-link-target"
          value={journeyId ?? undefined}
          options={journeyOptions}
          notFoundContent={loaded ? t('surveys.link.noJourneys') : null}
          onChange={(id) => onChange({ ...link, journeyId: id, id: null })}
        />
        <Select<string>
          size="small"
          {...common}
          aria-label={t('surveys.link.touchpointOf', { index })}
          placeholder={t('surveys.link.pickTouchpoint')}
          className="ja-q-link-target"
          value={link.id ?? undefined}
          disabled={!journeyId}
          options={[...tpOptions, ...(link.id && !ref ? known(link.id, []) : [])]}
          onChange={(id) => onChange({ ...link, id, journeyId })}
        />
        <Select<string>
          size="small"
          aria-label={t('surveys.link.factorOf', { index })}
          className="ja-q-link-factor"
          value={link.factor ?? ANY}
          popupMatchSelectWidth={false}
          options={[{ value: ANY, label: t('surveys.link.anyFactor') }, ...factorOptions(t)]}
          onChange={(f) => onChange({ ...link, factor: f === ANY ? null : (f as Factor) })}
        />
      </>
    );
  } else if (link?.kind === 'journey') {
    detail = (
      <Select<string>
          size="small"
        {...common}
        aria-label={t('surveys.link.journeyOf', { index })}
        placeholder={t('surveys.link.pickJourney')}
        className="ja-q-link-target"
        value={link.id ?? undefined}
        options={[...journeyOptions, ...known(link.id, journeys.map((j) => j.id))]}
        notFoundContent={loaded ? t('surveys.link.noJourneys') : null}
        onChange={(id) => onChange({ kind: 'journey', id })}
      />
    );
  } else if (link?.kind === 'department') {
    detail = (
      <Select<string>
          size="small"
        {...common}
        aria-label={t('surveys.link.departmentOf', { index })}
        placeholder={t('surveys.link.pickDepartment')}
        className="ja-q-link-target"
        value={link.id ?? undefined}
        options={[...departments.map((d) => ({ value: d.id, label: d.name })), ...known(link.id, departments.map((d) => d.id))]}
        notFoundContent={loaded ? t('surveys.link.noDepartments') : null}
        onChange={(id) => onChange({ kind: 'department', id })}
      />
    );
  } else if (link?.kind === 'grouping') {
    detail = (
      <Select
        size="small"
        aria-label={t('surveys.link.groupingOf', { index })}
        className="ja-q-link-target"
        value={link.grouping ?? undefined}
        options={groupingOptions(t)}
        onChange={(grouping) => onChange({ kind: 'grouping', grouping })}
      />
    );
  }

  return (
    <Space size={6} wrap className="ja-q-link">
      {kindSelect}
      {detail}
    </Space>
  );
}
