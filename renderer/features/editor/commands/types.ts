/** Commands are registered objects shared by the toolbar, the keyboard and the help panel. */
import type { ReactFlowInstance } from '@xyflow/react';
import type { ModalStaticFunctions } from 'antd/es/modal/confirm';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { en } from '../../../i18n/en';
import type { FlowEdge, MapNode } from '../canvas/types';

export type ExportKind = 'png' | 'svg' | 'json';

export interface CommandContext {
  rf: ReactFlowInstance<MapNode, FlowEdge>;
  t: TFunction;
  modal: Omit<ModalStaticFunctions, 'warn'>;
  openHelp(): void;
  openImport(): void;
  exportAs(kind: ExportKind): void;
}

/** A key combination; `mod` is Ctrl, or ⌘ on macOS. Letters match either case. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

export type CommandId = keyof typeof en.editor.cmd;

export interface Command {
  id: CommandId;
  icon: ReactNode;
  shortcuts: Shortcut[];
  /** Where the toolbar shows it, if it does. */
  toolbar?: 'add' | 'history' | 'view' | 'file' | 'export' | 'present';
  /** Still available in presentation mode. */
  presenting?: boolean;
  run(ctx: CommandContext): void;
  enabled?(): boolean;
}

export const labelKey = (id: CommandId) => `editor.cmd.${id}` as const;
