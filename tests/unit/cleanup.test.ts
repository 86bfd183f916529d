/** Cleanup: everything added is undone once, newest first; pending timers never run; nothing is added after dispose. */
import { describe, expect, it, vi } from "vitest";
import { Cleanup } from "../../lib/cleanup";

describe("Cleanup", () => {
  it("undoes what was added, newest first, once", () => {
    const cleanup = new Cleanup();
    const order: number[] = [];
    cleanup.add(() => order.push(1));
    cleanup.add(() => order.push(2));
    cleanup.dispose();
    cleanup.dispose();
    expect(order).toEqual([2, 1]);
    expect(cleanup.isDisposed).toBe(true);
  });

  it("removes its listeners, and adds none once disposed", () => {
    const cleanup = new Cleanup();
    const target = new EventTarget();
    const heard = vi.fn();
    cleanup.listen(target, "ping", heard);
    target.dispatchEvent(new Event("ping"));
    cleanup.dispose();
    cleanup.listen(target, "ping", heard);
    target.dispatchEvent(new Event("ping"));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("clears pending timers and schedules none once disposed; a step added late is undone at once", () => {
    vi.useFakeTimers();
    try {
      const cleanup = new Cleanup();
      const ran = vi.fn();
      cleanup.timeout(ran, 10);
      const cleared = cleanup.timeout(ran, 10);
      cleanup.clearTimeout(cleared);
      cleanup.timeout(ran, 0);
      vi.advanceTimersByTime(0);
      expect(ran).toHaveBeenCalledTimes(1);
      cleanup.dispose();
      expect(cleanup.timeout(ran, 0)).toBeUndefined();
      vi.advanceTimersByTime(100);
      expect(ran).toHaveBeenCalledTimes(1);
      expect(vi.getTimerCount()).toBe(0);
      const late = vi.fn();
      cleanup.add(late);
      expect(late).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
