// Runs the built dist/Code.js in node:vm with recording fakes of the Apps Script services it uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { FakeClock, FakeDrive, FakeDriveApp } from './drive';
import { FakeHtmlService } from './html';
import {
  FakeLockService,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeUtilities,
} from './platform';
import { CallLog, recorded } from './recorder';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeUi } from './ui';
import { FakeUrlFetchApp, type FetchHandler } from './url-fetch';

export interface AddonWorld {
  log: CallLog;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  urlFetch: FakeUrlFetchApp;
  properties: FakePropertiesService;
  lock: FakeLockService;
  session: FakeSession;
  scriptApp: FakeScriptApp;
  utilities: FakeUtilities;
  html: FakeHtmlService;
  drive: FakeDrive;
  clock: FakeClock;
}

export interface Addon extends AddonWorld {
  /** Calls a global function of Code.js as Apps Script would (menu item, trigger, google.script.run). */
  call(name: string, ...args: unknown[]): unknown;
  /** Names of the global functions Code.js declares. */
  globals(): string[];
  hasGlobal(name: string): boolean;
}

export interface AddonOptions {
  /** Folder holding Code.js and the HTML files (a build output). */
  distDir: string;
  fetch?: FetchHandler;
  spreadsheet?: FakeSpreadsheet;
  /** Shared Drive (several add-on instances on one Drive, e.g. the board's and a unit's spreadsheet). */
  drive?: FakeDrive;
  /** Time as the bundle sees it (Date.now / new Date()); default: real time. */
  clock?: FakeClock;
  /** Built-ins deleted before Code.js runs, e.g. "Array.prototype.findLast" (runtime compatibility tests). */
  removeBuiltins?: string[];
}

function world(options: AddonOptions): AddonWorld {
  const refuse: FetchHandler = (request) => {
    throw new Error(`no HTTP handler for ${request.url}`);
  };
  return {
    log: new CallLog(),
    spreadsheet: options.spreadsheet ?? new FakeSpreadsheet(),
    ui: new FakeUi(),
    urlFetch: new FakeUrlFetchApp(options.fetch ?? refuse),
    properties: new FakePropertiesService(),
    lock: new FakeLockService(),
    session: new FakeSession(),
    scriptApp: new FakeScriptApp(),
    utilities: new FakeUtilities(),
    html: new FakeHtmlService(options.distDir),
    drive: options.drive ?? new FakeDrive(options.clock),
    clock: options.clock ?? options.drive?.clock ?? new FakeClock(),
  };
}

function servicesOf(w: AddonWorld): Record<string, unknown> {
  const r = <T extends { serviceName: string }>(target: T) => recorded(w.log, target);
  return {
    SpreadsheetApp: r(new FakeSpreadsheetApp(w.spreadsheet, w.ui, w.drive)),
    DriveApp: r(new FakeDriveApp(w.drive)),
    UrlFetchApp: r(w.urlFetch),
    HtmlService: r(w.html),
    PropertiesService: r(w.properties),
    LockService: r(w.lock),
    Session: r(w.session),
    ScriptApp: r(w.scriptApp),
    Utilities: r(w.utilities),
  };
}

export function loadAddon(options: AddonOptions): Addon {
  const w = world(options);
  const code = readFileSync(join(options.distDir, 'Code.js'), 'utf8');
  const before = new Set(Object.getOwnPropertyNames(createContext({})));
  const context = createContext({
    ...servicesOf(w),
    console,
    ...(options.clock ? { Date: clockDate(options.clock) } : {}),
  });
  for (const path of options.removeBuiltins ?? []) runInContext(`delete ${path}`, context);
  runInContext(code, context, { filename: 'Code.js' });
  const globalsOf = () =>
    Object.getOwnPropertyNames(context).filter(
      (name) => !before.has(name) && typeof (context as Record<string, unknown>)[name] === 'function',
    );
  return {
    ...w,
    call: (name, ...args) => {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
    globals: globalsOf,
    hasGlobal: (name) => globalsOf().includes(name),
  };
}

/** A Date whose "now" is the fake clock's (new Date() and Date.now()). */
function clockDate(clock: FakeClock): DateConstructor {
  class ClockDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string]));
    }
    static override now(): number {
      return clock.now();
    }
  }
  return ClockDate as unknown as DateConstructor;
}
