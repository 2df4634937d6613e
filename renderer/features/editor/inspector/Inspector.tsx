import { CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { copy, deleteSelection } from '../store/actions';
import { useCanvas } from '../store/canvasStore';
import { useDoc } from '../store/docStore';
import { HeaderInspector } from './HeaderInspector';
import { TouchpointInspector } from './TouchpointInspector';

function Hints() {
  const { t } = useTranslation();
  const journey = useDoc((s) => s.journey);
  return (
    <div className="ja-inspector-empty">
      {journey?.persona ? (
        <p>
          <span className="ja-muted">{t('detail.persona')}: </span>
          {journey.persona}
        </p>
      ) : null}
      <Typography.Title level={3} className="ja-inspector-subtitle">
        {t('editor.inspector.hintsTitle')}
      </Typography.Title>
      <ul className="ja-hints">
        <li>{t('editor.help.gestures.doubleClick')}</li>
        <li>{t('editor.help.gestures.connect')}</li>
        <li>{t('editor.help.gestures.drag')}</li>
        <li>{t('editor.inspector.hintHelp')}</li>
      </ul>
    </div>
  );
}

function Selection({ cards, flows }: { cards: number; flows: number }) {
  const { t } = useTranslation();
  return (
    <div className="ja-inspector-empty">
      <p>{t('editor.inspector.selected', { cards, flows })}</p>
      <Space wrap>
        {cards > 0 ? (
          <Button icon={<CopyOutlined aria-hidden />} onClick={() => copy()}>
            {t('editor.cmd.copy')}
          </Button>
        ) : null}
        <Button danger icon={<DeleteOutlined aria-hidden />} onClick={deleteSelection}>
          {t('editor.cmd.delete')}
        </Button>
      </Space>
    </div>
  );
}

/** The right-hand panel: the selected touchpoint, stage or lane; else what to do next. */
export function Inspector() {
  const { t } = useTranslation();
  const selected = useCanvas((s) => s.touchpoints);
  const flows = useCanvas((s) => s.flows);
  const header = useCanvas((s) => s.header);
  const single = selected.size === 1 && flows.size === 0 ? [...selected][0]! : null;
  const tp = useDoc((s) => (single ? s.touchpoints.find((x) => x.id === single) : undefined));
  const stages = useDoc((s) => s.stages);
  const lanes = useDoc((s) => s.lanes);

  let title = t('editor.inspector.journey');
  let body = <Hints />;
  if (tp) {
    title = t('editor.inspector.touchpoint');
    body = <TouchpointInspector key={tp.id} tp={tp} />;
  } else if (selected.size + flows.size > 0) {
    title = t('editor.inspector.selection');
    body = <Selection cards={selected.size} flows={flows.size} />;
  } else if (header) {
    const list = header.kind === 'stage' ? stages : lanes;
    const index = list.findIndex((r) => r.id === header.id);
    if (index >= 0) {
      title = t(header.kind === 'stage' ? 'editor.inspector.stage' : 'editor.inspector.lane');
      body = <HeaderInspector key={header.id} kind={header.kind} record={list[index]!} index={index} count={list.length} />;
    }
  }

  return (
    <aside className="ja-inspector" aria-labelledby="ja-inspector-title">
      <Typography.Title level={2} className="ja-inspector-title" id="ja-inspector-title">
        {title}
      </Typography.Title>
      {body}
    </aside>
  );
}
