/**
 * Named locks within one process, in the order asked: what SQLite mode needs, as one process holds
 * its database alone (data-lock.ts), so nobody else could hold them.
 */
export class ProcessLocks {
  /** Per name, the promise the next taker waits for: present while someone holds or awaits it. */
  private readonly tails = new Map<string, Promise<void>>();

  /** Waits for the lock and returns the function that gives it back (calling it again does nothing). */
  async acquire(name: string): Promise<() => void> {
    const previous = this.tails.get(name) ?? Promise.resolve();
    let free!: () => void;
    const freed = new Promise<void>((resolve) => (free = resolve));
    const tail = previous.then(() => freed);
    this.tails.set(name, tail);
    await previous;
    return () => {
      free();
      if (this.tails.get(name) === tail) this.tails.delete(name);
    };
  }

  async withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(name);
    try {
      return await work();
    } finally {
      release();
    }
  }

  isHeld(name: string): boolean {
    return this.tails.has(name);
  }
}
