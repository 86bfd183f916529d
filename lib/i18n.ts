/**
 * UI strings: Simplified Chinese first, English as the second locale, chosen
 * by the browser's language. One typed table instead of _locales/*.json so a
 * missing translation is a type error and the strings work in tests too.
 */
const zh = {
  appName: "科学导报标注助手",
  ZONE: "开发区",
  COMPANY: "企业",
  close: "关闭",
  hide: "隐藏标注",
  show: "显示标注",
  entityList: "实体列表",
  articleEntities: "本文实体",
  markSelectionAs: "将“$1”标为：",
  notA: "“$1”不是$2",
  alsoKnownAs: "又称：$1",
  mentionedHere: "本文提及 $1 次",
  appearsIn: "出现在 $1 篇文章中",
  loadFailed: "读取失败：$1",
  annotateFailed: "标注失败：$1",
  recognizeTitle: "识别文本",
  recognizeHint: "粘贴一段新闻文本，识别其中的开发区与企业",
  recognize: "识别",
  recognizing: "识别中…",
  recognizeFailed: "识别失败：$1",
  took: "用时 $1 ms",
  listSeparator: "、",
  siteSection: "其他新闻网站",
  savedQuote: "已保存的事实",
  saveFact: "保存为事实",
  saved: "已保存",
  alreadySaved: "已保存过这段文字",
  editFact: "编辑事实",
  note: "备注",
  tags: "标签（用逗号或空格分隔）",
  linkedEntities: "关联的开发区与企业",
  confirm: "确定",
  cancel: "取消",
  edit: "编辑",
  delete: "删除",
  deleted: "已删除",
  undo: "撤销",
  factsAbout: "已保存的事实（$1）",
  noFacts: "还没有关于它的事实。",
  suggestions: "建议保存",
  detached: "未能在正文中定位的事实",
  saveFailed: "保存失败：$1",
  trash: "最近删除的事实",
  openInNotes: "在笔记中查看",
  restore: "恢复",
  siteAlwaysOn: "科学导报网站上始终自动标注。",
  siteEnable: "在此网站启用标注",
  siteDisable: "在此网站停用标注",
  sitePermissionDenied: "未获得访问此网站的权限，未启用。",
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appName: "KXDB Annotator",
  ZONE: "Zone",
  COMPANY: "Company",
  close: "Close",
  hide: "Hide highlights",
  show: "Show highlights",
  entityList: "Entities",
  articleEntities: "Entities in this article",
  markSelectionAs: "Mark “$1” as:",
  notA: "“$1” is not a $2",
  alsoKnownAs: "Also: $1",
  mentionedHere: "Mentioned $1× here",
  appearsIn: "In $1 articles",
  loadFailed: "Could not load: $1",
  annotateFailed: "Annotation failed: $1",
  recognizeTitle: "Recognize text",
  recognizeHint: "Paste news text to find development zones and companies",
  recognize: "Recognize",
  recognizing: "Recognizing…",
  recognizeFailed: "Recognition failed: $1",
  took: "$1 ms",
  listSeparator: ", ",
  siteSection: "Other news sites",
  savedQuote: "Saved fact",
  saveFact: "Save as fact",
  saved: "Saved",
  alreadySaved: "This quote was already saved",
  editFact: "Edit fact",
  note: "Note",
  tags: "Tags (comma or space separated)",
  linkedEntities: "Linked zones and companies",
  confirm: "Save",
  cancel: "Cancel",
  edit: "Edit",
  delete: "Delete",
  deleted: "Deleted",
  undo: "Undo",
  factsAbout: "Saved facts ($1)",
  noFacts: "No facts about it yet.",
  suggestions: "Suggested facts",
  detached: "Facts not found in the text",
  saveFailed: "Could not save: $1",
  trash: "Recently deleted facts",
  openInNotes: "Open in notes",
  restore: "Restore",
  siteAlwaysOn: "Always on for kxdb.com.",
  siteEnable: "Annotate this site",
  siteDisable: "Stop annotating this site",
  sitePermissionDenied: "Permission for this site was not granted; nothing changed.",
};

export type Locale = "zh" | "en";

export function currentLocale(): Locale {
  const lang = typeof navigator === "undefined" ? "zh" : (navigator.language ?? "zh");
  return /^zh/i.test(lang) ? "zh" : "en";
}

/** The string for `key` in the browser's locale, `$1`, `$2` … replaced by `args`. */
export function t(key: MessageKey, ...args: (string | number)[]): string {
  const table = currentLocale() === "zh" ? zh : en;
  return table[key].replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ""));
}
