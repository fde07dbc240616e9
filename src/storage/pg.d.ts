/**
 * The small part of `pg` (installed as a dependency of @keyv/postgres; no @types/pg here) that
 * storage uses. Remove this file if @types/pg is ever added.
 */
declare module 'pg' {
  export interface PoolConfig {
    connectionString?: string;
    max?: number;
    idleTimeoutMillis?: number;
    connectionTimeoutMillis?: number;
    allowExitOnIdle?: boolean;
    application_name?: string;
  }
  export interface QueryResult<R = Record<string, unknown>> {
    rows: R[];
    rowCount: number | null;
  }
  export class Pool {
    constructor(config?: PoolConfig);
    query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
    end(): Promise<void>;
    on(event: 'error', listener: (err: Error) => void): this;
    readonly totalCount: number;
    readonly idleCount: number;
  }
  const pg: { Pool: typeof Pool };
  export default pg;
}
