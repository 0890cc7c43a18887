import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule, { type FormatsPlugin } from 'ajv-formats';
import type { VerificationReport } from '../../src/common/report.js';
import { REPO_ROOT } from './paths.js';

/** The report's JSON Schema, as shipped in the repository. */
export const REPORT_SCHEMA_PATH = join(REPO_ROOT, 'schema', 'verification-report.schema.json');

// ajv-formats is CommonJS with `exports.default`: under ESM the plugin is the default import's
// `default`, or (under a bundler's interop) the default import itself.
const addFormats: FormatsPlugin =
  (formatsModule as unknown as { default?: FormatsPlugin }).default ??
  (formatsModule as unknown as FormatsPlugin);

let compiled: ValidateFunction | undefined;

/** The schema compiled once (strict mode, so a typo in the schema itself fails loudly). */
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as object);
  }
  return compiled;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const extra =
    error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties'
      ? ` (${JSON.stringify(error.params)})`
      : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}

/**
 * Validates `value` against the report schema, after a JSON round trip (what a consumer
 * reads, not the in-memory object). Returns the problems, empty when it is valid.
 */
export function reportSchemaErrors(value: unknown): string[] {
  const validate = validator();
  const json: unknown = JSON.parse(JSON.stringify(value));
  return validate(json) ? [] : (validate.errors ?? []).map(describeError);
}

/** Throws an AssertionError listing every schema problem when `value` is not a valid report. */
export function assertValidReport(value: unknown): asserts value is VerificationReport {
  const errors = reportSchemaErrors(value);
  if (errors.length > 0) {
    const error = new Error(
      `The report does not match ${REPORT_SCHEMA_PATH}:\n  ${errors.join('\n  ')}`,
    );
    error.name = 'AssertionError';
    throw error;
  }
}

/** The same as `assertValidReport`, under the name the end-to-end tests use. */
export const validateReport: (value: unknown) => asserts value is VerificationReport =
  assertValidReport;
