import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PainPointDetail } from '../../../../shared/ops/painpoints';
import { api } from '../../../api/client';
import type { DetailHandle } from './useDetail';

type Kind = 'story' | 'quote';

/** What customers said and went through: stories and verbatim quotes with their source. */
export function StoriesSection({ detail, run }: { detail: PainPointDetail; run: DetailHandle['run'] }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('quote');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState(false);
  const touchpointId = detail.point.touchpointId;

  const add = async () => {
    if (!text.trim()) return;
    setBusy(true);
    const ok = await run(() => api['painPoints.addStory']({ touchpointId, kind, text: text.trim(), source: source.trim() }));
    setBusy(false);
    if (ok) {
      setText('');
      setSource('');
    }
  };

  return (
    <section aria-labelledby="pp-stories" className="ja-pp-section">
      <Typography.Title level={3} id="pp-stories" className="ja-pp-section-title">
        {t('painPoints.stories.title')}
      </Typography.Title>
      {detail.stories.length === 0 ? <Typography.Paragraph type="secondary">{t('painPoints.stories.none')}</Typography.Paragraph> : null}
      <ul className="ja-pp-items">
        {detail.stories.map((s) => (
          <li key={s.id}>
            <div className="ja-pp-story">
              <Tag>{t(`painPoints.stories.${s.kind}`)}</Tag>
              {s.kind === 'quote' ? <q>{s.text}</q> : <span className="ja-wrap">{s.text}</span>}
              {s.source ? <small>— {s.source}</small> : null}
            </div>
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('painPoints.stories.remove', { kind: t(`painPoints.stories.${s.kind}`) })}
              onClick={() => void run(() => api['painPoints.removeStory']({ id: s.id, baseVersion: s.version }))}
            />
          </li>
        ))}
      </ul>
      <div className="ja-pp-add">
        <Radio.Group
          aria-label={t('painPoints.stories.kind')}
          optionType="button"
          size="small"
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
          options={[
            { value: 'quote', label: t('painPoints.stories.quote') },
            { value: 'story', label: t('painPoints.stories.story') },
          ]}
        />
        <Input.TextArea
          aria-label={t('painPoints.stories.text')}
          placeholder={t('painPoints.stories.textPlaceholder')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={10_000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="ja-pp-story-text"
        />
        <Flex gap={8}>
          <Input
            aria-label={t('painPoints.stories.source')}
            placeholder={t('painPoints.stories.sourcePlaceholder')}
            maxLength={500}
            value={source}
            onChange={(e) => setSource(e.target.value)}
            className="ja-pp-grow"
          />
          <Button icon={<PlusOutlined aria-hidden />} disabled={!text.trim()} loading={busy} onClick={() => void add()}>
            {t('painPoints.stories.add')}
          </Button>
        </Flex>
      </div>
    </section>
  );
}
