/**
 * The workspace index in worker threads: each worker builds its own analyzer from the same lexicon
 * data as the server, reads the files itself and answers with their named entities in the compact
 * form, so indexing a workspace never holds up the server's own thread. Where the workers and the
 * server's thread outnumber the cores, the workers run at a lower scheduling priority (Linux): the
 * server's thread, which answers the typing, then goes first.
 * The worker runs the server's own bundle (`file`), told apart by its workerData.
 */
import { parentPort, Worker, workerData } from 'worker_threads';
import { promises as fsp, readlinkSync } from 'fs';
import * as os from 'os';
import { fileURLToPath } from 'url';
import { Analyzer } from '../analysis/analyze';
import { composeLexicon } from '../analysis/builtinLexicon';
import { BackgroundIndexer, IndexerGone, IndexerSetup, IndexJobRequest, IndexJobResponse, indexText, IndexOutcome } from '../features/indexJob';

/** The workerData key that makes the bundle run as an index worker. */
export const INDEX_WORKER = 'biotechAnnotatorIndexWorker';

/** How much lower than the server an index worker is scheduled when cores are short (a nice value, 0 to 19). */
const NICENESS = 10;

/** Whether this thread was started as an index worker. */
export function isIndexWorker(): boolean {
  return !!parentPort && !!(workerData as Record<string, unknown> | undefined)?.[INDEX_WORKER];
}

/** The worker's side: build the analyzer, then answer each request in turn. */
export function runIndexWorker(): void {
  const port = parentPort!;
  const setup = (workerData as Record<string, IndexerSetup>)[INDEX_WORKER];
  if (setup.lowerPriority) lowerPriority();
  let analyzer: Analyzer;
  try {
    analyzer = new Analyzer(composeLexicon(setup.lexicons ?? []), { maxCacheBytes: 0 });
  } catch {
    // lexicon files that cannot be combined: the server falls back to the built-in lexicon too
    analyzer = new Analyzer(composeLexicon([]), { maxCacheBytes: 0 });
  }
  // one request at a time, in order: the server sends them all at once
  let queue = Promise.resolve();
  port.on('message', (req: IndexJobRequest) => {
    queue = queue.then(async () => {
      let res: IndexJobResponse;
      try {
        res = { id: req.id, outcome: await indexFile(analyzer, req.uri, req.maxSize, setup.faultMarker, setup.hold) };
      } catch (err) {
        res = { id: req.id, error: err instanceof Error ? err.stack ?? err.message : String(err) };
      }
      port.postMessage(res);
    });
  });
}

async function indexFile(analyzer: Analyzer, uri: string, maxSize: number, faultMarker?: string, hold?: Int32Array): Promise<IndexOutcome> {
  if (!uri.startsWith('file:')) return { status: 'missing' };
  const file = fileURLToPath(uri);
  let text: string;
  try {
    const st = await fsp.stat(file);
    if (!st.isFile()) return { status: 'missing' };
    if (st.size > maxSize) return { status: 'too large' };
    text = await fsp.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing' };
    throw err;
  }
  if (text.length > maxSize) return { status: 'too large' };
  return { status: 'indexed', mentions: indexText(analyzer, uri, text, faultMarker, hold && (() => waitWhileHeld(hold))) };
}

/** Sleeps while the server holds the workers (it is analysing an open document), a second at most. */
function waitWhileHeld(hold: Int32Array): void {
  const until = Date.now() + 1000;
  while (Atomics.load(hold, 0) === 1) {
    const left = until - Date.now();
    if (left <= 0) return;
    Atomics.wait(hold, 0, 1, Math.min(left, 100));
  }
}

/** The cores this process may use. */
export function cores(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/** Linux schedules threads one by one: this thread (not the server's) gets the lower priority. Elsewhere, or when refused, nothing changes. */
function lowerPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    const tid = Number(/\/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1]);
    if (tid > 0 && tid !== process.pid) os.setPriority(tid, Math.max(os.getPriority(tid), NICENESS));
  } catch { /* not allowed: the same priority as the server */ }
}

/**
 * The server's side: `count` workers running `file`, each given every `count`-th file. Undefined
 * when no worker can be started (the server then indexes on its own thread). A worker that dies
 * fails what it had pending; the others go on.
 */
export function startWorkerIndexer(file: string, setup: IndexerSetup, count: number): BackgroundIndexer | undefined {
  const hold = typeof SharedArrayBuffer === 'function' ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
  setup = { ...setup, lowerPriority: count + 1 > cores(), hold };
  interface Slot { worker: Worker; pending: Map<number, { resolve: (o: IndexOutcome) => void; reject: (e: Error) => void }>; dead?: Error }
  const slots: Slot[] = [];
  const fail = (slot: Slot, err: Error) => {
    slot.dead ??= err;
    for (const p of slot.pending.values()) p.reject(err);
    slot.pending.clear();
  };
  try {
    for (let i = 0; i < Math.max(1, count); i++) {
      // stdout carries the protocol: whatever a worker prints goes to stderr instead
      const worker = new Worker(file, { workerData: { [INDEX_WORKER]: setup }, stdout: true });
      worker.stdout.on('data', (d: Buffer) => process.stderr.write(d));
      const slot: Slot = { worker, pending: new Map() };
      worker.on('message', (res: IndexJobResponse) => {
        const p = slot.pending.get(res?.id);
        if (!p) return;
        slot.pending.delete(res.id);
        if (res.outcome) p.resolve(res.outcome);
        else {
          const err = new Error('the file could not be analysed');
          err.stack = res.error ?? err.message; // the worker's own account
          p.reject(err);
        }
      });
      worker.on('error', err => fail(slot, new IndexerGone(`the index worker failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`)));
      worker.on('exit', code => fail(slot, new IndexerGone(`the index worker stopped (exit code ${code})`)));
      // an idle worker never keeps the server's process alive
      worker.unref();
      slots.push(slot);
    }
  } catch {
    for (const s of slots) void s.worker.terminate();
    return undefined;
  }
  let next = 0;
  let disposed = false;
  return {
    threads: slots.length,
    hold(on) {
      if (!hold) return;
      Atomics.store(hold, 0, on ? 1 : 0);
      if (!on) Atomics.notify(hold, 0);
    },
    index(uri, maxSize) {
      if (disposed) return Promise.reject(new IndexerGone('the index workers were stopped'));
      const alive = slots.filter(s => !s.dead);
      if (alive.length === 0) return Promise.reject(slots[0].dead);
      const slot = alive[next++ % alive.length];
      const id = next;
      return new Promise<IndexOutcome>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        try {
          slot.worker.postMessage({ id, uri, maxSize } satisfies IndexJobRequest);
        } catch (err) {
          slot.pending.delete(id);
          reject(new IndexerGone(`the index worker cannot be reached: ${String(err)}`));
        }
      });
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const s of slots) {
        fail(s, new IndexerGone('the index workers were stopped'));
        void s.worker.terminate().catch(() => undefined);
      }
    },
  };
}
