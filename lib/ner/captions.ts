/**
 * Photo captions, credits and sub-head markers start a sentence of their own
 * even without punctuation before them: `图为太原武宿综保区一角`,
 * `（记者 王强 摄）山西光福科技有限公司车间`, `▲晋城经开区企业加紧生产`. Their
 * lead words never join the name that follows. `nameCannotReachBefore` marks
 * the first character after each such lead: a name's left edge stops there.
 */

/** Words that open a caption (`图为`, `上图：`, `图1`, …) and sub-head bullets. */
const LEADS = "图为|图片为|图中为|[上下左右]图为?[:：]?|图[0-9一二三四五六七八九十]+[:：]?|图[:：]";
const BULLETS = "[▲△■□◆◇●○★☆]";
/** Caption leads at the start of a sentence or line, bullets anywhere. */
const CAPTION_LEAD = new RegExp(`(?:^|(?<=[。！？；!?;\\n)）」』】]))(?:${LEADS})|${BULLETS}`, "g");
/** A name that begins with a caption lead or bullet: what earlier versions recorded (`图为太原武宿综保区`). */
export const STARTS_WITH_LEAD = new RegExp(`^(?:${LEADS}|${BULLETS})`);
/** A credit in brackets: `（记者 王强 摄）`, `(本报记者李华摄)`, `（张三/摄）`, `（资料图）`, `（受访者供图）`. */
const CREDIT = /[（(][^（）()\n]{0,24}?(?:摄|摄影|供图|资料图|图片)[）)]/g;

/** A credit closing a caption's line, without brackets: `山西日报通讯员摄`, `安泽县委宣传部供图`, then a line break. */
const CREDIT_END = /(?:摄|摄影|供图|资料图)$/;

/**
 * A party's role before its name: `出品方山西中怀陶瓷有限公司`, `总包方中冶焦耐院`. jieba can read across
 * the role (`出品/n 方山/n 西中怀/x`: 方山 is a county), so the role ends the lead-in here, before segmenting.
 */
const PARTY_ROLE = /(?:出品|承建|投资|建设|运营|总包|施工|供货|供应|签约|采购|委托|出资|监理|设计|承办|主办|协办|业主)方/g;

/** 1 at each position a name may not extend left beyond (a caption, credit, bullet or party's role ends just before it). */
export function nameCannotReachBefore(text: string, breakBefore?: ArrayLike<number>): Uint8Array {
  const stops = new Uint8Array(text.length + 1);
  for (const re of [CAPTION_LEAD, CREDIT, PARTY_ROLE]) {
    for (const m of text.matchAll(re)) stops[m.index + m[0].length] = 1;
  }
  // The normalized text has no line breaks, only their marks: a credit ends where a line does.
  if (breakBefore) {
    for (let i = 1; i < text.length; i++) if (breakBefore[i] && CREDIT_END.test(text.slice(i - 2, i))) stops[i] = 1;
  }
  return stops;
}
