import { App } from 'antd';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMapFile } from '../../../../shared/domain/map';
import { api } from '../../../api/client';
import { navigate } from '../../../app/router';
import { issueMessage } from '../../../../shared/messages/errorText';
import { errorText, messageLang } from '../../../i18n/errorText';

/**
 * The file input behind "Import JSON". A bad file lists every problem with its path and
 * changes nothing; a good one becomes a new journey, which opens.
 */
export const ImportControl = forwardRef<HTMLInputElement>(function ImportControl(_, ref) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();

  const onFile = async (file: File) => {
    const parsed = parseMapFile(await file.text());
    if (!parsed.ok) {
      modal.error({
        title: t('editor.import.invalidTitle', { file: file.name }),
        width: 560,
        content: (
          <div>
            <p>{t('editor.import.nothingChanged')}</p>
            <ul className="ja-import-problems">
              {parsed.problems.map((p, i) => (
                <li key={i}>
                  {p.path ? <code>{p.path}</code> : null} {issueMessage(messageLang(), p)}
                </li>
              ))}
            </ul>
          </div>
        ),
      });
      return;
    }
    try {
      const created = await api['journeys.importMap']({ map: parsed.map });
      void message.success(t('editor.import.done', { name: created.name }));
      navigate({ name: 'journey', id: created.id });
    } catch (error) {
      modal.error({ title: t('editor.import.failed', { file: file.name }), content: errorText(t, error) });
    }
  };

  return (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      aria-label={t('editor.import.input')}
      className="ja-visually-hidden"
      tabIndex={-1}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) void onFile(file);
      }}
    />
  );
});
