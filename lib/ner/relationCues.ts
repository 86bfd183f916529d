/**
 * The words that state a company–zone relation, and the words that show a
 * sentence names both without relating them (eval/relations/GUIDELINES.md).
 * Cue lists only: the structure that ties a cue to two names is in ./relations.ts.
 */

/** A sentence ends here (the guidelines' evidence span). */
export const SENTENCE_END = /[。！？；!?;\n]/;
/** A clause ends here: a cue in another clause speaks of something else. */
export const CLAUSE_BREAK = /[，,：:]/;

/** The company settles in the zone: `X落户Y`, `位于Y的X`. */
export const SETTLE_VERB = /(落户|入驻|进驻|入园|坐落于|坐落在|位于|地处|落地|扎根|迁入|搬迁至|迁至|选址|安家|设在|建在)/;
/** `X在Y…` is a place only when the company does something there (`X在Y建设`, not `X在Y召开会议`). */
export const ACTIVITY_VERB =
  /(建设|投产|开工|生产|建成|新建|扩建|布局|设立|成立|打造|投资|实施|运营|落地|入驻|落户|达产|量产|下线)/;
/** The zone as subject bringing companies in: `Y引进了A、B、C等企业`. */
export const ZONE_BRINGS_IN = /(引进|引入|招引|吸引|招来|聚集|集聚|汇聚|落户|入驻|进驻|落地|成立了|组建了|设立了)/;
/**
 * Words after a zone that make it a company's address: `Y内的X`, `Y企业X`, `Y入驻企业X`, and `Y内，X…` (the scene
 * set in the zone, the company the next clause's subject).
 */
export const ZONE_MODIFIER =
  /^[\s“”"]*(?:(内|里|中|区内|园区内|园内)[，,]?)?(的)?(入驻|入园|重点|龙头|骨干|规上|规模以上|落户|园区)?(企业)?[\s“”"]*$/;
/** A project or plant of the company, whose place or investor the sentence states. */
export const PROJECT_WORD = /(项目|工厂|基地|生产线|产线|厂区|园区|中心)/;

export const SIGN_VERB = /(签约|签订|签署|签下|协议|合同|合作备忘录)/;
export const INVEST_VERB = /(投资|出资|注资|增资|投建)/;
/** `投资10亿元的X…项目`: an amount of money. */
export const AMOUNT = /[\d０-９.,，]+\s*(多|余)?\s*(万|亿)\s*(多|余)?\s*(元|美元)/;
/** Words joining the two parties of an agreement. */
export const PARTY_JOIN = /(与|和|同|跟)/;

/**
 * The two names meet without a relation (guidelines, "What is not annotated"): a meeting,
 * products shipped there, an operator or builder of the zone itself, an intention.
 */
export const NO_RELATION =
  /(会见|会谈|座谈|接见|洽谈|商谈|对接|交流|推介|慰问|销往|出口|发往|运往|开发运营|运营管理|承建|有意向|意向入驻|计划引进|拟引进)/;
/** A visit relates a company to a zone only when the zone is where the visit goes (`在Y调研，先后深入X`). */
export const VISIT = /(考察|调研|视察|拜访|走访|参观|观摩)/;

/** Words that refer back to the zone last named: `该园区企业…`, `区内企业`. */
export const ZONE_ANAPHOR = /(该园区|该区|该开发区|该经开区|该高新区|该示范区|本园区|园区内|区内|园内)/g;
