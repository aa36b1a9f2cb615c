/** What the sync server is started with, and what a running one offers (team-sync-server.ts starts it). */
import type { OidcConfig } from './access-rules.ts';
import type { ServerLimits } from './limits.ts';
import type { CatalogChecklist } from '../lib/checklist/checklist-catalog.ts';
import type { WebhookTiming } from './webhooks.ts';
import type { Webhook } from './webhooks-config.ts';
import type { StorageOptions } from './server-storage.ts';
import type { TokenRegistry } from './token-registry.ts';

export interface TeamSyncServerOptions extends StorageOptions {
  host: string;
  /** 0 picks a free port; `RunningTeamSyncServer.port` says which. */
  port: number;
  tokens: TokenRegistry;
  /** The file `tokens` came from: read again when it changes (revocation without restart). */
  tokensFile?: string;
  /** People sign in with the identity provider; without it only the tokens file applies. */
  oidc?: OidcConfig & { keyRefreshCooldownMs?: number };
  /** The bounds of config.ts; those not given keep their defaults. */
  limits?: Partial<ServerLimits>;
  /** The site's checklists, for the API for CI; read from the guide's content when not given. */
  checklists?: CatalogChecklist[];
  /** Where the team's events are posted (webhooks-config.ts); `webhookTiming` shortens the retries in tests. */
  webhooks?: Webhook[];
  webhookTiming?: WebhookTiming;
  /** Told about stored updates that could not be read back (they are left out of the document). */
  warn?: (message: string) => void;
}

export interface RunningTeamSyncServer {
  /** The address the server is bound to, as the system reports it. */
  address: string;
  port: number;
  url: string;
  /** Reads the tokens file and the access rules again now (SIGHUP). */
  reloadSettings(): void;
  stop(): Promise<void>;
}
