import { Modal } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMANDS } from './commands';
import { keyCaps } from './shortcuts';
import { labelKey, type Shortcut } from './types';

function Keys({ shortcuts }: { shortcuts: Shortcut[] }) {
  const { t } = useTranslation();
  if (shortcuts.length === 0) return <span className="ja-help-none">{t('editor.help.toolbarOnly')}</span>;
  return (
    <>
      {shortcuts.map((s, i) => (
        <Fragment key={i}>
          {i > 0 ? <span className="ja-help-or"> {t('editor.help.or')} </span> : null}
          {keyCaps(s).map((k) => (
            <kbd key={k}>{k}</kbd>
          ))}
        </Fragment>
      ))}
    </>
  );
}

const GESTURES = ['doubleClick', 'drag', 'connect', 'multi', 'box', 'arrows', 'present'] as const;

/** Every command with its keys (from the same registry the keyboard uses), and the mouse gestures. */
export function HelpPanel({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('editor.help.title')} width={640} destroyOnHidden>
      <table className="ja-help-table">
        <caption className="ja-visually-hidden">{t('editor.help.commands')}</caption>
        <tbody>
          {COMMANDS.map((c) => (
            <tr key={c.id}>
              <th scope="row">{t(labelKey(c.id))}</th>
              <td>
                <Keys shortcuts={c.shortcuts} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="ja-help-heading">{t('editor.help.gesturesTitle')}</h3>
      <ul className="ja-help-gestures">
        {GESTURES.map((g) => (
          <li key={g}>{t(`editor.help.gestures.${g}`)}</li>
        ))}
      </ul>
    </Modal>
  );
}
