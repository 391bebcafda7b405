/**
 * The Electron main process's entry point (built to out/main/main.js). Everything it does is in
 * start-app.ts, which takes Electron's modules as arguments, so tests run this very file against
 * a stand-in electron module.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session, shell } from 'electron';
import { startApp } from './start-app.ts';

startApp({ app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session, shell });
