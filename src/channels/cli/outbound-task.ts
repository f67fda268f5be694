/**
 * An outbound call in the terminal (`npm run simulate -- --flow callback --task ID`): the task is
 * taken as the dialler would take it (its ending is recorded like a real call's), then played.
 * `--task demo` first makes one from the demo data: 张伟's complaint with its result recorded
 * (callback), or a campaign with 张伟 as its target (proactive).
 */
import type { Engine } from '../../bootstrap.js';
import type { OutboundTask } from '../../services/ports.js';
import { resolveWorkOrder } from '../../services/closing-the-loop.js';
import { scheduleReadyCallbacks, takeTask } from '../../services/outbound-calls.js';

const DEMO_PHONE = '+8613800138000';

export class TaskError extends Error {}

/** The demo campaign: the outage text alerts, in every locale (N18). */
export const DEMO_CAMPAIGN = {
  name: '停电短信提醒（演示）',
  purpose: { 'zh-CN': '向您介绍停电短信提醒服务', 'yue-HK': '同你介紹停電短訊提醒服務', 'en-US': 'tell you about our outage text alerts' },
  message: {
    'zh-CN': '开通以后，您所在地区的计划停电都会提前用短信通知您，不收任何费用。',
    'yue-HK': '開通之後，你所在地區嘅計劃停電都會提前用短訊通知你，唔收任何費用。',
    'en-US': 'Once it is on, we text you before any planned outage in your area, free of charge.',
  },
  offer: { 'zh-CN': '需要为您开通吗？', 'yue-HK': '需唔需要幫你開通？', 'en-US': 'Would you like us to turn it on?' },
};

export async function outboundTaskFor(engine: Engine, taskId: string, flow: string | null, callSid: string): Promise<OutboundTask> {
  const { services } = engine.stores;
  const id = taskId === 'demo' ? (await demoTask(engine, flow ?? 'callback')).id : taskId;
  const task = await services.outbound.get(id);
  if (!task) {
    const waiting = (await services.outbound.list({ status: 'pending' })).slice(0, 10);
    const hint = waiting.length ? `pending tasks:\n${waiting.map((t) => `  ${t.id}  ${t.flow}  ${t.phone}`).join('\n')}` : 'no task is pending: try --task demo';
    throw new TaskError(`no outbound task ${taskId}; ${hint}`);
  }
  if (flow && flow !== task.flow) throw new TaskError(`task ${task.id} is a ${task.flow} call, not ${flow}`);
  const taken = await takeTask(services, task.id, callSid, new Date());
  if (!taken) throw new TaskError(`task ${task.id} is ${task.status}: it cannot be called`);
  return taken;
}

async function demoTask(engine: Engine, flow: string): Promise<OutboundTask> {
  const { services } = engine.stores;
  if (!engine.config.demoData) throw new TaskError('--task demo needs the demo data (DEMO_DATA=true)');
  const now = new Date();
  if (flow === 'proactive') {
    const campaign = await services.campaigns.create({
      ...DEMO_CAMPAIGN,
      startsAt: now,
      endsAt: new Date(now.getTime() + 7 * 86_400_000),
      createdBy: 'simulator',
    });
    return services.outbound.create({ flow: 'proactive', campaignId: campaign.id, phone: DEMO_PHONE, name: '张伟', maxAttempts: engine.dialPolicy.maxAttempts, nextAttemptAt: now });
  }
  if (flow !== 'callback') throw new TaskError(`--task demo makes a callback or a proactive task, not ${flow}`);
  const order = await services.workOrders.create({
    kind: 'complaint', urgent: false, danger: false, scope: null, account: '3100123456', phone: DEMO_PHONE, address: '城关区人民路88号3栋2单元501',
    areaId: 'chengguan', description: '抄表员态度不好（演示）', channel: 'voice', conversationId: `sim-demo-${now.getTime()}`,
  });
  await services.callbacks.create({ kind: 'complaint', phone: DEMO_PHONE, account: '3100123456', workOrderId: order.id, notes: order.description, dueAt: new Date(now.getTime() + 86_400_000) });
  await resolveWorkOrder(services, order.id, { result: '已对相关抄表员批评教育，并安排上门向您致歉', by: 'simulator' }, now, engine.dialPolicy.windows);
  const scheduled = await scheduleReadyCallbacks(services, now, engine.dialPolicy);
  const task = scheduled.find((t) => t.phone === DEMO_PHONE) ?? scheduled[0];
  if (!task) throw new TaskError('the demo callback could not be queued');
  return task;
}
