import { DownOutlined } from '@ant-design/icons';
import { Button, Divider, Dropdown, Tooltip } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanvas } from '../store/canvasStore';
import { useCanRedo, useCanUndo } from '../store/history';
import { COMMANDS, EXPORT_ICON } from './commands';
import { SaveIndicator } from './SaveIndicator';
import { shortcutText } from './shortcuts';
import { labelKey, type Command, type CommandContext } from './types';

const GROUPS = ['add', 'history', 'view', 'file', 'present'] as const;

/** Re-renders the toolbar when anything its buttons' enabled state depends on changes. */
function useEnablement(): string {
  const undo = useCanUndo();
  const redo = useCanRedo();
  const sel = useCanvas((s) => `${s.touchpoints.size}:${s.flows.size}:${s.header?.id ?? ''}:${s.clipCount}`);
  return `${undo}:${redo}:${sel}`;
}

function CommandButton({ command, ctx }: { command: Command; ctx: CommandContext }) {
  const { t } = useTranslation();
  const label = t(labelKey(command.id));
  const keys = command.shortcuts[0] ? ` (${shortcutText(command.shortcuts[0])})` : '';
  const primary = command.id === 'addTouchpoint';
  // The add commands carry their words: they are what a facilitator reaches for first.
  const withText = command.toolbar === 'add';
  return (
    <Tooltip title={label + keys}>
      <Button
        type={primary ? 'primary' : withText ? 'default' : 'text'}
        icon={command.icon}
        aria-label={label}
        aria-keyshortcuts={command.shortcuts[0] ? shortcutText(command.shortcuts[0]).replace('Ctrl', 'Control') : undefined}
        disabled={command.enabled ? !command.enabled() : false}
        onClick={() => command.run(ctx)}
      >
        {withText ? label : null}
      </Button>
    </Tooltip>
  );
}

/** Icon buttons for the registered commands, the Export menu and the save status. */
export function Toolbar({ ctx }: { ctx: CommandContext }) {
  const { t } = useTranslation();
  useEnablement();
  const exports = COMMANDS.filter((c) => c.toolbar === 'export');
  return (
    <div className="ja-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {GROUPS.map((group, i) => (
        <Fragment key={group}>
          {i > 0 ? <Divider orientation="vertical" className="ja-toolbar-divider" /> : null}
          {group === 'file' ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: exports.map((c) => ({ key: c.id, icon: c.icon, label: t(labelKey(c.id)) })),
                onClick: ({ key }) => exports.find((c) => c.id === key)?.run(ctx),
              }}
            >
              <Button type="text" icon={EXPORT_ICON} aria-label={t('editor.export.button')}>
                {t('editor.export.button')} <DownOutlined aria-hidden className="ja-toolbar-caret" />
              </Button>
            </Dropdown>
          ) : null}
          {COMMANDS.filter((c) => c.toolbar === group).map((c) => (
            <CommandButton key={c.id} command={c} ctx={ctx} />
          ))}
        </Fragment>
      ))}
      <div className="ja-toolbar-spacer" />
      <SaveIndicator />
    </div>
  );
}
