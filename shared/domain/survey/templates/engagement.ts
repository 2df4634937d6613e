/**
 * Internal 12-item engagement survey in the app's own wording: three items for each of the
 * four groupings (basic needs, individual, teamwork, growth) on a 5-point agreement scale.
 * The wording of licensed instruments (e.g. Gallup's Q12) is copyrighted and not shipped;
 * a licensed user pastes their own items instead.
 */
import { SCALES, bi, choice, likert, open } from './scales';
import type { SurveyTemplate, TemplateGrouping, TemplateText } from './scales';

const GROUPS: Record<TemplateGrouping, TemplateText> = {
  'basic-needs': bi('基本需求', 'Basic needs'),
  individual: bi('个人', 'Individual'),
  teamwork: bi('团队协作', 'Teamwork'),
  growth: bi('成长', 'Growth'),
};

const item = (code: string, grouping: TemplateGrouping, zh: string, en: string) =>
  likert(code, bi(zh, en), GROUPS[grouping], SCALES.agreement5, { grouping });

export const engagementTemplate: SurveyTemplate = {
  key: 'engagement',
  kind: 'internal',
  name: bi('员工敬业度调查（12题）', 'Employee engagement survey (12 items)'),
  description: bi(
    '12 道陈述题由本应用自行编写，按基本需求、个人、团队协作、成长四个维度各 3 题，采用 5 级同意量表。如果贵单位已获得其他敬业度问卷（例如盖洛普 Q12）的使用授权，可以把授权题目粘贴进来替换这些题目。',
    'Twelve statements written for this app, three for each grouping (basic needs, individual, teamwork, growth), answered on a 5-point agreement scale. If your organisation holds a licence for another engagement instrument (such as Gallup Q12), you can paste your licensed items in place of these.',
  ),
  questions: [
    item('EN01', 'basic-needs', '交接班时信息交代清楚，我接手工作不需要靠猜', 'Handovers between shifts are clear, so I can pick up the work without guessing'),
    item('EN02', 'basic-needs', '我每天要用的工具和系统都能正常使用', 'The tools and systems I rely on every day are in working order'),
    item('EN03', 'basic-needs', '在正常工作时间内，我的工作量是可以完成的', 'My workload can be handled within normal working hours'),
    item('EN04', 'individual', '解决客户问题时，我可以自己做主，不必事事请示', "I can fix a customer's problem without first asking for permission"),
    item('EN05', 'individual', '出了差错时，我可以坦然说出来，不用担心受到指责', 'When I make a mistake, I can speak up about it without fear of blame'),
    item('EN06', 'individual', '在排班和分配任务时，我得到了公平的对待', 'I am treated fairly when shifts and tasks are assigned'),
    item('EN07', 'teamwork', '其他部门的同事能及时回复我的问题', 'Colleagues in other departments answer my questions quickly'),
    item('EN08', 'teamwork', '客户的问题涉及多个部门时，总有人负责跟进到底', "When a customer's case crosses departments, someone owns it until it is solved"),
    item('EN09', 'teamwork', '团队里有人忙不过来时，大家会主动搭把手', 'When someone in my team is overloaded, others step in to help'),
    item('EN10', 'growth', '新机型推出时，我能及时得到所需的培训', 'When new machine models arrive, I get the training I need in time'),
    item('EN11', 'growth', '我在这里看得到承担更大职责的发展路径', 'I can see a path to a bigger role here'),
    item('EN12', 'growth', '有经验的同事愿意把手艺和经验传给我', 'Experienced colleagues pass on their know-how to me'),
    choice('EN13', bi('您所在的部门是？', 'Which department are you in?'), bi('关于您', 'About you'), [
      bi('销售部', 'Sales'),
      bi('服务部', 'Service'),
      bi('配件部', 'Parts'),
      bi('财务部', 'Finance'),
      bi('融资部', 'Financing & leasing'),
      bi('客服中心', 'Call centre'),
      bi('维修车间', 'Workshop'),
    ]),
    open('EN14', bi('还有什么能让您的工作更顺利？', 'What else would make your work go more smoothly?'), bi('意见与建议', 'Comments')),
  ],
};
