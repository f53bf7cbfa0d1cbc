/** Web-worker entry of the language server (VS Code for the Web). */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const worker = self as any;
const connection = createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
startServer(connection, { timer: { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: h => clearTimeout(h as number) } });
