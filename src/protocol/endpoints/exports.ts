import * as v from 'valibot';
import { defineEndpoint } from '../endpoint.js';
import {
  DATA_PACKAGE_PATH,
  DataPackageSchema,
  ExportDatasetIdSchema,
  ExportJsonSchema,
  ExportQuerySchema,
} from '../exports.js';

/*
 * The exports feature's endpoints. Paths are relative to the API base. The dataset's file name is
 * the path: `/exports/petitions.csv`. Each dataset accepts at most its own filter (EXPORT_DATASETS);
 * any other parameter, a bad id or an unknown dataset is answered with a problem (400 / 404).
 */

const ExportPathSchema = v.object({ dataset: ExportDatasetIdSchema });

export const getExportCsv = defineEndpoint({
  id: 'getExportCsv',
  method: 'GET',
  path: '/exports/{dataset}.csv',
  summary: 'A dataset as CSV (RFC 4180, UTF-8, CRLF, header row; formulas neutralised), streamed',
  tag: 'exports',
  status: 200,
  auth: 'none',
  feature: 'exports',
  responseType: 'text/csv',
  pathParams: ExportPathSchema,
  query: ExportQuerySchema,
  body: undefined,
  response: undefined,
});

export const getExportJson = defineEndpoint({
  id: 'getExportJson',
  method: 'GET',
  path: '/exports/{dataset}.json',
  summary: 'A dataset as a JSON array of objects keyed by column name, streamed',
  tag: 'exports',
  status: 200,
  auth: 'none',
  feature: 'exports',
  pathParams: ExportPathSchema,
  query: ExportQuerySchema,
  body: undefined,
  response: ExportJsonSchema,
});

export const getDataPackage = defineEndpoint({
  id: 'getDataPackage',
  method: 'GET',
  path: DATA_PACKAGE_PATH,
  summary:
    'The Frictionless Data Package describing every export this backend serves (licence, columns, CSV URLs)',
  tag: 'exports',
  status: 200,
  auth: 'none',
  feature: 'exports',
  pathParams: undefined,
  query: undefined,
  body: undefined,
  response: DataPackageSchema,
});
