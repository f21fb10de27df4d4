/**
 * The words indicator names are recognised by: the heads a measured quantity's name ends in, and the words
 * that make a phrase a description rather than a measure. No indicator names here.
 */

/**
 * Heads of measures: totals, revenues, investment, value added, spending, output, shares and rates, intensity,
 * areas, counts, volumes, lengths, concentrations. A phrase before a number is an indicator's name only when it
 * ends in one of these (某某总值, 某某收入, 某某率, 某某吞吐量…).
 */
export const INDICATOR_HEAD =
  /(?:总值|收入|总额|投资|投资额|增加值|支出|产值|比重|占比|比例|比率|[^效]率|强度|面积|人数|数量|总量|产量|规模|里程|[^力质能]量|营收|利润|贷款|余额|浓度|天数|拥有量|人次|花费|交易额|成交额|零售额|销售额|进出口|就业|价格|涨幅|寿命|装机|装机容量|发电量|容量|能耗|税收|警情|起数|长度|覆盖率|申请量|出栏|毛入学率|参保率|普及率|保障标准|托位数|生产总值|经费|投入|资产|余额|融资|总收入|增速|发明专利|经营主体|商事主体|市场主体)$/u;

/**
 * Words that start a phrase before a number without being part of the measure's name: times, scopes, and
 * connectives (2024年, 全年, 全省, 其中). The name starts after them.
 */
export const INDICATOR_LEADING =
  /^(?:(?:[0-9]{4}年|[0-9]{1,2}月|[0-9]{1,2}-[0-9]{1,2}月|今年|去年|上年|全年|前三季度|一季度|二季度|三季度|四季度|上半年|下半年|年末|年底|年度|五年来|过去五年|这五年|一年来|其中|同时|此外|全省|全市|全区|全县|全国|全域|我省|我市|我区|本区|辖区内|新增|净增|累计|年均)+)/u;

/** Phrases that end in a head but describe an action or a plan, not a measure (完成投资, 推动投资, 扩大有效投资). */
export const NOT_INDICATOR =
  /^(?:完成|实现|推动|扩大|带动|撬动|吸引|争取|拉动|新增|增加|减少|提高|提升|降低|保持|达到|落实|完善|强化|加大|加强|优化|有效|总|全(?!社会)|努力|确保|力争|通过|推进|建设|新建|吸纳|开展|实施|占|对|比|较|其)/u;

/**
 * A phrase holding a list mark or a join (某某率和某某率, 某某等产品产量) names several measures or a subset, and
 * one holding a verb of doing (某某项目完成投资, 某某获批里程, 治理某某面积) tells what was done: no one name.
 */
export const JOINED = /[等和及与]|完成|获批|治理|开工|建成|落地|签约/u;

/**
 * Units a measured number carries (亿元, 万人次, 公里, 万标箱…), with magnitudes in front: the number's span must
 * end after its unit, so that a number counting a following noun (12家企业) can be told from a value.
 */
export const UNIT =
  /^(?:%|％|个百分点|[万亿千百]*(?:美元|元|人次|万人|人|户|家|个|项|吨|标箱|箱|公里|千米|平方米|平方公里|公顷|米|亩|千瓦时|千瓦|度|辆|台|套|件|所|座|张|床|天|岁|倍|起|宗|斤|公斤|头|微克\/立方米|立方米|条|处|次|份|块|艘|架|列|单|笔|间|栋|名)|[万亿])/u;

/** Cue words between a measure and its number that the shared phrase reader leaves on (净增, 再创新高). */
export const EXTRA_TRAILING = /(?:净增|净减|新增|再创历史新高|再创新高|创历史新高|连续|稳定|保持|总计|合计|约)+$/u;

/** Dates and periods in front of a measure (2024年, 1-11月, 2024年末): never part of its name. */
export const TIME_WORDS = /[0-9]{4}年(?:[0-9]{1,2}(?:-[0-9]{1,2})?月)?(?:末|底|初)?|[0-9]{1,2}(?:-[0-9]{1,2})?月(?:份)?/gu;
