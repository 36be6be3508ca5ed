/**
 * Fetches one of the app's own data files and says plainly what went wrong when it cannot:
 * which file, what happened, and what to do about it.
 */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

export async function fetchJson<T>(url: string, fetcher: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new DataLoadError(
      url,
      `Could not load ${url}: the network request failed (${String(error)}). Check that the app's files are served from the same place as this page, then reload.`,
    );
  }
  if (!response.ok) {
    throw new DataLoadError(
      url,
      `Could not load ${url}: the server answered ${response.status} ${response.statusText}. Check that the file was deployed with the app (run \`npm run build\` and upload all of dist/).`,
    );
  }
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new DataLoadError(
      url,
      `Could not read ${url}: it is not valid JSON (${String(error)}). Rebuild the app with \`npm run build\`; if it was edited by hand, validate it with \`npm run claims\`.`,
    );
  }
}
