/** Work orders filed before a call, as the flow tests need them. */
import type { NewWorkOrder } from '../../src/services/ports.js';
import { ZHANG_WEI } from './call.js';

/** A repair on Zhang Wei's account at his home, filed with `phone` in an earlier call. */
export function repairFor(phone: string | null, overrides: Partial<NewWorkOrder> = {}): NewWorkOrder {
  return {
    kind: 'repair', urgent: false, danger: false, scope: 'home', account: ZHANG_WEI.account, phone,
    address: '城关区人民路88号3栋2单元501', areaId: 'chengguan', description: '家里全部没电', channel: 'voice', conversationId: 'earlier-call',
    ...overrides,
  };
}
