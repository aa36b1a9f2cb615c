/**
 * Webhooks out, put together for the sync server: the watch on the shared documents (webhook-watch.ts), the claims
 * that let one instance deliver each event (webhook-claims.ts) and the delivery (webhook-delivery.ts). With no
 * webhook configured, nothing is watched.
 */
import type { Extension } from '@hocuspocus/server';
import type * as Y from 'yjs';
import type { CatalogChecklist } from '../lib/checklist/checklist-catalog.ts';
import type { AuditEntry } from './audit-log.ts';
import { webhookClaims } from './webhook-claims.ts';
import { webhookDelivery } from './webhook-delivery.ts';
import { webhookWatch } from './webhook-watch.ts';
import type { Webhook } from './webhooks-config.ts';

export interface WebhookTiming {
  retryDelaysMs?: number[];
  timeoutMs?: number;
}

export interface WebhooksOptions {
  webhooks: readonly Webhook[];
  timing?: WebhookTiming | undefined;
  catalog: readonly CatalogChecklist[];
  team: () => Promise<Y.Doc>;
  record: (entry: AuditEntry) => void;
  warn: (message: string) => void;
  redisUrl?: string | undefined;
  redisPrefix?: string | undefined;
}

export function startWebhooks(options: WebhooksOptions): {
  extensions: Extension[];
  stop(): Promise<void>;
} {
  if (options.webhooks.length === 0) return { extensions: [], stop: async () => {} };
  const claims = webhookClaims(
    options.redisUrl ? { url: options.redisUrl, prefix: options.redisPrefix } : undefined,
  );
  const delivery = webhookDelivery({
    webhooks: options.webhooks,
    record: options.record,
    claim: claims.claim,
    ...options.timing,
  });
  return {
    extensions: [
      webhookWatch({
        catalog: options.catalog,
        team: options.team,
        warn: options.warn,
        emit: delivery.send,
      }),
    ],
    async stop() {
      await delivery.stop();
      claims.close();
    },
  };
}
