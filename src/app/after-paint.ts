/**
 * Runs `work` once the next frame has been rendered: a task posted from that frame's
 * requestAnimationFrame runs after its style, layout and paint. For updates that should not
 * hold up what the reader asked to see first. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) work();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
