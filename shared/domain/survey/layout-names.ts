/**
 * The metadata columns each survey tool writes, and what role each plays. Names are
 * compared by `nameKey`, so "Respondent ID", "RespondentID" and "respondent_id" are one.
 * Sources: each tool's export documentation and real exports (see test/fixtures/samples).
 */
import type { ColumnRole, SurveyTool } from './layout';

type Named = readonly (readonly [name: string, role: ColumnRole])[];

/** Lower case, without spaces, underscores, hyphens or full-width spaces. */
export function nameKey(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_\-\u3000]/g, '');
}

const QUALTRICS: Named = [
  ['ResponseId', 'respondent-id'], ['_recordId', 'respondent-id'], ['Response ID', 'respondent-id'],
  ['EndDate', 'submitted-at'], ['End Date', 'submitted-at'], ['RecordedDate', 'submitted-at'], ['Recorded Date', 'submitted-at'],
  ['Duration (in seconds)', 'duration'], ['duration', 'duration'],
  ['StartDate', 'metadata'], ['Start Date', 'metadata'], ['Status', 'metadata'], ['Response Type', 'metadata'],
  ['IPAddress', 'metadata'], ['IP Address', 'metadata'], ['Progress', 'metadata'], ['Finished', 'metadata'],
  ['RecipientLastName', 'metadata'], ['RecipientFirstName', 'metadata'], ['RecipientEmail', 'metadata'],
  ['Recipient Last Name', 'metadata'], ['Recipient First Name', 'metadata'], ['Recipient Email', 'metadata'],
  ['ExternalReference', 'metadata'], ['External Data Reference', 'metadata'],
  ['LocationLatitude', 'metadata'], ['LocationLongitude', 'metadata'], ['Location Latitude', 'metadata'], ['Location Longitude', 'metadata'],
  ['DistributionChannel', 'metadata'], ['Distribution Channel', 'metadata'], ['UserLanguage', 'metadata'], ['User Language', 'metadata'],
];

const QUALTRICS_LEGACY: Named = [
  ['ResponseID', 'respondent-id'], ['EndDate', 'submitted-at'],
  ['ResponseSet', 'metadata'], ['Name', 'metadata'], ['ExternalDataReference', 'metadata'], ['EmailAddress', 'metadata'],
  ['IPAddress', 'metadata'], ['Status', 'metadata'], ['StartDate', 'metadata'], ['Finished', 'metadata'],
  ['LocationLatitude', 'metadata'], ['LocationLongitude', 'metadata'], ['LocationAccuracy', 'metadata'],
];

/** SurveyMonkey, in English and as its Chinese interface labels the same columns. */
const SURVEYMONKEY: Named = [
  ['RespondentID', 'respondent-id'], ['EndDate', 'submitted-at'],
  ['CollectorID', 'metadata'], ['StartDate', 'metadata'], ['IP Address', 'metadata'], ['Email Address', 'metadata'],
  ['First Name', 'metadata'], ['LastName', 'metadata'], ['Last Name', 'metadata'], ['Custom Data', 'metadata'], ['Custom Data 1', 'metadata'],
  ['回复者 ID', 'respondent-id'], ['受访者 ID', 'respondent-id'], ['结束日期', 'submitted-at'],
  ['收集器 ID', 'metadata'], ['开始日期', 'metadata'], ['IP 地址', 'metadata'], ['电子邮件地址', 'metadata'], ['名字', 'metadata'], ['姓氏', 'metadata'],
];

/** What SurveyMonkey writes in row 2 under a question with a single column. */
export const SM_RESPONSE_MARKERS: ReadonlySet<string> = new Set(['Response', 'Open-Ended Response', '回复', '开放式回复', '回答', '开放式回答']);

const GOOGLE_FORMS: Named = [
  ['Timestamp', 'submitted-at'], ['时间戳记', 'submitted-at'], ['時間戳記', 'submitted-at'], ['时间戳', 'submitted-at'],
  ['Marca temporal', 'submitted-at'], ['Horodateur', 'submitted-at'], ['Zeitstempel', 'submitted-at'],
  ['Email Address', 'metadata'], ['Email', 'metadata'], ['电子邮件地址', 'metadata'], ['電子郵件地址', 'metadata'],
  ['Score', 'metadata'], ['分数', 'metadata'], ['得分', 'metadata'],
];

const LIMESURVEY: Named = [
  ['id', 'respondent-id'], ['Response ID', 'respondent-id'],
  ['submitdate', 'submitted-at'], ['Date submitted', 'submitted-at'],
  ['interviewtime', 'duration'], ['Total time', 'duration'],
  ['lastpage', 'metadata'], ['Last page', 'metadata'], ['startlanguage', 'metadata'], ['Start language', 'metadata'],
  ['seed', 'metadata'], ['startdate', 'metadata'], ['Date started', 'metadata'], ['datestamp', 'metadata'], ['Date last action', 'metadata'],
  ['ipaddr', 'metadata'], ['IP address', 'metadata'], ['refurl', 'metadata'], ['Referrer URL', 'metadata'], ['token', 'metadata'], ['Access code', 'metadata'],
];

const WENJUANXING: Named = [
  ['序号', 'respondent-id'], ['提交答卷时间', 'submitted-at'], ['所用时间', 'duration'],
  ['来源', 'metadata'], ['来源详情', 'metadata'], ['来自IP', 'metadata'], ['总分', 'metadata'],
];

/**
 * 腾讯问卷 (wj.qq.com) CSV/XLSX downloads: 编号 and the answer times first, then where and
 * who from, then "1.题目" columns. Seen in published exports; the webhook documentation
 * names the same fields (started_at, ended_at, duration, country/province/city, ip, ua, referrer).
 */
const TENCENT: Named = [
  ['编号', 'respondent-id'], ['结束答题时间', 'submitted-at'], ['答题时长', 'duration'],
  ['开始答题时间', 'metadata'], ['地理位置国家和地区', 'metadata'], ['地理位置省', 'metadata'], ['地理位置市', 'metadata'],
  ['自定义字段', 'metadata'], ['用户类型', 'metadata'], ['用户标识', 'metadata'], ['昵称', 'metadata'], ['IP', 'metadata'], ['UA', 'metadata'],
  ['Referrer', 'metadata'], ['语言', 'metadata'], ['清洗数据结果', 'metadata'], ['智能清洗数据无效概率', 'metadata'],
  ['中奖时间', 'metadata'], ['中奖金额', 'metadata'], ['审核状态', 'metadata'], ['来源', 'metadata'],
];

/**
 * 金数据 (jinshuju.net) downloads: 序号 (the entry's serial number), the fields by title, then
 * who filled it in and how (its API names serial_number, creator_name, created_at,
 * updated_at, info_filling_duration, and the device/browser/IP of the filler).
 */
const JINSHUJU: Named = [
  ['序号', 'respondent-id'], ['提交时间', 'submitted-at'], ['填写时长', 'duration'],
  ['填写人', 'metadata'], ['提交人', 'metadata'], ['修改时间', 'metadata'], ['更新时间', 'metadata'], ['填写设备', 'metadata'],
  ['操作系统', 'metadata'], ['浏览器', 'metadata'], ['填写地区', 'metadata'], ['IP', 'metadata'], ['IP地址', 'metadata'],
  ['微信昵称', 'metadata'], ['微信OpenID', 'metadata'], ['微信性别', 'metadata'], ['微信国家', 'metadata'], ['微信省份', 'metadata'], ['微信城市', 'metadata'],
  ['来源渠道', 'metadata'], ['渠道', 'metadata'],
];

/** Names a hand-made sheet might use; only for columns that do not look like questions. */
const COMMON: Named = [
  ['id', 'respondent-id'], ['Respondent ID', 'respondent-id'], ['Respondent', 'respondent-id'], ['Response ID', 'respondent-id'], ['编号', 'respondent-id'], ['序号', 'respondent-id'], ['答卷编号', 'respondent-id'],
  ['Submitted', 'submitted-at'], ['Submitted at', 'submitted-at'], ['Submit time', 'submitted-at'], ['Timestamp', 'submitted-at'],
  ['提交时间', 'submitted-at'], ['提交答卷时间', 'submitted-at'], ['填写时间', 'submitted-at'],
  ['Duration', 'duration'], ['Duration (seconds)', 'duration'], ['所用时间', 'duration'], ['用时', 'duration'], ['答题时长', 'duration'],
  ['IP', 'metadata'], ['IP Address', 'metadata'], ['Email', 'metadata'], ['Email Address', 'metadata'], ['来自IP', 'metadata'], ['来源', 'metadata'],
  // Traditional Chinese Excel and web tools (Taiwan, Hong Kong).
  ['序號', 'respondent-id'], ['編號', 'respondent-id'], ['答卷編號', 'respondent-id'], ['提交時間', 'submitted-at'], ['填寫時間', 'submitted-at'],
  ['所用時間', 'duration'], ['用時', 'duration'], ['答題時長', 'duration'], ['來自IP', 'metadata'], ['來源', 'metadata'],
  // Microsoft Forms: ID, Start time, Completion time, Email, Name, Last modified time.
  ['Completion time', 'submitted-at'], ['Start time', 'metadata'], ['Last modified time', 'metadata'], ['Name', 'metadata'],
  // Typeform, Jotform, Alchemer, Zoho Survey and similar.
  ['#', 'respondent-id'], ['Submission ID', 'respondent-id'], ['Submit Date (UTC)', 'submitted-at'], ['Submitted At', 'submitted-at'],
  ['Submission Date', 'submitted-at'], ['Date Submitted', 'submitted-at'], ['Start Date (UTC)', 'metadata'], ['Time Started', 'metadata'],
  ['Network ID', 'metadata'], ['Tags', 'metadata'], ['User Agent', 'metadata'], ['Referer', 'metadata'], ['SessionID', 'metadata'],
  ['Status', 'metadata'], ['Longitude', 'metadata'], ['Latitude', 'metadata'],
  // Japanese and Korean Excel.
  ['回答番号', 'respondent-id'], ['回答ID', 'respondent-id'], ['回答日時', 'submitted-at'], ['응답 번호', 'respondent-id'], ['응답 ID', 'respondent-id'], ['제출 시간', 'submitted-at'],
];

function table(named: Named): Map<string, { role: ColumnRole; rank: number }> {
  const m = new Map<string, { role: ColumnRole; rank: number }>();
  named.forEach(([name, role], rank) => {
    if (!m.has(nameKey(name))) m.set(nameKey(name), { role, rank });
  });
  return m;
}

const BY_TOOL: Record<SurveyTool, Map<string, { role: ColumnRole; rank: number }>> = {
  qualtrics: table(QUALTRICS),
  'qualtrics-legacy': table(QUALTRICS_LEGACY),
  surveymonkey: table(SURVEYMONKEY),
  'google-forms': table(GOOGLE_FORMS),
  limesurvey: table(LIMESURVEY),
  wenjuanxing: table(WENJUANXING),
  tencent: table(TENCENT),
  jinshuju: table(JINSHUJU),
  plain: table(COMMON),
};
const COMMON_TABLE = BY_TOOL.plain;

/**
 * The role a header plays in a tool's export, and its rank among headers of the same role
 * (lower wins when a file has two candidates, e.g. Qualtrics' EndDate over RecordedDate).
 * Headers that look like questions (`isQuestion`) are answers whatever their text.
 */
export function roleOf(tool: SurveyTool, header: string, isQuestion: boolean): { role: ColumnRole; rank: number } {
  if (isQuestion) return { role: 'answer', rank: 0 };
  const key = nameKey(header);
  if (tool === 'surveymonkey' && (key.startsWith('customdata') || key.startsWith('自定义数据'))) return { role: 'metadata', rank: 0 };
  if (tool === 'qualtrics' && (key.startsWith('q_') || key.endsWith('npsgroup'))) return { role: 'metadata', rank: 0 };
  return BY_TOOL[tool].get(key) ?? COMMON_TABLE.get(key) ?? { role: 'answer', rank: 0 };
}

/** How many of `headers` are metadata names of `tool` — the evidence for detecting it. */
export function metadataHits(tool: SurveyTool, headers: readonly string[]): number {
  const t = BY_TOOL[tool];
  let n = 0;
  for (const h of headers) if (h && t.has(nameKey(h))) n++;
  return n;
}
