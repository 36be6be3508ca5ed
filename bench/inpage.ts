/**
 * Installed in every benchmarked page before the page's own scripts (a Playwright init
 * script, compiled from this file by bench/measure.ts): observers for long tasks, LCP and the
 * map's readiness, and the functions the benchmark calls in the page (see inpage-api.ts).
 * Kept cheap: no polling, no work until the benchmark asks.
 */
import type {
  Collected,
  InPage,
  Point,
  ProbeResult,
  ToggleArgs,
  ToggleResult,
} from './inpage-api.ts';

(() => {
  const MAP = '[data-testid="map-area"]';
  const MAPLIBRE = '[data-testid="maplibre-map"]';
  const SVG = '[data-testid="svg-map"]';
  const LABELS = '[data-testid="region-labels"]';
  const PICKER = '[data-testid="source-picker"]';

  type Projecting = HTMLElement & { project?: (lngLat: [number, number]) => Point };

  const longTasks: { start: number; duration: number }[] = [];
  let lcp: { time: number; element: string | null } | null = null;
  let mapLoadedAt: number | null = null;
  let lastLongTaskEnd = 0;
  // The label overlay is hidden from the start until the first-paint check is done: labels
  // can sit over sample points on a phone. visibility only: layout does not change.
  const hideLabels = new CSSStyleSheet();
  hideLabels.replaceSync(`${LABELS} { visibility: hidden !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, hideLabels];
  let labelsHidden = true;

  try {
    performance.setResourceTimingBufferSize(2000);
  } catch {
    // Older browsers: the default buffer (250) is plenty for this app.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ start: entry.startTime, duration: entry.duration });
        lastLongTaskEnd = Math.max(lastLongTaskEnd, entry.startTime + entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
        const element = entry.element;
        lcp = {
          time: entry.startTime,
          element: element
            ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`
            : null,
        };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // Without these observers the figures are reported as missing.
  }
  const loaded = new MutationObserver(() => {
    if (mapLoadedAt === null && document.querySelector(`${MAPLIBRE}[data-loaded="true"]`)) {
      mapLoadedAt = performance.now();
      loaded.disconnect();
    }
  });
  loaded.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-loaded'] });

  const markTime = (name: string): number | null =>
    performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;

  function projector(): { element: Projecting; by: 'maplibre' | 'svg' } | null {
    const maplibre = document.querySelector<Projecting>(MAPLIBRE);
    if (maplibre?.project) return { element: maplibre, by: 'maplibre' };
    const svg = document.querySelector<Projecting>(SVG);
    if (svg?.project) return { element: svg, by: 'svg' };
    return null;
  }

  function nextFrame(): Promise<number> {
    return new Promise((resolve) => requestAnimationFrame(resolve));
  }

  /** Resolves after the next frame has been produced (rAF, then a task after rendering). */
  function afterNextPaint(): Promise<void> {
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    });
  }

  function pickerInput(id: string): HTMLInputElement | null {
    return document.querySelector<HTMLInputElement>(
      `${PICKER} input[type="radio"][value="${CSS.escape(id)}"]`,
    );
  }

  /** Reads the colour at the probe: WebGL pixels of the MapLibre canvas, or the SVG's fill. */
  function probeReader(
    lngLat: [number, number],
    unit: string,
  ): { method: ToggleResult['method']; read: () => [number, number, number] | null } {
    const maplibre = document.querySelector<Projecting>(MAPLIBRE);
    const canvas = maplibre?.querySelector('canvas');
    if (maplibre?.project && canvas) {
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as
        WebGL2RenderingContext | WebGLRenderingContext | null;
      if (gl) {
        const point = maplibre.project(lngLat);
        const scale = canvas.width / canvas.clientWidth;
        const size = 5;
        const x = Math.round(point.x * scale - size / 2);
        const y = Math.round(canvas.height - point.y * scale - size / 2);
        const pixels = new Uint8Array(size * size * 4);
        return {
          method: 'webgl-readPixels',
          read: () => {
            const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
            if (bound) gl.bindFramebuffer(gl.FRAMEBUFFER, null);
            gl.readPixels(x, y, size, size, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
            if (bound) gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
            const counts = new Map<number, number>();
            let best = 0;
            let bestCount = 0;
            for (let i = 0; i < pixels.length; i += 4) {
              const key = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
              const count = (counts.get(key) ?? 0) + 1;
              counts.set(key, count);
              if (count > bestCount) {
                best = key;
                bestCount = count;
              }
            }
            return [(best >> 16) & 255, (best >> 8) & 255, best & 255];
          },
        };
      }
    }
    const path = document.querySelector(`${SVG} path[data-code="${CSS.escape(unit)}"]`);
    if (path) {
      return {
        method: 'svg-fill',
        read: () => {
          const fill = path.getAttribute('fill') ?? '';
          const match = /^#([0-9a-f]{6})$/i.exec(fill);
          if (!match) return null;
          const value = Number.parseInt(match[1]!, 16);
          return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
        },
      };
    }
    return { method: 'none', read: () => null };
  }

  const close = (
    a: [number, number, number] | null,
    b: [number, number, number],
    tolerance: number,
  ) => a !== null && a.every((channel, i) => Math.abs(channel - b[i]!) <= tolerance);

  const api: InPage = {
    probe(lngLats): ProbeResult {
      const area = document.querySelector<HTMLElement>(MAP);
      const box = area?.getBoundingClientRect();
      const found = projector();
      let points: Point[] | null = null;
      if (found) {
        const origin = found.element.getBoundingClientRect();
        points = lngLats.map((lngLat) => {
          const p = found.element.project!(lngLat);
          return { x: origin.left + p.x, y: origin.top + p.y };
        });
      }
      return {
        now: performance.now(),
        firstPaintMark: markTime('tc:first-paint'),
        area: box ? { left: box.left, top: box.top, width: box.width, height: box.height } : null,
        points,
        projectedBy: found?.by ?? null,
        scrollX,
        scrollY,
        labelsHidden,
      };
    },

    probeAtMark(name, lngLats, timeoutMs) {
      return new Promise((resolve) => {
        if (markTime(name) !== null) return resolve(api.probe(lngLats));
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, timeoutMs);
        const observer = new PerformanceObserver((list) => {
          if (list.getEntriesByName(name).length === 0) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(api.probe(lngLats));
        });
        observer.observe({ type: 'mark' });
      });
    },

    restoreLabels() {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hideLabels);
      labelsHidden = false;
    },

    waitInteractive(expectMark, timeoutMs) {
      const started = performance.now();
      return new Promise((resolve) => {
        const check = () => {
          const mark = markTime('tc:interactive');
          if (mark !== null) return resolve(mark);
          if (!expectMark && mapLoadedAt !== null) return resolve(mapLoadedAt);
          if (performance.now() - started > timeoutMs) return resolve(null);
          setTimeout(check, 50);
        };
        check();
      });
    },

    waitQuiet(quietMs, capMs) {
      const started = performance.now();
      return new Promise((resolve) => {
        const check = () => {
          const now = performance.now();
          if (now - Math.max(lastLongTaskEnd, started) >= quietMs || now - started >= capMs) {
            return resolve(now);
          }
          setTimeout(check, 100);
        };
        check();
      });
    },

    collect(): Collected {
      const navigation = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const resources = (
        performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      ).map((entry) => ({ url: entry.name, start: entry.startTime, bytes: entry.encodedBodySize }));
      if (navigation) {
        resources.unshift({ url: navigation.name, start: 0, bytes: navigation.encodedBodySize });
      }
      const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
      const largest = lcp as { time: number; element: string | null } | null;
      return {
        fcp: fcp?.startTime ?? null,
        lcp: largest?.time ?? null,
        lcpElement: largest?.element ?? null,
        longTasks: longTasks.slice(),
        firstPaintMark: markTime('tc:first-paint'),
        interactiveMark: markTime('tc:interactive'),
        mapLoadedAt,
        resources,
      };
    },

    hasPicker() {
      return document.querySelector(`${PICKER} input[type="radio"]`) !== null;
    },

    async toggle(args: ToggleArgs): Promise<ToggleResult> {
      const inputs = args.ids.map(pickerInput);
      if (!inputs[0] || !inputs[1]) {
        return {
          latencies: [],
          inClickFrame: 0,
          method: 'none',
          error: `no picker radio for ${args.ids.join(' or ')}`,
        };
      }
      const { method, read } = probeReader(args.lngLat, args.unit);
      if (method === 'none')
        return { latencies: [], inClickFrame: 0, method, error: 'no map to read the probe from' };
      // Start from the first view, with its colours on screen.
      if (!inputs[0].checked) inputs[0].click();
      await afterNextPaint();
      await afterNextPaint();
      if (!close(read(), args.colours[0], args.tolerance)) {
        return {
          latencies: [],
          inClickFrame: 0,
          method,
          error: `the probe does not show view ${args.ids[0]}'s colour (${String(read())})`,
        };
      }
      const latencies: number[] = [];
      let inClickFrame = 0;
      for (let i = 1; i <= args.count; i++) {
        const side = i % 2;
        const input = inputs[side]!;
        let inputAt = Number.NaN;
        input.addEventListener('click', (event) => (inputAt = event.timeStamp), { once: true });
        // The click lands as a frame begins (as Chromium lines up input with frames), so the
        // figure is the app's work and the browser's rendering, not the wait for the screen's
        // next refresh. Shown in this frame: the colour is there once the frame is done. The
        // message that marks the frame's end is posted before the click, so it runs first after
        // the frame: tasks the click queues (such as Svelte's own timer) run after the frame is
        // out and do not count.
        await new Promise<void>((resolve) => {
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(0);
            input.click();
          });
        });
        const deadline = performance.now() + args.timeoutMs;
        let shownAt = Number.NaN;
        for (let frames = 0; ; frames++) {
          const now = performance.now();
          if (close(read(), args.colours[side]!, args.tolerance)) {
            shownAt = now;
            if (frames === 0) inClickFrame++;
            break;
          }
          if (now > deadline) break;
          // Not in that frame: each further frame counts in full.
          await afterNextPaint();
        }
        latencies.push(shownAt - inputAt);
        // Let the map settle before the next switch.
        await nextFrame();
        await nextFrame();
        if (args.restMs > 0) await new Promise((resolve) => setTimeout(resolve, args.restMs));
      }
      return { latencies, inClickFrame, method };
    },

    async switchViews(ids, count) {
      const inputs = ids.map(pickerInput);
      if (!inputs[0] || !inputs[1]) return 0;
      for (let i = 0; i < count; i++) {
        inputs[(i + 1) % 2]!.click();
        // Let the app's effects run (they are microtasks); draw a frame every tenth switch.
        await Promise.resolve();
        if (i % 10 === 9) await nextFrame();
      }
      return count;
    },

    async frames(count) {
      for (let i = 0; i < count; i++) await afterNextPaint();
    },
  };

  (window as unknown as { __tcBench: InPage }).__tcBench = api;
})();
