/**
 * "Download image": the SVG from `renderMapSvg` as a file, or drawn to a PNG at twice the
 * pixel density. Browser only (Image, canvas, a link click); nothing leaves the page: the SVG
 * is read from a data: URL.
 */

/** The SVG document as a Blob, for `downloadBlob`. */
export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * Draws an SVG document (`width` × `height` CSS pixels) to a PNG `pixelRatio` times that size.
 * The SVG must be standalone (xmlns, no external images or fonts): an SVG drawn as an image
 * loads nothing, and uses the system's fonts.
 */
export async function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  pixelRatio = 2,
): Promise<Blob> {
  if (!(width > 0 && height > 0 && pixelRatio > 0)) {
    throw new Error(
      `svgToPngBlob needs a positive size and pixel ratio (got ${width} × ${height} at ${pixelRatio}×).`,
    );
  }
  const image = new Image();
  image.decoding = 'async';
  await new Promise<void>((done, fail) => {
    image.onload = () => done();
    image.onerror = () =>
      fail(new Error('The map image could not be drawn: the browser rejected the SVG.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The map image could not be drawn: no 2D canvas in this browser.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((done, fail) =>
    canvas.toBlob(
      (blob) => (blob ? done(blob) : fail(new Error('The browser could not encode the PNG.'))),
      'image/png',
    ),
  );
}

/** Saves a Blob under `fileName` through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns; give them time before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
