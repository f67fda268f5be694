import type { TrainingData } from '../types.js';

/**
 * Our business in the words the world outside also uses (钱, 转, 扣, 几点关门, 多少钱): the world model
 * learns those words from both sides, so that "钱转过去了 还没到账" stays a payment of ours. Only the
 * world model learns these (the intent model has its own lines, training/*.ts).
 */
export const WORLD_OURS: TrainingData[] = [
  {
    bill_query: [
      '{钱|缴费的钱}{转过去|付过去}{好几天了|了} {怎么还没到账|显示还没交}',
      '{我在手机上|微信上}交的钱{扣了|扣款成功} 你们那边没收到',
      '这个月{怎么扣了这么多钱|多扣了一百块} 我家没用那么多',
      '{交错户号了|钱交到别人户上了} 能{退回来|转回来}吗',
    ],
    consultation: ['你们{营业厅|网点}{几点关门|几点开门|周末上班吗}', '{一度|每度}多少钱 {峰谷|阶梯}怎么算'],
  },
  {
    bill_query: [
      '{啲錢|交嘅錢}{過咗數|轉咗過去}{幾日|好耐} {點解仲未入數|仲話未交}',
      '{我喺app|網上}交咗錢{扣咗數|扣咗款} 你哋話冇收到',
      '今個月{點解扣咗咁多錢|多扣咗一百蚊} 我屋企冇用咁多',
    ],
    consultation: ['你哋{客戶中心|營業廳}{幾點收|幾點開|禮拜六開唔開}', '{一度|每度}幾多錢 {峰谷|階梯}點計'],
  },
];
