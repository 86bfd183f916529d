import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type BackupFile,
  type BackupState,
  backupDue,
  backupFilename,
  daysAgo,
  KEEP_BACKUPS,
  NO_BACKUPS,
  pruneBackups,
  shouldAsk,
} from "../../lib/backup/schedule";

const DAY = 24 * 60 * 60 * 1000;
let tz: string | undefined;
beforeEach(() => {
  tz = process.env.TZ;
  process.env.TZ = "Asia/Shanghai";
});
afterEach(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

/** 2026-11-25 10:00 in Beijing. */
const now = Date.UTC(2026, 10, 25, 2, 0, 0);
const on = (lastAt?: number): BackupState => ({ enabled: true, files: [], lastAt });

describe("asking for automatic backups", () => {
  it("asks once the first fact is saved, and never again once answered", () => {
    expect(shouldAsk(NO_BACKUPS, 0)).toBe(false);
    expect(shouldAsk(NO_BACKUPS, 1)).toBe(true);
    expect(shouldAsk({ ...NO_BACKUPS, enabled: false }, 5)).toBe(false);
    expect(shouldAsk({ ...NO_BACKUPS, enabled: true }, 5)).toBe(false);
  });
});

describe("when a backup is due", () => {
  it("weekly, only when switched on and there is something to back up", () => {
    expect(backupDue(on(), now, 1)).toBe(true);
    expect(backupDue(on(now - 3 * DAY), now, 1)).toBe(false);
    expect(backupDue(on(now - 7 * DAY), now, 1)).toBe(true);
    // The daily alarm may fire a little early: a week less a few minutes still counts.
    expect(backupDue(on(now - 7 * DAY + 5 * 60 * 1000), now, 1)).toBe(true);
    expect(backupDue(on(now - 6 * DAY), now, 1)).toBe(false);
    expect(backupDue(on(), now, 0)).toBe(false);
    expect(backupDue({ ...NO_BACKUPS, enabled: false }, now, 3)).toBe(false);
    expect(backupDue(NO_BACKUPS, now, 3)).toBe(false);
  });
});

describe("backup files", () => {
  it("are named by the local date, in kxdb-backups/", () => {
    expect(backupFilename(now)).toBe("kxdb-backups/kxdb-backup-2026-11-25.json");
    // 23:30 UTC on the 24th is already the 25th in Beijing.
    expect(backupFilename(Date.UTC(2026, 10, 24, 23, 30))).toBe("kxdb-backups/kxdb-backup-2026-11-25.json");
    expect(backupFilename(now, "upgrade")).toBe("kxdb-backups/kxdb-backup-2026-11-25-before-upgrade.json");
  });

  it("keep the newest 8: the oldest ones the extension wrote are removed", () => {
    const files: BackupFile[] = Array.from({ length: 10 }, (_, i) => ({
      downloadId: 100 + i,
      filename: backupFilename(now - (10 - i) * 7 * DAY),
      at: now - (10 - i) * 7 * DAY,
      reason: "scheduled",
    }));
    const shuffled = [files[5], files[0], files[9], files[1], ...files.slice(2, 5), ...files.slice(6, 9)];
    const { keep, remove } = pruneBackups(shuffled);
    expect(KEEP_BACKUPS).toBe(8);
    expect(remove.map((f) => f.downloadId)).toEqual([100, 101]);
    expect(keep.map((f) => f.downloadId)).toEqual([102, 103, 104, 105, 106, 107, 108, 109]);
    expect(pruneBackups(files.slice(0, 3)).remove).toEqual([]);
  });
});

describe("上次备份：N 天前", () => {
  it("counts calendar days in the reader's time zone", () => {
    expect(daysAgo(now - 60 * 1000, now)).toBe(0);
    // 23:50 yesterday is one day ago, though only minutes have passed.
    const justAfterMidnight = Date.UTC(2026, 10, 24, 16, 5); // 00:05 on the 25th in Beijing
    expect(daysAgo(justAfterMidnight - 15 * 60 * 1000, justAfterMidnight)).toBe(1);
    expect(daysAgo(now - 3 * DAY, now)).toBe(3);
  });
});
