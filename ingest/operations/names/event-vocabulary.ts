/**
 * Event heads beyond the head rule's first list (vocabulary.ts): contests, leagues, seasons of
 * performances, fairs and shows. Each is an event in every context of a policy report; words that are
 * also ordinary nouns (活动, 会议, 比赛, 节 alone) are left out, since 春节, 环节 and 节能 end the same way.
 */
import type { NameSuffix } from "./vocabulary.ts";

/** Heads that end an event's name; longest first where one ends another (系列赛 before 赛 is not listed). */
export const EVENT_HEADS: readonly string[] = [
  "联赛", "大赛", "公开赛", "大师赛", "锦标赛", "邀请赛", "分站赛", "系列赛", "世界杯", "总决赛", "戏剧节", "消费节",
  "艺术季", "演出季", "音乐季", "招聘会", "成就展", "高峰会", "系列活动", "灯会", "庙会", "读书节", "科技节", "动漫节",
  "体育节", "音乐节", "文化节", "旅游节", "艺术节", "博览会", "交易会", "论坛", "峰会", "大会", "马拉松", "嘉年华",
];

/** The new heads as the head rule takes them (the ones it already had are not repeated). */
export const EVENT_SUFFIXES: readonly NameSuffix[] = [
  "联赛", "大赛", "公开赛", "大师赛", "锦标赛", "邀请赛", "分站赛", "系列赛", "世界杯", "戏剧节", "消费节", "艺术季",
  "演出季", "音乐季", "招聘会", "成就展", "高峰会", "灯会", "庙会", "读书节", "科技节", "动漫节", "体育节",
].map((text) => ({ text, type: "Event", minLeft: 2 }));
