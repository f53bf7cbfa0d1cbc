/** Browser entry of the extension (VS Code for the Web): the language server runs in a web worker. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, clientOptions, watchLanguages } from '../common';
import { registerUi } from '../ui';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'browser.js');
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  const start = async () => {
    const worker = new Worker(serverMain.toString(true));
    client = new LanguageClient(CLIENT_ID, CLIENT_NAME, worker, clientOptions(output));
    await client.start();
  };
  const restart = async () => {
    if (client) await client.stop().catch(() => undefined);
    await start();
  };
  context.subscriptions.push(vscode.commands.registerCommand('biotechAnnotator.restartServer', restart));
  watchLanguages(context, restart);
  await start();
  registerUi(context, () => client);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
