/**
 * The application menu: editing, zoom and window commands only. Electron's default menu has
 * Help items that open web pages; this one has nothing that leaves the app.
 */
import type { Menu as MenuType, MenuItemConstructorOptions } from 'electron';

export function menuTemplate(options: { readonly developerTools: boolean; readonly platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }];
  if (options.developerTools) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  return [
    ...(options.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}

export function setApplicationMenu(Menu: Pick<typeof MenuType, 'buildFromTemplate' | 'setApplicationMenu'>, developerTools: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ developerTools, platform: process.platform })));
}
