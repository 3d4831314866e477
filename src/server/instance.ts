/**
 * This server among those sharing one database and data folder: a random id, held as a named lock
 * for as long as the server runs. Another server tells this one's leftovers (its temporary files, a
 * build it runs) from a dead server's by whether that lock is held; PostgreSQL frees it when the
 * process ends, however it ends. With SQLite the one server in the process is the only one alive.
 */
import { randomUUID } from "node:crypto";
import type { HeldLock, Store } from "./store/store.js";

const lockOf = (id: string) => `server:${id}`;

export class ServerInstance {
  private constructor(
    readonly id: string,
    private readonly store: Store,
    private readonly held: HeldLock,
  ) {}

  static async start(store: Store): Promise<ServerInstance> {
    const id = randomUUID();
    return new ServerInstance(id, store, await store.holdLock(lockOf(id)));
  }

  /** Whether the server with this id has ended (null: a server from before servers had ids). */
  async isGone(id: string | null): Promise<boolean> {
    if (id === this.id) return false;
    return id === null || !(await this.store.isLockHeld(lockOf(id)));
  }

  release(): Promise<void> {
    return this.held.release();
  }
}
