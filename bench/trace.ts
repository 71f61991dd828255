import type { CDPSession } from 'playwright-core';

/** A complete ("X") trace event: times in microseconds, `tdur` the thread's own CPU time. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string }; worldName?: string };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
];

/** Starts a Chrome trace of the page's renderer; the returned function ends it and gives its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Main-thread work of the content script, wall-clock and CPU, in milliseconds. */
export interface ScriptWork {
  tasks: number;
  wallMs: number;
  cpuMs: number;
  /** The longest task, wall-clock: on a busy machine it includes time the thread waited for a core. */
  longestTaskMs: number;
  /** The most CPU time one task took: what the longest task would be on an idle machine. */
  longestTaskCpuMs: number;
  /** CPU time of those tasks spent compiling the content script (counted in `cpuMs` too). */
  compileMs: number;
}

/**
 * Scripts of the extension: the content script at the extension's address, and the scripts it loads
 * (marking, popover) at the per-session address of web-accessible files. The bench browser has no
 * other extension.
 */
const EXTENSION_FILE = 'chrome-extension://';

/** Where a trace event shows JavaScript of the content script (or of the bench) running. */
function scriptOf(event: TraceEvent, world: string): 'content script' | 'bench' | null {
  const url = event.args?.data?.url;
  switch (event.name) {
    case 'EvaluateScript':
      // the bench's own look at the page (Runtime.evaluate) names no script
      return url?.startsWith(EXTENSION_FILE) ? 'content script' : url ? null : 'bench';
    case 'FunctionCall':
    case 'v8.compile':
    case 'v8.compileModule':
      return url?.startsWith(EXTENSION_FILE) ? 'content script' : null;
    case 'v8.run':
    case 'v8.callFunction':
      return event.args?.worldName === world ? 'content script' : null;
    case 'v8.evaluateModule':
    case 'RunMicrotasks':
      // the bench pages run no script of their own: modules and promise jobs are the content script's
      return 'content script';
    default:
      return null;
  }
}

/**
 * The tasks of the renderer's main thread that ran the content script, from the time it was
 * evaluated: its scripts (`scriptUrl` is the content script's), in its isolated world (`world` is the
 * extension's name), promise jobs (the bench pages have no scripts of their own), and the bench's own
 * looks at the page left out. Compiling a script the content script imports happens mostly on another
 * thread, and is not counted: the page's main thread is free meanwhile.
 * A task counts whole: its script, the style and layout the script forced, and its microtasks.
 */
export function contentScriptWork(
  events: readonly TraceEvent[],
  scriptUrl: string,
  world: string,
): ScriptWork {
  const start = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(scriptUrl));
  if (!start)
    throw new Error('The trace has no evaluation of the content script: it did not run on the page.');
  const thread = events.filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid);
  const enclosing = thread.filter(
    (e) => TASK_EVENTS.has(e.name) && e.ts <= start.ts && e.ts + (e.dur ?? 0) >= start.ts,
  );
  const from = Math.min(start.ts, ...enclosing.map((e) => e.ts));
  const main = thread.filter((e) => e.ts >= from).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const work: ScriptWork = {
    tasks: 0,
    wallMs: 0,
    cpuMs: 0,
    longestTaskMs: 0,
    longestTaskCpuMs: 0,
    compileMs: 0,
  };
  let task: { event: TraceEvent; end: number; ran: Set<string>; compileMs: number } | null = null;
  const close = () => {
    if (!task || !task.ran.has('content script') || task.ran.has('bench')) return;
    const wall = (task.event.dur ?? 0) / 1000;
    const cpu = (task.event.tdur ?? task.event.dur ?? 0) / 1000;
    work.tasks++;
    work.wallMs += wall;
    work.cpuMs += cpu;
    work.longestTaskMs = Math.max(work.longestTaskMs, wall);
    work.longestTaskCpuMs = Math.max(work.longestTaskCpuMs, cpu);
    work.compileMs += task.compileMs;
  };
  for (const event of main) {
    if (task && event.ts >= task.end) {
      close();
      task = null;
    }
    if (!task) {
      if (TASK_EVENTS.has(event.name))
        task = { event, end: event.ts + (event.dur ?? 0), ran: new Set(), compileMs: 0 };
      continue;
    }
    const script = scriptOf(event, world);
    if (script) task.ran.add(script);
    if ((event.name === 'v8.compile' || event.name === 'v8.compileModule') && script === 'content script')
      task.compileMs += (event.tdur ?? event.dur ?? 0) / 1000;
  }
  close();
  return work;
}
