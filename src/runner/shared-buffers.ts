/**
 * Buffers that go back and forth between threads without being allocated again: fixed-size
 * slots of shared memory, handed to a worker with a task and put back once its result is used.
 *
 * Why: V8 counts the bytes of every ArrayBuffer an isolate allocates, or receives by transfer,
 * towards its next full collection. A coordinating thread that takes a fresh buffer per batch in
 * each direction ran one full collection per ~16 MB moved (about 75 in a scale-1 build); a shared
 * buffer is counted once, when it is made.
 */
export class SharedBufferPool {
  private readonly free: SharedArrayBuffer[] = [];

  constructor(readonly slotBytes: number) {}

  /**
   * A whole free slot (a new one when none is free) when `minBytes` fit in one, else an ordinary
   * buffer of `minBytes`, which `release` ignores.
   */
  acquire(minBytes = 0): Uint8Array {
    if (minBytes > this.slotBytes) return new Uint8Array(minBytes);
    return new Uint8Array(this.free.pop() ?? new SharedArrayBuffer(this.slotBytes));
  }

  /** Puts back the slot `view` lies in; a view of any other buffer is left to the collector. */
  release(view: Uint8Array): void {
    const buffer = view.buffer;
    if (!(buffer instanceof SharedArrayBuffer) || buffer.byteLength !== this.slotBytes) return;
    if (this.free.includes(buffer)) throw new Error("a shared buffer slot was released twice");
    this.free.push(buffer);
  }

  /** Slots waiting to be acquired again. */
  get freeSlots(): number {
    return this.free.length;
  }
}

/** The buffer behind `view` to transfer with a message: none for shared memory (it is shared, not moved). */
export function transferableOf(view: Uint8Array | Uint32Array): ArrayBuffer[] {
  return view.buffer instanceof SharedArrayBuffer ? [] : [view.buffer as ArrayBuffer];
}
