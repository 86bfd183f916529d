/**
 * What a mount added to a page (listeners, timers, nodes, subscriptions),
 * collected as it is added, so that one `dispose()` takes all of it away
 * again. Undo steps run newest first: a node is emptied before it is removed,
 * a listener goes before the element it listens on.
 * Runs in Node too (EventTarget and timers are not browser-only).
 */
export class Cleanup {
  private readonly steps: (() => void)[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private disposed = false;

  /** Something to undo on dispose; after dispose it is undone at once (a mount finishing late leaves nothing behind). */
  add(undo: () => void): void {
    if (this.disposed) undo();
    else this.steps.push(undo);
  }

  /** One listener on the target, or on each of several. */
  listen<E extends Event = Event>(
    targets: EventTarget | readonly EventTarget[],
    type: string,
    listener: (event: E) => void,
    options?: boolean | AddEventListenerOptions,
  ): void {
    if (this.disposed) return;
    const handler = listener as EventListener;
    for (const target of [targets].flat()) {
      target.addEventListener(type, handler, options);
      this.add(() => target.removeEventListener(type, handler, options));
    }
  }

  /** setTimeout, cleared on dispose if it has not run; nothing is scheduled once disposed. */
  timeout(run: () => void, ms = 0): ReturnType<typeof setTimeout> | undefined {
    if (this.disposed) return undefined;
    const id = setTimeout(() => {
      this.timers.delete(id);
      run();
    }, ms);
    this.timers.add(id);
    return id;
  }

  clearTimeout(id: ReturnType<typeof setTimeout> | undefined): void {
    if (id === undefined) return;
    clearTimeout(id);
    this.timers.delete(id);
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const id of this.timers) clearTimeout(id);
    this.timers.clear();
    while (this.steps.length) (this.steps.pop() as () => void)();
  }
}
