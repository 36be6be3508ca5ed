/**
 * The bench's command line: its options, their defaults and checks, and the usage text.
 */
import { CPU_THROTTLE, NETWORKS, type NetworkName, type PageName } from './measure.ts';
import { isLang, LANGS, type Lang } from '../src/i18n/lang.ts';

export const ALL_PAGES: PageName[] = ['page', 'embed', 'baseline'];

export const USAGE = `Usage: npm run bench -- [options]
  --runs N              rounds of page/embed/baseline (default 10)
  --pages LIST          comma-separated subset of page,embed,baseline (default all)
  --json FILE           also write every figure to FILE
  --check               exit 1 when any budget fails (times, sizes, Lighthouse if run)
  --check-sizes         exit 1 only when a byte budget fails (deterministic; for CI)
  --lighthouse          also run Lighthouse (mobile) on page and embed
  --pixel-check MODE    screencast (default): watch every frame drawn during the load;
                        once: trust the mark and check pixels once after the load (to see
                        what watching costs)
  --cpu N               CPU slow-down factor (default 4, as Lighthouse mobile; 1: none)
  --network NAME        none (default: localhost, unthrottled) or slow-4g (Lighthouse's
                        mobile network, as DevTools throttling applies it)
  --switches N          view switches timed in a run, two frames apart (default 100)
  --paced-switches N    view switches timed 250 ms apart, after the run (default 40; 0: none)
  --heap-switches N     view switches in all for the heap test (default 1000; read after 10 and all)
  --scale N             build the pages from a synthetic dataset N times the real one
                        (bench/synthetic.ts; default 1: the real dataset)
  --lang LANG           the page and embed in this interface language (default en: index.html;
                        uk: index.uk.html and embed.uk.html, each prerendered in Ukrainian)`;

export interface Args {
  runs: number;
  pages: PageName[];
  json: string | null;
  check: boolean;
  checkSizes: boolean;
  lighthouse: boolean;
  pixelCheck: 'screencast' | 'once';
  cpu: number;
  network: NetworkName;
  switches: number;
  pacedSwitches: number;
  heapSwitches: number;
  lang: Lang;
  scale: number;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = {
    runs: 10,
    pages: ALL_PAGES,
    json: null,
    check: false,
    checkSizes: false,
    lighthouse: false,
    pixelCheck: 'screencast',
    cpu: CPU_THROTTLE,
    network: 'none',
    switches: 100,
    pacedSwitches: 40,
    heapSwitches: 1000,
    lang: 'en',
    scale: 1,
  };
  const positive = (flag: string, value: string | undefined, min = 1): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      throw new Error(
        `${flag} needs a whole number ≥ ${min} (got ${value ?? 'nothing'}).\n${USAGE}`,
      );
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] = flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--runs':
        args.runs = positive('--runs', value());
        break;
      case '--pages': {
        const list = (value() ?? '').split(',').filter(Boolean);
        const bad = list.filter((p) => !ALL_PAGES.includes(p as PageName));
        if (!list.length || bad.length) {
          throw new Error(
            `--pages takes a comma-separated list of ${ALL_PAGES.join(', ')} (got "${list.join(',')}").`,
          );
        }
        args.pages = ALL_PAGES.filter((p) => list.includes(p));
        break;
      }
      case '--json': {
        const file = value();
        if (!file) throw new Error(`--json needs a file name.\n${USAGE}`);
        args.json = file;
        break;
      }
      case '--check':
        args.check = true;
        break;
      case '--check-sizes':
        args.checkSizes = true;
        break;
      case '--lang': {
        const lang = value();
        if (!isLang(lang)) {
          throw new Error(`--lang takes one of ${LANGS.join(', ')} (got ${lang ?? 'nothing'}).`);
        }
        args.lang = lang;
        break;
      }
      case '--scale':
        args.scale = positive('--scale', value());
        break;
      case '--lighthouse':
        args.lighthouse = true;
        break;
      case '--pixel-check': {
        const v = value();
        if (v !== 'screencast' && v !== 'once') {
          throw new Error(`--pixel-check takes screencast or once (got ${v}).`);
        }
        args.pixelCheck = v;
        break;
      }
      case '--cpu':
        args.cpu = positive('--cpu', value());
        break;
      case '--network': {
        const v = value();
        if (!v || !(v in NETWORKS)) {
          throw new Error(`--network takes ${Object.keys(NETWORKS).join(' or ')} (got ${v}).`);
        }
        args.network = v as NetworkName;
        break;
      }
      case '--switches':
        args.switches = positive('--switches', value(), 2);
        break;
      case '--paced-switches':
        args.pacedSwitches = positive('--paced-switches', value(), 0);
        break;
      case '--heap-switches':
        args.heapSwitches = positive('--heap-switches', value(), 20);
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${flag}.\n${USAGE}`);
    }
  }
  return args;
}
