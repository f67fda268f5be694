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
    consultation: ['你们{营业厅|网点}{几点关门|几点开门|周末上班吗}', '{一度|每度}多少钱 {峰谷|阶梯}怎么算', '{取暖器|电热毯|插线板|电热水器}{开一整晚|放在浴室|一直插着}{安不安全|安全吗}'],
    // A grievance about us in the words a grievance about anyone uses (投诉, 乱收费, 态度差).
    complaint: [
      '我要投诉{你们的抄表员|你们客服|供电所的师傅}{态度太差|乱收费}',
      '你们{电力公司|供电局|供电所}{乱收费|服务太差} 我要投诉',
      '投诉{你们的|来修电的}师傅{迟到|收红包|不管}',
      '{师傅|你们的人}修完{满地垃圾|乱七八糟}{也不收拾|就走了}',
      // Power sold on at a mark-up (转供电加价) is ours: the electricity names it.
      '{物业|房东|商场}{乱收电费|电费加价|一度电收两块} 我要投诉',
    ],
    report: ['举报{邻居|楼下}{偷电|私拉电线}', '{物业|有人}{绕过电表|私接电线} 我要举报'],
    new_service: ['{小区的房子|买的二手房}过户{怎么办|要什么材料} 电{也要过户吗|户名怎么改}', '办{业务|过户|开户}要带什么{证件|材料}'],
  },
  {
    bill_query: [
      '{啲錢|交嘅錢}{過咗數|轉咗過去}{幾日|好耐} {點解仲未入數|仲話未交}',
      '{我喺app|網上}交咗錢{扣咗數|扣咗款} 你哋話冇收到',
      '今個月{點解扣咗咁多錢|多扣咗一百蚊} 我屋企冇用咁多',
    ],
    consultation: ['你哋{客戶中心|營業廳}{幾點收|幾點開|禮拜六開唔開}', '{一度|每度}幾多錢 {峰谷|階梯}點計', '{暖爐|電氈|拖板|電熱水爐}{開成晚|放喺浴室|一直插住}{安唔安全|安全嗎}'],
    complaint: [
      '我要投訴{你哋抄錶員|你哋客服|電力公司啲師傅}{態度好差|亂收錢}',
      '你哋電力公司{亂收費|服務好差} 我要投訴',
      '{管理處|業主}{亂收電費|電費收貴咗} 我要投訴',
    ],
    report: ['舉報{鄰居|樓上}{偷電|亂駁電線}'],
  },
  {
    complaint: [
      'i want to complain about {your technician|your billing department|the power company}',
      '{your crew|the lineman} {was rude|left a mess} and i want to file a complaint',
      'the {power company|electric company} keeps overcharging me i want to complain',
      'my {landlord|property manager} {overcharges me for electricity|marks up the power bill} i want to complain',
    ],
    report: ['i want to report {my neighbor|someone} for {stealing power|tapping the line}'],
  },
];
