/**
 * How the facts service (lib/facts/factsService.ts) tells open tabs that facts
 * changed, wherever it runs. Only the background can reach every tab; an
 * extension page (the notes page) asks it to.
 */
import type { KxdbDatabase } from "../db/schema";
import { createFactsService, type FactsService } from "../facts/factsService";
import { sendMessage } from "./messaging";

/** Background: tell every tab with our content script, and our own pages (reader, notes); those without a listener just do not answer. */
export async function tellEveryTab(): Promise<void> {
  sendMessage("factsChanged", undefined).catch(() => {});
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) sendMessage("factsChanged", undefined, tab.id).catch(() => {});
  }
}

/** An extension page: ask the background to tell every tab (a page cannot list the tabs' content scripts itself). */
export function askBackgroundToTellTabs(): void {
  sendMessage("notifyFactsChanged", undefined).catch(() => {});
}

/** The facts service of the background. */
export const backgroundFactsService = (db: KxdbDatabase): FactsService => createFactsService(db, tellEveryTab);

/** The facts service of an extension page that writes the store itself (the notes page). */
export const pageFactsService = (db: KxdbDatabase): FactsService => createFactsService(db, askBackgroundToTellTabs);
