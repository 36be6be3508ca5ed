/**
 * `npm run deploy:headers`: writes public/_headers and deploy/nginx.conf from
 * src/deploy/headers.ts (the one place for the CSP and the caching rules). Node-only.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../claims/load.ts';
import { netlifyHeaders, nginxSnippet } from './headers.ts';

export const HEADERS_FILE = 'public/_headers';
export const NGINX_FILE = 'deploy/nginx.conf';

writeFileSync(join(REPO_ROOT, HEADERS_FILE), netlifyHeaders());
writeFileSync(join(REPO_ROOT, NGINX_FILE), nginxSnippet());
console.log(`Wrote ${HEADERS_FILE} and ${NGINX_FILE}.`);
