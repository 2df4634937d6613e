/**
 * The projector view of a running session: a large QR code, the link and the room code;
 * pacing (open all or a stage, lock an item), live counters, reveal, results and apply.
 */
import { App, Button, Modal, Select, Space, Statistic, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n/errorText';
import { useDoc } from '../store/docStore';
import { ResultsTable } from './ResultsTable';
import { applyResults, endSession, lockItem, openItems, reveal, showProjector, useWorkshop } from './store';
import './workshop.css';

export function Projector() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const session = useWorkshop((s) => s.session);
  const shown = useWorkshop((s) => s.shown);
  const results = useWorkshop((s) => s.results);
  const stages = useDoc((s) => s.stages);
  const touchpoints = useDoc((s) => s.touchpoints);
  const [stageId, setStageId] = useState<string | undefined>(undefined);
  if (!session) return null;

  const run = (p: Promise<unknown>) => p.catch((e: unknown) => message.error(errorText(t, e)));
  const apply = (ids: string[] | null) =>
    run(applyResults(ids).then(({ roundLabel }) => message.success(t('workshop.applied', { round: roundLabel }))));
  const titles = new Map(touchpoints.map((tp) => [tp.id, tp.title]));
  const open = new Set(session.open);
  const locked = new Set(session.locked);

  return (
    <Modal open={shown} footer={null} onCancel={() => showProjector(false)} width="96vw" style={{ top: 16 }} title={t('workshop.projector')} className="ja-ws-projector" closable>
      <div className="ja-ws-grid">
        <section className="ja-ws-join" aria-label={t('workshop.scan')}>
          <h2>{t('workshop.scan')}</h2>
          {session.qrSvg ? <div className="ja-ws-qr" role="img" aria-label={session.participantUrl ?? ''} dangerouslySetInnerHTML={{ __html: session.qrSvg }} /> : null}
          <p className="ja-ws-url" data-testid="participant-url">{session.participantUrl}</p>
          <p className="ja-ws-or">{t('workshop.orOpen', { url: session.entryUrl ?? '' })}</p>
          <p className="ja-ws-code">
            {t('workshop.code')} <b data-testid="room-code">{session.code}</b>
          </p>
        </section>
        <section className="ja-ws-live">
          <Space wrap className="ja-ws-controls">
            <Statistic title={t('workshop.joinedLabel')} value={session.joined} className="ja-ws-joined" />
            <Statistic title={t('workshop.votesLabel')} value={session.votes} className="ja-ws-votes" />
            <Button onClick={() => run(openItems(session.id, { kind: 'all' }))}>{t('workshop.openAll')}</Button>
            <Select placeholder={t('workshop.stage')} value={stageId} onChange={setStageId} style={{ minWidth: 160 }} options={stages.map((s) => ({ value: s.id, label: s.name }))} aria-label={t('workshop.stage')} />
            <Button disabled={!stageId} onClick={() => stageId && run(openItems(session.id, { kind: 'stage', stageId }))}>
              {t('workshop.openStage')}
            </Button>
            <Button onClick={() => run(openItems(session.id, { kind: 'none' }))}>{t('workshop.closeAll')}</Button>
            <Button type={session.revealed ? 'default' : 'primary'} onClick={() => run(reveal(session.id, !session.revealed))}>
              {session.revealed ? t('workshop.hide') : t('workshop.reveal')}
            </Button>
          </Space>
          {session.revealed && results ? (
            <>
              <ResultsTable results={results} onApply={(id) => void apply([id])} />
              <Button type="primary" className="ja-ws-apply" onClick={() => void apply(null)}>
                {t('workshop.applyAll')}
              </Button>
            </>
          ) : (
            <>
              <p className="ja-ws-hidden">{t('workshop.hidden')}</p>
              <ul className="ja-ws-items" aria-label={t('workshop.touchpoints')}>
                {session.config.touchpoints.map((id) => (
                  <li key={id} className={open.has(id) ? 'is-open' : undefined}>
                    <span className="ja-ws-title">{titles.get(id) ?? id}</span>
                    <Tag color={locked.has(id) ? 'default' : open.has(id) ? 'green' : undefined}>{locked.has(id) ? t('workshop.locked') : open.has(id) ? t('workshop.open') : t('workshop.notOpen')}</Tag>
                    <span className="ja-ws-count" data-testid={`answered-${id}`}>{t('workshop.answered', { count: session.answered[id] ?? 0 })}</span>
                    <Button size="small" onClick={() => run(lockItem(session.id, id, !locked.has(id)))}>
                      {locked.has(id) ? t('workshop.unlock') : t('workshop.lock')}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <Space className="ja-ws-footer">
            <Button onClick={() => showProjector(false)}>{t('workshop.minimize')}</Button>
            <Button danger onClick={() => modal.confirm({ title: t('workshop.end'), content: t('workshop.endConfirm'), onOk: () => run(endSession(session.id)) })}>
              {t('workshop.end')}
            </Button>
          </Space>
        </section>
      </div>
    </Modal>
  );
}
