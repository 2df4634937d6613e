/**
 * External survey for a dealer's customers after a service case: need / convenience /
 * emotion items for each stage of the service journey, overall satisfaction, NPS, the
 * customer's tier and region for breakdowns, and an open comment.
 */
import { SCALES, bi, choice, likert, nps, open } from './scales';
import type { SurveyTemplate } from './scales';

const A = SCALES.agreement5;
const REPORT = bi('报修', 'Reporting the breakdown');
const REPAIR = bi('诊断与维修', 'Diagnosis and repair');
const HANDOVER = bi('交车与回访', 'Handover and follow-up');
const OVERALL = bi('总体评价', 'Overall');
const ABOUT = bi('客户信息', 'About the customer');
const COMMENTS = bi('意见与建议', 'Comments');

export const customerExperienceTemplate: SurveyTemplate = {
  key: 'customer-experience',
  kind: 'external',
  name: bi('客户体验调查', 'Customer experience survey'),
  description: bi(
    '面向售后服务客户：按报修、诊断与维修、交车与回访三个阶段，分别评价需求是否得到满足（需求）、办事是否省心（便利）和感受如何（情感），另含总体满意度、推荐意愿（NPS 0–10）和开放意见。客户等级和区域用于分组分析，区域选项请改为贵公司自己的销售片区。',
    "For a dealer's service customers: for each stage of the service journey (reporting the breakdown, diagnosis and repair, handover and follow-up), whether their need was met (need), how much effort it took (convenience) and how they felt (emotion); plus overall satisfaction, likelihood to recommend (NPS 0–10) and an open comment. Customer tier and region are for breakdowns; replace the region options with your own sales territories.",
  ),
  questions: [
    likert('CX01', bi('服务热线清楚地理解了我的需求', 'The service line understood what I needed'), REPORT, A, { factor: 'need' }),
    likert('CX02', bi('报修时我只需说明一次问题，不用反复讲', 'I only had to explain the problem once'), REPORT, A, { factor: 'convenience' }),
    likert('CX03', bi('我感到自己的问题得到了重视', 'I felt my problem was taken seriously'), REPORT, A, { factor: 'emotion' }),
    open(
      'CX04',
      bi('本次报修时，您的电话一共被转接了几次？', 'When you called about this breakdown, how many times were you transferred to someone else?'),
      REPORT,
      'number',
    ),
    likert('CX05', bi('维修解决了我报修的问题', 'The repair fixed the problem I reported'), REPAIR, A, { factor: 'need' }),
    likert('CX06', bi('把设备修好没有让我花费太多精力', 'Getting my machine repaired took little effort'), REPAIR, A, { factor: 'convenience' }),
    likert('CX07', bi('设备停机期间，我感到自己被用心照顾', 'I felt looked after while my machine was down'), REPAIR, A, { factor: 'emotion' }),
    likert('CX08', bi('您如何评价本次维修的质量？', 'How would you rate the quality of the repair work?'), REPAIR, SCALES.quality5),
    likert(
      'CX09',
      bi('交车时，服务人员讲清楚了维修内容和后续注意事项', 'At handover I was told what had been done and what to watch for'),
      HANDOVER,
      A,
      { factor: 'need' },
    ),
    likert('CX10', bi('交车和结算手续简单顺畅', 'Collecting the machine and settling the invoice was straightforward'), HANDOVER, A, {
      factor: 'convenience',
    }),
    likert(
      'CX11',
      bi('维修结束后，我感到经销商真正在意我的设备能否正常干活', 'After the repair I felt the dealer really cares whether my machine keeps working'),
      HANDOVER,
      A,
      { factor: 'emotion' },
    ),
    likert('CX12', bi('总体而言，您对本次服务的满意程度如何？', 'Overall, how satisfied are you with our service this time?'), OVERALL, SCALES.satisfaction5),
    nps('CX13', bi('您向同行或朋友推荐我们的可能性有多大？', 'How likely are you to recommend us to a colleague or friend?'), OVERALL),
    choice('CX14', bi('客户等级（由经销商填写）', 'Customer tier (filled in by the dealer)'), ABOUT, [
      bi('钻石', 'Diamond'),
      bi('黄金', 'Gold'),
      bi('黄铜', 'Brass'),
      bi('重铅', 'Lead'),
    ]),
    choice('CX15', bi('您的设备主要在哪个区域作业？', 'Which region does your machine mainly work in?'), ABOUT, [
      bi('华北', 'North China'),
      bi('东北', 'Northeast China'),
      bi('华东', 'East China'),
      bi('华中', 'Central China'),
      bi('华南', 'South China'),
      bi('西南', 'Southwest China'),
      bi('西北', 'Northwest China'),
    ]),
    open('CX16', bi('您认为我们下次最应该改进的是什么？', 'What is the one thing we should do better next time?'), COMMENTS),
  ],
};
