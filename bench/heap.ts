/**
 * Reading the page's JS heap after a forced GC: V8's own count (Runtime.getHeapUsage), and a
 * heap snapshot's sizes with compiled code set apart. V8 compiles hot functions as the page
 * is used, and that code lives in the heap: after 1,000 view switches it is several hundred
 * KB, which is growth but no leak. The heap budget is checked on everything but code.
 */
import type { CDPSession } from 'playwright-core';

export interface HeapReading {
  /** Runtime.getHeapUsage usedSize: V8's heap, compiled code included. */
  usedSize: number;
  /** Sum of the self sizes of every node in a heap snapshot (JS objects and DOM). */
  snapshotBytes: number;
  /** The part of snapshotBytes that is compiled code (node type "code"). */
  codeBytes: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Total self size of a parsed heap snapshot, and the part of it in "code" nodes. */
export function snapshotTotals(snapshot: Snapshot): { total: number; code: number } {
  const fields = snapshot.snapshot.meta.node_fields;
  const typeIndex = fields.indexOf('type');
  const sizeIndex = fields.indexOf('self_size');
  const codeType = snapshot.snapshot.meta.node_types[0].indexOf('code');
  if (typeIndex < 0 || sizeIndex < 0) {
    throw new Error('The heap snapshot has no "type" or "self_size" node field.');
  }
  let total = 0;
  let code = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const size = snapshot.nodes[i + sizeIndex]!;
    total += size;
    if (snapshot.nodes[i + typeIndex] === codeType) code += size;
  }
  return { total, code };
}

export async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { total, code } = snapshotTotals(JSON.parse(chunks.join('')) as Snapshot);
  return { usedSize, snapshotBytes: total, codeBytes: code };
}

/** Growth in percent from `before` to `after`: of everything but compiled code, and of usedSize. */
export function heapGrowth(
  before: HeapReading,
  after: HeapReading,
): { objectsPct: number; usedSizePct: number } {
  const objects = (r: HeapReading) => r.snapshotBytes - r.codeBytes;
  return {
    objectsPct: (100 * (objects(after) - objects(before))) / objects(before),
    usedSizePct: (100 * (after.usedSize - before.usedSize)) / before.usedSize,
  };
}
