/** Node entry of the extension: starts the language server over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, clientOptions, watchLanguages } from '../common';
import { registerUi } from '../ui';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'node.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  const start = async () => {
    client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(output));
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
