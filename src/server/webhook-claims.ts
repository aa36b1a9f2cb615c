/**
 * Which instance delivers an event: the first to claim its id. With Redis (several instances sharing live changes)
 * the claim is a key set only if absent, kept for a week; alone, a set of the ids this process has claimed.
 */
import IORedis from 'ioredis';

const CLAIM_SECONDS = 7 * 24 * 3600;
const REMEMBERED_IN_MEMORY = 100_000;

export interface WebhookClaims {
  claim(eventId: string): Promise<boolean>;
  close(): void;
}

export function webhookClaims(redis?: { url: string; prefix?: string | undefined }): WebhookClaims {
  if (!redis) {
    const claimed = new Set<string>();
    return {
      async claim(eventId) {
        if (claimed.has(eventId)) return false;
        claimed.add(eventId);
        // Oldest first out: a set that never forgets would grow with every event.
        if (claimed.size > REMEMBERED_IN_MEMORY) claimed.delete(claimed.values().next().value!);
        return true;
      },
      close() {},
    };
  }
  const client = new IORedis(redis.url, { maxRetriesPerRequest: 1 });
  client.on('error', () => undefined); // a claim that fails is logged by the delivery; ioredis reconnects by itself
  const prefix = `${redis.prefix ?? 'octoacme-sync'}:webhook-claim:`;
  return {
    async claim(eventId) {
      return (await client.set(`${prefix}${eventId}`, '1', 'EX', CLAIM_SECONDS, 'NX')) === 'OK';
    },
    close: () => client.disconnect(),
  };
}
