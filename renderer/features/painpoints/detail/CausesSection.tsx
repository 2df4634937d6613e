import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { causeGroup, type Cause } from '../../../../shared/domain/painpoints/taxonomy';
import type { PainPointDetail } from '../../../../shared/ops/painpoints';
import { api } from '../../../api/client';
import { causeOptions } from '../causeOptions';
import type { DetailHandle } from './useDetail';

/** Causes from the taxonomy (value, system, staff), each with an optional note. */
export function CausesSection({ detail, run }: { detail: PainPointDetail; run: DetailHandle['run'] }) {
  const { t } = useTranslation();
  const options = useMemo(() => causeOptions(t), [t]);
  const [cause, setCause] = useState<Cause | undefined>();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const touchpointId = detail.point.touchpointId;

  const add = async () => {
    if (!cause) return;
    setBusy(true);
    const ok = await run(() => api['painPoints.addCause']({ touchpointId, cause, note: note.trim() }));
    setBusy(false);
    if (ok) {
      setCause(undefined);
      setNote('');
    }
  };

  return (
    <section aria-labelledby="pp-causes" className="ja-pp-section">
      <Typography.Title level={3} id="pp-causes" className="ja-pp-section-title">
        {t('painPoints.causeForm.title')}
      </Typography.Title>
      {detail.causes.length === 0 ? <Typography.Paragraph type="secondary">{t('painPoints.causeForm.none')}</Typography.Paragraph> : null}
      <ul className="ja-pp-items">
        {detail.causes.map((c) => {
          const label = t(`painPoints.causes.${c.cause}`);
          return (
            <li key={c.id}>
              <span className="ja-pp-cause-item">
                <Tag className="ja-pp-cause">{t(`painPoints.causeGroups.${causeGroup(c.cause) ?? 'other'}`)}</Tag>
                <b>{label}</b>
                {c.note ? <span className="ja-pp-note">{c.note}</span> : null}
              </span>
              <Button
                type="text"
                size="small"
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('painPoints.causeForm.remove', { cause: label })}
                onClick={() => void run(() => api['painPoints.removeCause']({ id: c.id, baseVersion: c.version }))}
              />
            </li>
          );
        })}
      </ul>
      <Flex gap={8} wrap className="ja-pp-add">
        <Select
          aria-label={t('painPoints.causeForm.cause')}
          placeholder={t('painPoints.causeForm.causePlaceholder')}
          options={options}
          value={cause}
          onChange={setCause}
          showSearch={{ optionFilterProp: 'label' }}
          className="ja-pp-cause-select"
        />
        <Input
          aria-label={t('painPoints.causeForm.note')}
          placeholder={t('painPoints.causeForm.notePlaceholder')}
          value={note}
          maxLength={10_000}
          onChange={(e) => setNote(e.target.value)}
          onPressEnter={() => void add()}
          className="ja-pp-grow"
        />
        <Button icon={<PlusOutlined aria-hidden />} disabled={!cause} loading={busy} onClick={() => void add()}>
          {t('painPoints.causeForm.add')}
        </Button>
      </Flex>
    </section>
  );
}
