import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from './store';

/** Suggests a file next to the open workspace, with its extension. */
function usePlaceholder(suggest?: (stem: string) => string): string {
  const { t } = useTranslation();
  const current = useWorkspace((s) => s.status?.path ?? null);
  if (!current || !suggest) return t('workspace.pathPlaceholder');
  const cut = Math.max(current.lastIndexOf('/'), current.lastIndexOf('\\'));
  const dot = current.lastIndexOf('.');
  const ext = dot > cut ? current.slice(dot) : '';
  const stem = current.slice(cut + 1, dot > cut ? dot : undefined);
  return current.slice(0, cut + 1) + suggest(stem) + ext;
}

/** The labelled file-path input shared by the workspace dialogs. */
export function PathField({ suggest, autoFocus }: { suggest?: (stem: string) => string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const placeholder = usePlaceholder(suggest);
  return (
    <Form.Item
      name="path"
      label={t('workspace.path')}
      rules={[{ required: true, whitespace: true, message: t('workspace.pathRequired') }]}
    >
      <Input placeholder={placeholder} autoFocus={autoFocus} spellCheck={false} autoComplete="off" />
    </Form.Item>
  );
}
