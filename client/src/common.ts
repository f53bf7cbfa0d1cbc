/** What both client entries share: the document selector and client options. The client holds no analysis. */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerUi } from './ui';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../../server/src/shared/settings';
import { DegradedNotification, IndexUpdatedNotification, WorkspaceTrustNotification } from '../../server/src/shared/protocol';

export const CLIENT_ID = 'biotechAnnotator';
export const CLIENT_NAME = 'Biotech Annotator';

export function languages(): string[] {
  const configured = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>('languages');
  return Array.isArray(configured) && configured.every(x => typeof x === 'string') ? configured as string[] : DEFAULT_SETTINGS.languages;
}

export function clientOptions(outputChannel: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: languages().flatMap(language => [{ scheme: 'file', language }, { scheme: 'untitled', language }, { scheme: 'vscode-vfs', language }]),
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      // lexicon files: the server reloads its lexicon when one changes
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/{.biotech-lexicon.json,*.biotech-lexicon.json}'),
        // documents: the server keeps its workspace index (symbols, references) current
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown}'),
        // ignore files: what the index leaves out changes with them
        vscode.workspace.createFileSystemWatcher('**/.gitignore'),
      ],
    },
    // Restricted Mode: the server then reads no lexicon path from the settings (see package.json capabilities)
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
    outputChannel,
    diagnosticCollectionName: 'biotech-annotator',
  };
}

function sendTrust(client: BaseLanguageClient): Promise<void> {
  return client.sendNotification(WorkspaceTrustNotification.method, { trusted: true } satisfies WorkspaceTrustNotification.Params).catch(() => undefined);
}

/** Restart when the set of languages changes: the document selector is fixed at start. */
export function watchLanguages(context: vscode.ExtensionContext, restart: () => Promise<void>): void {
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration(`${SETTINGS_SECTION}.languages`)) void restart();
  }));
}

/**
 * The client's life, the same on both entries: an output channel, start, restart (command and
 * language changes), the UI, and a stop for deactivate. `create` builds the entry's own client.
 */
export async function runClient<C extends BaseLanguageClient>(context: vscode.ExtensionContext, create: (options: LanguageClientOptions) => C): Promise<() => Promise<void>> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  let client: C | undefined;
  // before the first start, so that no notification of the server finds the UI missing
  const ui = registerUi(context, () => client, output, doc => languages().includes(doc.languageId));
  const start = async () => {
    const trustedAtStart = vscode.workspace.isTrusted;
    const c = create(clientOptions(output));
    client = c;
    c.onNotification(DegradedNotification.method, (params: DegradedNotification.Params) => ui.degraded(params));
    c.onNotification(IndexUpdatedNotification.method, () => ui.refreshEntities());
    ui.serverStarting();
    await c.start();
    // trusted while the server started: its initializationOptions said otherwise
    if (!trustedAtStart && vscode.workspace.isTrusted) await sendTrust(c);
    ui.refreshEntities();
  };
  const restart = async () => {
    if (client) await client.stop().catch(() => undefined);
    await start();
  };
  context.subscriptions.push(vscode.commands.registerCommand('biotechAnnotator.restartServer', restart));
  watchLanguages(context, restart);
  // trusted after the start: tell the server, which then reads the lexicon paths of the settings
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => {
    if (client?.isRunning()) void sendTrust(client);
  }));
  await start();
  return async () => { if (client) await client.stop(); };
}
