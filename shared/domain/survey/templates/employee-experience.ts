/**
 * Internal survey on internal-customer service: departments (service desk, workshop, parts,
 * finance, sales) treat each other as internal customers, and each item asks how well one
 * department serves the colleagues who depend on it.
 */
import { SCALES, bi, choice, likert, open } from './scales';
import type { SurveyTemplate } from './scales';

const A = SCALES.agreement5;
const PARTS = bi('配件部', 'Parts department');
const WORKSHOP = bi('维修车间', 'Workshop');
const DESK = bi('服务前台', 'Service desk');
const FINANCE = bi('财务部', 'Finance');
const SALES = bi('销售部', 'Sales');
const OVERALL = bi('总体评价', 'Overall');
const ABOUT = bi('关于您', 'About you');
const COMMENTS = bi('意见与建议', 'Comments');

export const employeeExperienceTemplate: SurveyTemplate = {
  key: 'employee-experience',
  kind: 'internal',
  name: bi('内部客户体验调查', 'Employee (internal-customer) experience survey'),
  description: bi(
    '各部门互为内部客户：服务前台、维修车间、配件部、财务部、销售部之间的支持是否满足需求、是否便利、是否让人感到被尊重。请员工跳过关于本部门的题目。所在部门用于分组分析。',
    'Departments as each other\'s internal customers: whether the service desk, workshop, parts, finance and sales give colleagues what they need, make it easy and treat them with respect. Ask staff to skip items about their own department. The department question is for breakdowns.',
  ),
  questions: [
    likert('EX01', bi('配件部能提供我服务客户所需的配件和信息', 'The parts department gives me what I need to serve my customer'), PARTS, A, {
      factor: 'need',
    }),
    likert('EX02', bi('我不用反复催问，就能知道配件是否有货、何时到货', 'I can find out whether a part is in stock and when it will arrive without chasing anyone'), PARTS, A, {
      factor: 'convenience',
    }),
    likert('EX03', bi('维修车间会及时告诉我维修进度，让我能答复客户', 'The workshop keeps me updated on repairs so I can answer my customer'), WORKSHOP, A, {
      factor: 'need',
    }),
    likert('EX04', bi('把设备交给维修车间的交接手续简单清楚', 'Handing a machine over to the workshop is simple and clear'), WORKSHOP, A, {
      factor: 'convenience',
    }),
    likert('EX05', bi('服务前台开出的工单包含我开展工作所需的全部信息', 'Job cards from the service desk contain everything I need to start work'), DESK, A, {
      factor: 'need',
    }),
    likert('EX06', bi('服务前台像对待客户一样对待我的请求', 'The service desk treats my requests as it would treat a customer'), DESK, A, {
      factor: 'emotion',
    }),
    likert('EX07', bi('财务部会把费用讲清楚，让我能向客户解释', 'Finance explains charges clearly enough for me to explain them to my customer'), FINANCE, A, {
      factor: 'need',
    }),
    likert('EX08', bi('财务部能及时答复我关于开票和付款的问题', 'Finance answers my invoice and payment questions quickly'), FINANCE, A, {
      factor: 'convenience',
    }),
    likert('EX09', bi('销售部会把对客户的承诺完整地转告给售后同事', 'Sales passes on everything that was promised to the customer to after-sales colleagues'), SALES, A, {
      factor: 'need',
    }),
    likert('EX10', bi('我感到销售部把售后同事当作合作伙伴', 'I feel that sales sees after-sales staff as partners'), SALES, A, { factor: 'emotion' }),
    likert('EX11', bi('需要其他部门帮忙时，我感到对方是乐意支持的', 'When I need help from another department, it is given willingly'), OVERALL, A, {
      factor: 'emotion',
    }),
    likert(
      'EX12',
      bi('总体而言，您对其他部门给予您的支持满意吗？', 'Overall, how satisfied are you with the support you get from other departments?'),
      OVERALL,
      SCALES.satisfaction5,
    ),
    choice('EX13', bi('您所在的部门是？', 'Which department are you in?'), ABOUT, [
      bi('销售部', 'Sales'),
      bi('服务部', 'Service'),
      bi('配件部', 'Parts'),
      bi('财务部', 'Finance'),
      bi('融资部', 'Financing & leasing'),
      bi('客服中心', 'Call centre'),
      bi('维修车间', 'Workshop'),
    ]),
    open(
      'EX14',
      bi('您认为最需要改进的部门间交接是哪一个？应该怎样改进？', 'Which handover between departments should we fix first, and how?'),
      COMMENTS,
    ),
  ],
};
