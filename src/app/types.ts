/**
 * The dataset as the app receives it: the export written by `npm run claims -- --json` and
 * served as `data/claims.json`.
 */
export type {
  ExportedDataset as Dataset,
  ExportedClaim as DatasetClaim,
} from '../claims/export.ts';
