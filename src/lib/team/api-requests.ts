/**
 * What a pipeline may send to the sync server's API, read and checked before anything is written: a run to create
 * and an action on an item. A problem becomes the API's error (`{ error, message }`) with a sentence the person
 * who wrote the pipeline step can act on.
 */
import * as v from 'valibot';
import { NOTE_MAX, REASON_MAX } from '../item-state/item-state.ts';
import { RELEASE_TYPES, type RunInput } from '../releases/release-run.ts';
import { versionProblem } from '../releases/semver.ts';

export interface ApiError {
  status: number;
  error: string;
  message: string;
  [detail: string]: unknown;
}

export const apiError = (
  status: number,
  error: string,
  message: string,
  details: Record<string, unknown> = {},
): ApiError => ({ status, error, message, ...details });

type Parsed<T> = { ok: true; value: T } | { ok: false; error: ApiError };

function parseJson(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: text.trim() === '' ? {} : JSON.parse(text) };
  } catch {
    return { ok: false, error: apiError(400, 'invalid-json', 'The request body is not JSON.') };
  }
}

function problem(issues: readonly v.BaseIssue<unknown>[]): ApiError {
  const issue = issues[0]!;
  const field = issue.path?.map((step) => String(step.key)).join('.') ?? 'body';
  return apiError(400, 'invalid-request', `${field}: ${issue.message}`, { field });
}

const CreateRunSchema = v.strictObject({
  version: v.string('version must be a string such as "2.5.0"'),
  name: v.optional(v.pipe(v.string(), v.maxLength(200, 'keep the name under 200 characters'))),
  type: v.optional(v.picklist(RELEASE_TYPES, 'type must be "patch", "minor" or "major"')),
  customerFacing: v.optional(v.boolean('customerFacing must be true or false')),
});

/** A run to create: the version must be semver; the type defaults to minor, customer-facing to true. */
export function parseCreateRun(text: string): Parsed<RunInput> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const parsed = v.safeParse(CreateRunSchema, json.value);
  if (!parsed.success) return { ok: false, error: problem(parsed.issues) };
  const { version, name, type = 'minor', customerFacing = true } = parsed.output;
  const wrongVersion = versionProblem(version);
  if (wrongVersion)
    return {
      ok: false,
      error: apiError(400, 'invalid-version', wrongVersion, { field: 'version' }),
    };
  return { ok: true, value: { version, ...(name?.trim() ? { name } : {}), type, customerFacing } };
}

export const API_ITEM_ACTIONS = ['done', 'reopen', 'na'] as const;

const ItemActionRequestSchema = v.strictObject({
  action: v.picklist(API_ITEM_ACTIONS, 'action must be "done", "reopen" or "na"'),
  reason: v.optional(v.pipe(v.string(), v.maxLength(REASON_MAX))),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX))),
  force: v.optional(v.boolean('force must be true or false')),
});

export type ItemActionRequest = v.InferOutput<typeof ItemActionRequestSchema>;

/** An action on an item; N/A needs a reason, as it does on the page. */
export function parseItemAction(text: string): Parsed<ItemActionRequest> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const parsed = v.safeParse(ItemActionRequestSchema, json.value);
  if (!parsed.success) return { ok: false, error: problem(parsed.issues) };
  if (parsed.output.action === 'na' && !parsed.output.reason?.trim())
    return {
      ok: false,
      error: apiError(400, 'reason-required', 'An item marked N/A needs a reason: send "reason".'),
    };
  return { ok: true, value: parsed.output };
}

/** The names of `?require=a,b/c` (also repeated `require=`), without blanks. */
export function parseRequired(search: URLSearchParams): string[] {
  return search
    .getAll('require')
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter(Boolean);
}
