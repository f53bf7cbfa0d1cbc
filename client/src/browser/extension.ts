/** Browser entry of the extension (VS Code for the Web): the language server runs in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, runClient } from '../common';

let stop: (() => Promise<void>) | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'browser.js');
  stop = await runClient(context, options => new LanguageClient(CLIENT_ID, CLIENT_NAME, new Worker(serverMain.toString(true)), options));
}

export async function deactivate(): Promise<void> {
  await stop?.();
}
