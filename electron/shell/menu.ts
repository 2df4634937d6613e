/**
 * The application menu. File items run the same workspace actions as the renderer's
 * shell buttons; the rest are Electron roles with labels in the OS language, since
 * role labels are only translated by the OS on macOS.
 */
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/operations';
import type { ShellLanguage, WorkspaceActions } from './workspace-actions';

const LABELS = {
  en: {
    file: '&File', newWorkspace: 'New workspace…', openWorkspace: 'Open workspace…', saveCopy: 'Save a copy…', quit: 'Quit',
    edit: '&Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    view: '&View', reload: 'Reload', devTools: 'Toggle Developer Tools', resetZoom: 'Actual Size', zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out', fullScreen: 'Toggle Full Screen', help: '&Help', about: 'About Journey Audit',
    failed: 'The action could not be completed.',
  },
  'zh-CN': {
    file: '文件(&F)', newWorkspace: '新建工作区…', openWorkspace: '打开工作区…', saveCopy: '另存副本…', quit: '退出',
    edit: '编辑(&E)', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选',
    view: '视图(&V)', reload: '重新加载', devTools: '切换开发者工具', resetZoom: '实际大小', zoomIn: '放大',
    zoomOut: '缩小', fullScreen: '切换全屏', help: '帮助(&H)', about: '关于 Journey Audit',
    failed: '操作未能完成。',
  },
} as const satisfies Record<ShellLanguage, Record<string, string>>;

type Labels = (typeof LABELS)[ShellLanguage];

// Access keys ("&F", "(&F)") are a Windows/Linux convention; macOS would show them literally.
const topLabel = (label: string, isMac: boolean): string => (isMac ? label.replace(/\(&\w\)|&/g, '') : label);

/**
 * Runs a workspace action for the focused window. A menu call has no page waiting
 * for the envelope, so a failure is reported in a native box rather than dropped.
 */
async function runFromMenu(actions: WorkspaceActions, command: ShellCommand, labels: Labels): Promise<void> {
  const parent = BrowserWindow.getFocusedWindow();
  const result = await actions[command](parent);
  if (result.ok) return;
  const options = { type: 'error' as const, message: labels.failed, detail: result.error.message };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

function fileMenu(actions: WorkspaceActions, l: Labels, isMac: boolean): MenuItemConstructorOptions {
  const item = (command: ShellCommand, accelerator: string): MenuItemConstructorOptions => ({
    label: l[command],
    accelerator,
    click: () => void runFromMenu(actions, command, l),
  });
  return {
    label: topLabel(l.file, isMac),
    submenu: [
      item('newWorkspace', 'CmdOrCtrl+Shift+N'),
      item('openWorkspace', 'CmdOrCtrl+O'),
      item('saveCopy', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      // macOS keeps Quit in the application menu; File ends with Close there.
      isMac ? { role: 'close' } : { role: 'quit', label: l.quit },
    ],
  };
}

function editMenu(l: Labels, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: topLabel(l.edit, isMac),
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };
}

function viewMenu(l: Labels, isMac: boolean): MenuItemConstructorOptions {
  const devTools: MenuItemConstructorOptions[] = app.isPackaged ? [] : [{ role: 'toggleDevTools', label: l.devTools }];
  return {
    label: topLabel(l.view, isMac),
    submenu: [
      { role: 'reload', label: l.reload },
      ...devTools,
      { type: 'separator' },
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: l.fullScreen },
    ],
  };
}

/**
 * Builds and installs the application menu. Call after `app` is ready.
 *
 * @param actions - the workspace dialog commands, shared with the IPC handlers.
 * @param lang - language of the labels (the OS language, narrowed).
 */
export function installAppMenu(actions: WorkspaceActions, lang: ShellLanguage): void {
  const l = LABELS[lang];
  const isMac = process.platform === 'darwin';
  app.setAboutPanelOptions({ applicationName: 'Journey Audit', applicationVersion: app.getVersion() });

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    fileMenu(actions, l, isMac),
    editMenu(l, isMac),
    viewMenu(l, isMac),
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
    { label: topLabel(l.help, isMac), role: 'help', submenu: [{ label: l.about, click: () => app.showAboutPanel() }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
