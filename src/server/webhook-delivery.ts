/**
 * Posting the team's events to webhooks without ever holding up sync: each delivery runs on its own, signed with
 * the webhook's secret (`X-OctoAcme-Signature: sha256=<hex HMAC-SHA256 of the body>`, GitHub's scheme) and named by
 * its event id, tried up to three times with a growing pause, and each outcome written to the audit log. Every
 * event is first claimed by its id, so that with several instances seeing the same change only one posts it.
 */
import { createHmac } from 'node:crypto';
import { webhookBody, type WebhookEvent } from '../lib/team/webhook-events.ts';
import type { AuditEntry } from './audit-log.ts';
import type { Webhook } from './webhooks-config.ts';

export const SIGNATURE_HEADER = 'X-OctoAcme-Signature';
export const EVENT_ID_HEADER = 'X-OctoAcme-Event-Id';
export const EVENT_HEADER = 'X-OctoAcme-Event';

export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export interface DeliveryOptions {
  webhooks: readonly Webhook[];
  record: (entry: AuditEntry) => void;
  /** True for the one instance that gets to deliver this event (see webhook-claims.ts). */
  claim: (eventId: string) => Promise<boolean>;
  /** The pauses before the second and third tries. */
  retryDelaysMs?: readonly number[];
  /** How long one try may take before it counts as failed. */
  timeoutMs?: number;
}

export function webhookDelivery(options: DeliveryOptions) {
  const { webhooks, record, claim } = options;
  const delays = options.retryDelaysMs ?? [1_000, 5_000];
  const timeoutMs = options.timeoutMs ?? 10_000;
  const stopping = new AbortController();
  const pending = new Set<Promise<void>>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      stopping.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), {
        once: true,
      });
    });

  async function post(webhook: Webhook, event: WebhookEvent, document: string) {
    const body = webhookBody(event, webhook.format);
    const host = new URL(webhook.url).host;
    const log = (reason: string) =>
      record({
        event: 'webhook',
        kind: event.type,
        reason: `${event.id} → ${host}: ${reason}`,
        document,
      });
    for (let attempt = 1; attempt <= delays.length + 1 && !stopping.signal.aborted; attempt += 1) {
      let outcome: string;
      try {
        const response = await fetch(webhook.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'OctoAcme-Release-Guide-Webhooks',
            [SIGNATURE_HEADER]: signature(body, webhook.secret),
            [EVENT_HEADER]: event.type,
            [EVENT_ID_HEADER]: event.id,
          },
          body,
          signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(timeoutMs)]),
        });
        await response.body?.cancel();
        if (response.ok) return log(`delivered (${response.status}), try ${attempt}`);
        outcome = `answered ${response.status}`;
      } catch (error) {
        outcome =
          (error as Error).name === 'TimeoutError' ? 'no answer in time' : (error as Error).message;
      }
      const last = attempt > delays.length;
      log(`try ${attempt} failed (${outcome})${last ? ', given up' : ''}`);
      if (!last) await pause(delays[attempt - 1]!);
    }
  }

  async function deliver(event: WebhookEvent, document: string) {
    const targets = webhooks.filter((webhook) => webhook.events.includes(event.type));
    if (targets.length === 0) return;
    let mine: boolean;
    try {
      mine = await claim(event.id);
    } catch (error) {
      record({
        event: 'webhook',
        kind: event.type,
        reason: `${event.id}: not claimed (${(error as Error).message})`,
        document,
      });
      return;
    }
    if (mine) await Promise.all(targets.map((webhook) => post(webhook, event, document)));
  }

  return {
    /** Starts delivering an event and returns at once. */
    send(event: WebhookEvent, document: string): void {
      const delivery = deliver(event, document).finally(() => pending.delete(delivery));
      pending.add(delivery);
    },
    /** Resolves once every delivery started so far has ended (delivered or given up). */
    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.all(pending);
    },
    /** Stops retrying and waits for the tries under way to end. */
    async stop(): Promise<void> {
      stopping.abort();
      await this.idle();
    },
  };
}
