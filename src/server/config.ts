import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  tls: { certFile: string; keyFile: string } | null;
  /** A `postgres://` URL, or null for the SQLite file in `dataDir`. */
  databaseUrl: string | null;
  /**
   * Behind a reverse proxy (TRUST_PROXY=1): the login rate limit counts the first X-Forwarded-For address,
   * not the socket's, which would be the proxy's for every client.
   */
  trustProxy: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the server settings from the environment; relative paths are resolved against the working
 * directory. PORT=0 asks the OS for a free port (tests use it; the bound port is printed). DATABASE_URL
 * (postgres://…) selects PostgreSQL; unset, the database is `DATA_DIR/cchc.sqlite`.
 */
export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const portText = env.PORT?.trim() || '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  const certFile = env.TLS_CERT?.trim() || null;
  const keyFile = env.TLS_KEY?.trim() || null;
  if ((certFile === null) !== (keyFile === null)) {
    throw new ConfigError('TLS_CERT and TLS_KEY must be set together (HTTPS needs both)');
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (leave it unset for SQLite in DATA_DIR)');
  }
  const trustProxyText = env.TRUST_PROXY?.trim() || '0';
  if (trustProxyText !== '0' && trustProxyText !== '1') {
    throw new ConfigError(`TRUST_PROXY must be 0 or 1, got "${env.TRUST_PROXY}"`);
  }
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR?.trim() || 'data'),
    distDir: resolve(env.DIST_DIR?.trim() || 'dist'),
    tls: certFile && keyFile ? { certFile: resolve(certFile), keyFile: resolve(keyFile) } : null,
    databaseUrl,
    trustProxy: trustProxyText === '1',
  };
}
