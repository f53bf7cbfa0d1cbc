/**
 * What only the client can do: a status bar item with the active document's entity and finding
 * counts, the Entities view in the Explorer, and commands that export entity tables. All data comes
 * from the server through the requests declared in server/src/shared/protocol.ts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DegradedNotification, DocumentEntitiesRequest, EntityRow, WorkspaceEntitiesRequest, entitiesToCsv } from '../../server/src/shared/protocol';
import { plural, summaryText } from './text';

const KIND_LABEL: Record<string, string> = { drug: 'Drugs', target: 'Targets', endpoint: 'Endpoints', indication: 'Indications', trial: 'Trials', company: 'Companies' };

/** What the client's start-up tells the UI. */
export interface Ui {
  /** The server said a document is (or is no longer) analysed in degraded mode. */
  degraded(params: DegradedNotification.Params): void;
  /** The workspace index changed (an indexing run ended, the server restarted): reload the Entities view. */
  refreshEntities(): void;
  /** A new server is starting: what the old one said no longer holds. */
  serverStarting(): void;
}

/** `analysed` tells the documents the server analyses (by language), whose edits reload the Entities view. */
export function registerUi(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined, output: vscode.OutputChannel, analysed: (doc: vscode.TextDocument) => boolean): Ui {
  // --- status bar --------------------------------------------------------------------------------
  const status = vscode.window.createStatusBarItem('biotechAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Biotech Annotator';
  context.subscriptions.push(status);
  /** Documents in degraded mode (above biotechAnnotator.limits.maxDocumentSize), with the server's message. */
  const degradedDocs = new Map<string, string>();
  let pending: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => void refreshStatus(), 300);
  };
  async function refreshStatus(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const c = client();
    if (!editor || !c || !c.isRunning()) { status.hide(); return; }
    const uri = editor.document.uri.toString();
    const degradedMessage = degradedDocs.get(uri);
    if (degradedMessage !== undefined) {
      status.text = '$(warning) Biotech: degraded mode';
      status.tooltip = `${degradedMessage}\nClick to open the log.`;
      status.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      status.command = 'biotechAnnotator.showLog';
      status.show();
      return;
    }
    const r = await c.sendRequest<DocumentEntitiesRequest.Result>(DocumentEntitiesRequest.method, { uri }).catch(() => null);
    if (vscode.window.activeTextEditor !== editor || degradedDocs.has(uri)) return; // a newer refresh is due
    if (!r) { status.hide(); return; }
    const { text, tooltip } = summaryText(r.summary);
    status.text = text;
    status.tooltip = tooltip;
    status.backgroundColor = undefined;
    status.command = 'workbench.actions.view.problems';
    status.show();
  }
  context.subscriptions.push(
    vscode.commands.registerCommand('biotechAnnotator.showLog', () => output.show(true)),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument(e => { if (e.document === vscode.window.activeTextEditor?.document) update(); }),
    vscode.workspace.onDidCloseTextDocument(doc => { if (degradedDocs.delete(doc.uri.toString())) update(); }),
    vscode.languages.onDidChangeDiagnostics(update),
  );

  // --- Entities view ----------------------------------------------------------------------------
  const tree = new EntitiesTree(client);
  const view = vscode.window.createTreeView('biotechAnnotator.entities', { treeDataProvider: tree, showCollapseAll: true });
  // reloaded as documents change, debounced, and only while the view is visible (else when it shows)
  let stale = false;
  let treeTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshTree = (delay: number) => {
    if (treeTimer) clearTimeout(treeTimer);
    treeTimer = setTimeout(() => {
      treeTimer = undefined;
      if (view.visible) { stale = false; tree.refresh(); } else stale = true;
    }, delay);
  };
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand('biotechAnnotator.refreshEntities', () => tree.refresh()),
    view.onDidChangeVisibility(e => { if (e.visible && stale) { stale = false; tree.refresh(); } }),
    vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length > 0 && analysed(e.document)) refreshTree(ENTITIES_DEBOUNCE_MS); }),
    vscode.workspace.onDidOpenTextDocument(doc => { if (analysed(doc)) refreshTree(ENTITIES_DEBOUNCE_MS); }),
    vscode.workspace.onDidCloseTextDocument(doc => { if (analysed(doc)) refreshTree(ENTITIES_DEBOUNCE_MS); }),
    vscode.workspace.onDidSaveTextDocument(doc => { if (analysed(doc)) refreshTree(0); }),
    // the server analyses an edited document a little after the edit: its new diagnostics say it is done
    vscode.languages.onDidChangeDiagnostics(() => { if (treeTimer) refreshTree(ENTITIES_DEBOUNCE_MS); }),
  );

  // --- exports ------------------------------------------------------------------------------------
  context.subscriptions.push(
    vscode.commands.registerCommand('biotechAnnotator.exportDocumentEntities', async () => {
      const editor = vscode.window.activeTextEditor;
      const c = client();
      if (!editor || !c) { void vscode.window.showWarningMessage('Open a document to export its entities.'); return; }
      const r = await c.sendRequest<DocumentEntitiesRequest.Result>(DocumentEntitiesRequest.method, { uri: editor.document.uri.toString() });
      if (!r) { void vscode.window.showWarningMessage('Biotech Annotator does not analyse this document (see biotechAnnotator.languages and biotechAnnotator.exclude).'); return; }
      const doc = editor.document.uri;
      const stem = doc.path.slice(doc.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || 'document';
      await exportRows(r.rows, doc.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(doc, '..'), `${stem}-entities`);
    }),
    vscode.commands.registerCommand('biotechAnnotator.exportWorkspaceEntities', async () => {
      const c = client();
      if (!c) return;
      const r = await c.sendRequest<WorkspaceEntitiesRequest.Result>(WorkspaceEntitiesRequest.method, {});
      await exportRows(r.rows, vscode.workspace.workspaceFolders?.[0]?.uri, 'workspace-entities');
    }),
  );
  update();
  return {
    degraded(params) {
      if (!params || typeof params.uri !== 'string') return;
      if (params.degraded) degradedDocs.set(params.uri, typeof params.message === 'string' ? params.message : 'This document is analysed in degraded mode (biotechAnnotator.limits.maxDocumentSize).');
      else degradedDocs.delete(params.uri);
      update();
    },
    refreshEntities() { refreshTree(0); },
    serverStarting() { degradedDocs.clear(); update(); },
  };
}

/** How long the Entities view waits after the last edit before it reloads. */
const ENTITIES_DEBOUNCE_MS = 500;

/** Asks for a format and a file (proposed in `folder`, named `name`.csv or .json) and writes the rows there. */
async function exportRows(rows: EntityRow[], folder: vscode.Uri | undefined, name: string): Promise<void> {
  const format = await vscode.window.showQuickPick(['CSV', 'JSON'], { placeHolder: `Export ${plural(rows.length, 'entity', 'entities')} as` });
  if (!format) return;
  const ext = format === 'CSV' ? 'csv' : 'json';
  const base = folder ? vscode.Uri.joinPath(folder, `${name}.${ext}`) : undefined;
  const target = await vscode.window.showSaveDialog({ defaultUri: base, filters: format === 'CSV' ? { CSV: ['csv'] } : { JSON: ['json'] } });
  if (!target) return;
  const body = format === 'CSV' ? entitiesToCsv(rows) : JSON.stringify({ version: 1, entities: rows }, null, 2) + '\n';
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(body));
  void vscode.window.showInformationMessage(`Exported ${plural(rows.length, 'entity', 'entities')} to ${vscode.workspace.asRelativePath(target)}.`);
}

type Node =
  | { type: 'kind'; kind: string; count: number }
  | { type: 'entity'; kind: string; name: string; mentions: EntityRow[] }
  | { type: 'mention'; row: EntityRow };

class EntitiesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private rows: Promise<EntityRow[]> | undefined;

  constructor(private readonly client: () => BaseLanguageClient | undefined) {}

  refresh(): void { this.rows = undefined; this.changed.fire(); }

  private load(): Promise<EntityRow[]> {
    this.rows ??= (async () => {
      const c = this.client();
      if (!c || !c.isRunning()) return [];
      const r = await c.sendRequest<WorkspaceEntitiesRequest.Result>(WorkspaceEntitiesRequest.method, {}).catch(() => ({ rows: [] as EntityRow[] }));
      return r.rows;
    })();
    return this.rows;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const rows = await this.load();
    if (!node) {
      return Object.keys(KIND_LABEL).map(kind => ({ type: 'kind' as const, kind, count: new Set(rows.filter(r => r.kind === kind).map(r => r.name)).size })).filter(n => n.count > 0);
    }
    if (node.type === 'kind') {
      const byName = new Map<string, EntityRow[]>();
      for (const r of rows) if (r.kind === node.kind) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
      return [...byName].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([name, mentions]) => ({ type: 'entity' as const, kind: node.kind, name, mentions }));
    }
    if (node.type === 'entity') return node.mentions.map(row => ({ type: 'mention' as const, row }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(KIND_LABEL[node.kind] ?? node.kind, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = String(node.count);
      return item;
    }
    if (node.type === 'entity') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      const docs = new Set(node.mentions.map(m => m.uri)).size;
      item.description = `${node.mentions.length} mention${node.mentions.length === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}`;
      return item;
    }
    const uri = vscode.Uri.parse(node.row.uri);
    const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(uri)}:${node.row.line + 1}`, vscode.TreeItemCollapsibleState.None);
    item.description = node.row.text;
    const range = new vscode.Range(node.row.line, node.row.character, node.row.endLine, node.row.endCharacter);
    item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection: range }] };
    return item;
  }
}
