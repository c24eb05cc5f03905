import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * Prisma's connection for reads that may come from the replica: each read goes to the replica and,
 * should it fail there (the replica stopped, restarting, or cancelling the query to apply WAL), again
 * to the primary, so the reader never sees the replica's trouble. Writes and transactions go to the
 * primary. Any failure counts: a query that is wrong in itself fails on the primary too.
 */
export function replicaFirstAdapter(replica: SqlDriverAdapterFactory, primary: SqlDriverAdapterFactory, onReplicaFailure: () => void): SqlDriverAdapterFactory {
  return {
    provider: primary.provider,
    adapterName: primary.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const [onReplica, onPrimary] = await Promise.all([replica.connect(), primary.connect()]);
      return {
        provider: onPrimary.provider,
        adapterName: onPrimary.adapterName,
        queryRaw: (query) =>
          onReplica.queryRaw(query).catch(() => {
            onReplicaFailure();
            return onPrimary.queryRaw(query);
          }),
        executeRaw: (query) => onPrimary.executeRaw(query),
        executeScript: (script) => onPrimary.executeScript(script),
        startTransaction: (isolationLevel) => onPrimary.startTransaction(isolationLevel),
        getConnectionInfo: () => onPrimary.getConnectionInfo?.() ?? { supportsRelationJoins: false },
        dispose: async () => {
          await Promise.all([onReplica.dispose(), onPrimary.dispose()]);
        },
      };
    },
  };
}
