import { deleteLane, deleteStage } from '../store/actions';
import type { HeaderRef } from '../store/canvasStore';
import { useDoc } from '../store/docStore';
import type { CommandContext } from './types';

/**
 * Deletes a stage or lane; when it holds touchpoints, asks first (undo can still bring it back).
 * The last stage and the last lane stay: a map needs at least one cell.
 */
export function deleteHeader(ctx: Pick<CommandContext, 't' | 'modal'>, header: HeaderRef): void {
  const doc = useDoc.getState();
  const list = header.kind === 'stage' ? doc.stages : doc.lanes;
  const record = list.find((r) => r.id === header.id);
  if (!record || list.length <= 1) return;
  const count = doc.touchpoints.filter((t) => (header.kind === 'stage' ? t.stageId : t.laneId) === header.id).length;
  const remove = () => (header.kind === 'stage' ? deleteStage(header.id) : deleteLane(header.id));
  if (count === 0) return remove();
  const { t } = ctx;
  ctx.modal.confirm({
    title: t(header.kind === 'stage' ? 'editor.header.deleteStageTitle' : 'editor.header.deleteLaneTitle', { name: record.name }),
    content: t('editor.header.deleteBody', { count }),
    okText: t('editor.header.deleteOk'),
    okButtonProps: { danger: true },
    cancelText: t('common.cancel'),
    onOk: remove,
  });
}
