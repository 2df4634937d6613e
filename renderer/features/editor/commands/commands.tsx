/**
 * Every editor command, in the order the help panel lists them. The toolbar shows those with
 * a `toolbar` group; the keyboard handler runs whichever shortcut matches.
 */
import {
  CopyOutlined,
  DeleteOutlined,
  DownloadOutlined,
  ExpandOutlined,
  FileImageOutlined,
  FileOutlined,
  FundProjectionScreenOutlined,
  ImportOutlined,
  InsertRowBelowOutlined,
  InsertRowRightOutlined,
  PlusSquareOutlined,
  QuestionCircleOutlined,
  RedoOutlined,
  SelectOutlined,
  SnippetsOutlined,
  TeamOutlined,
  UndoOutlined,
  ZoomInOutlined,
  ZoomOutOutlined,
} from '@ant-design/icons';
import { openStartDialog } from '../workshop/store';
import { togglePresentation } from '../presentation/presentationStore';
import { addLane, addStage, addTouchpoint, copy, deleteSelection, hasClip, paste, targetCell } from '../store/actions';
import { select, useCanvas } from '../store/canvasStore';
import { redo, undo, useDoc } from '../store/docStore';
import { canRedo, canUndo } from '../store/history';
import { deleteHeader } from './deleteHeader';
import { revealCard, revealLane, revealStage, visibleCentre } from './reveal';
import type { Command } from './types';

const hasSelection = () => {
  const s = useCanvas.getState();
  return s.touchpoints.size > 0 || s.flows.size > 0 || s.header !== null;
};

export const COMMANDS: readonly Command[] = [
  {
    id: 'addTouchpoint',
    icon: <PlusSquareOutlined aria-hidden />,
    shortcuts: [{ key: 'n' }],
    toolbar: 'add',
    run: (ctx) => {
      const cell = targetCell(visibleCentre(ctx.rf));
      if (cell) revealCard(ctx.rf, addTouchpoint(cell.stageId, cell.laneId));
    },
    enabled: () => targetCell() !== null,
  },
  {
    id: 'addStage',
    icon: <InsertRowRightOutlined aria-hidden />,
    shortcuts: [{ key: 's', shift: true }],
    toolbar: 'add',
    run: (ctx) => {
      const h = useCanvas.getState().header;
      revealStage(ctx.rf, addStage(h?.kind === 'stage' ? h.id : undefined));
    },
  },
  {
    id: 'addLane',
    icon: <InsertRowBelowOutlined aria-hidden />,
    shortcuts: [{ key: 'l', shift: true }],
    toolbar: 'add',
    run: (ctx) => {
      const h = useCanvas.getState().header;
      revealLane(ctx.rf, addLane(h?.kind === 'lane' ? h.id : undefined));
    },
  },
  { id: 'undo', icon: <UndoOutlined aria-hidden />, shortcuts: [{ key: 'z', mod: true }], toolbar: 'history', run: undo, enabled: canUndo },
  {
    id: 'redo',
    icon: <RedoOutlined aria-hidden />,
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    toolbar: 'history',
    run: redo,
    enabled: canRedo,
  },
  {
    id: 'delete',
    icon: <DeleteOutlined aria-hidden />,
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    toolbar: 'history',
    run: (ctx) => {
      const { header, touchpoints, flows } = useCanvas.getState();
      if (touchpoints.size || flows.size) deleteSelection();
      else if (header) deleteHeader(ctx, header);
    },
    enabled: hasSelection,
  },
  { id: 'copy', icon: <CopyOutlined aria-hidden />, shortcuts: [{ key: 'c', mod: true }], run: () => void copy(), enabled: () => useCanvas.getState().touchpoints.size > 0 },
  { id: 'paste', icon: <SnippetsOutlined aria-hidden />, shortcuts: [{ key: 'v', mod: true }], run: () => void paste(), enabled: hasClip },
  {
    id: 'selectAll',
    icon: <SelectOutlined aria-hidden />,
    shortcuts: [{ key: 'a', mod: true }],
    run: () => select(useDoc.getState().touchpoints.map((t) => t.id)),
  },
  {
    id: 'zoomOut',
    icon: <ZoomOutOutlined aria-hidden />,
    shortcuts: [{ key: '-' }],
    toolbar: 'view',
    presenting: true,
    run: (ctx) => void ctx.rf.zoomOut({ duration: 150 }),
  },
  {
    id: 'zoomIn',
    icon: <ZoomInOutlined aria-hidden />,
    shortcuts: [{ key: '+' }, { key: '=' }],
    toolbar: 'view',
    presenting: true,
    run: (ctx) => void ctx.rf.zoomIn({ duration: 150 }),
  },
  {
    id: 'fit',
    icon: <ExpandOutlined aria-hidden />,
    shortcuts: [{ key: 'f' }],
    toolbar: 'view',
    run: (ctx) => void ctx.rf.fitView({ padding: 0.04, duration: 250 }),
  },
  { id: 'exportPng', icon: <FileImageOutlined aria-hidden />, shortcuts: [], toolbar: 'export', run: (ctx) => ctx.exportAs('png') },
  { id: 'exportSvg', icon: <FileImageOutlined aria-hidden />, shortcuts: [], toolbar: 'export', run: (ctx) => ctx.exportAs('svg') },
  { id: 'exportJson', icon: <FileOutlined aria-hidden />, shortcuts: [], toolbar: 'export', run: (ctx) => ctx.exportAs('json') },
  { id: 'importJson', icon: <ImportOutlined aria-hidden />, shortcuts: [], toolbar: 'file', run: (ctx) => ctx.openImport() },
  {
    id: 'presentation',
    icon: <FundProjectionScreenOutlined aria-hidden />,
    shortcuts: [{ key: 'p' }],
    toolbar: 'present',
    presenting: true,
    run: togglePresentation,
    enabled: () => useDoc.getState().stages.length > 0,
  },
  {
    id: 'liveRating',
    icon: <TeamOutlined aria-hidden />,
    shortcuts: [],
    toolbar: 'present',
    presenting: true,
    run: openStartDialog,
    enabled: () => useDoc.getState().touchpoints.length > 0,
  },
  { id: 'help', icon: <QuestionCircleOutlined aria-hidden />, shortcuts: [{ key: '?' }], toolbar: 'present', run: (ctx) => ctx.openHelp() },
];

export const EXPORT_ICON = <DownloadOutlined aria-hidden />;

export const commandById = (id: Command['id']) => COMMANDS.find((c) => c.id === id)!;
