/**
 * The webhooks file (SYNC_WEBHOOKS_FILE): where the sync server posts the team's events, checked once at start like
 * the tokens file, so that a mistyped URL or event stops the server with the file, the entry and the field rather
 * than leaving a chat silent.
 */
import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../lib/team/webhook-events.ts';
import { ConfigError, readJsonFile } from './config.ts';

const MIN_SECRET_LENGTH = 16;

const WebhookSchema = z
  .object({
    url: z
      .string()
      .url('must be a URL')
      .refine((url) => /^https?:\/\//.test(url), 'must start with http:// or https://'),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, 'must name at least one event'),
    secret: z
      .string()
      .min(
        MIN_SECRET_LENGTH,
        `must be at least ${MIN_SECRET_LENGTH} characters (a long random string)`,
      ),
    format: z.enum(['slack', 'json']),
  })
  .strict();

export type Webhook = z.infer<typeof WebhookSchema>;

/** Reads and checks the webhooks file; throws a ConfigError naming the file, the entry and the field. */
export function loadWebhooksFile(file: string): Webhook[] {
  const json = readJsonFile(file, 'Webhooks file');
  const result = z.array(WebhookSchema).safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map(({ path, message }) => {
      const [index, ...rest] = path;
      if (typeof index !== 'number')
        return `the file must hold a JSON array of webhooks: ${message}`;
      return `entry ${index + 1}${rest.length ? `, "${rest.join('.')}"` : ''}: ${message}`;
    });
    throw new ConfigError(`Webhooks file ${file}:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}
