/**
 * The duty desk and the customer's chat in real browsers (issue 12): Debian's Chromium driven by
 * playwright-core, a customer and a supervisor (or agent) in two browser contexts against one
 * real server. Without /usr/bin/chromium the suite is skipped locally, and fails under CI.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server.js';
import { openTestEngine, ZHANG_WEI } from '../support/call.js';
import { addUser, PASSWORD } from '../support/desk.js';
import { serve } from '../support/http.js';

const CHROMIUM = '/usr/bin/chromium';
const CI = process.env.CI === 'true';
const MISSING = `Chromium not found at ${CHROMIUM}: install it with apt-get install chromium; CI runs this suite`;
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && !CI) console.warn(MISSING);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.skipIf(!hasChromium && !CI)('the duty desk and the customer in Chromium (issue 12)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    if (!hasChromium) throw new Error(MISSING);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Before the server closes (test/support/http.ts): the pages' event streams end with their contexts.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  async function desk() {
    const engine = await openTestEngine();
    await addUser(engine, '王建国', 'supervisor');
    await addUser(engine, '李娜', 'agent');
    return { engine, base: await serve(createServer(engine)) };
  }

  /** A page in its own browser context (its own cookies), with script errors collected. */
  async function open(url: string, options: { width?: number; height?: number; bypassCSP?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, bypassCSP: options.bypassCSP ?? false });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) problems.push(m.text());
    });
    await page.goto(url);
    return { page, problems };
  }

  async function signInAs(page: Page, name: string) {
    await page.getByLabel('用户名').fill(name);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '排队与接入中的会话' }).waitFor();
  }

  async function customerStarts(page: Page, phone: string | null) {
    await page.locator('#locale').selectOption('zh-CN');
    if (phone) await page.getByLabel('您的注册手机号码（选填）').fill(phone);
    await page.getByRole('button', { name: '开始对话' }).click();
    // The page's language choice is not asked again: the menu comes at once.
    await page.getByRole('button', { name: '故障报修' }).waitFor();
    expect(await page.getByRole('button', { name: '普通话', exact: true }).count()).toBe(0);
  }

  const customerTypes = async (page: Page, text: string) => {
    await page.getByLabel('输入消息').fill(text);
    await page.getByLabel('输入消息').press('Enter');
  };
  const bubbles = (page: Page) => page.locator('#messages li');

  it('an escalation appears live; the supervisor takes it, both type, and hands the chat back to the bot for a fault report', async () => {
    const { base } = await desk();
    const supervisor = await open(`${base}/console/`);
    await signInAs(supervisor.page, '王建国');
    // A phone written as people write it.
    const customer = await open(`${base}/chat/`, { width: 390, height: 780 });
    await customerStarts(customer.page, '+86 138-0013-8000');
    await customerTypes(customer.page, '我要找你们值班领导');
    await customer.page.getByText('您已进入人工服务队列', { exact: false }).waitFor();

    // Live: the console shows it without a reload.
    const queued = supervisor.page.locator('#queue li').first();
    await queued.waitFor();
    expect(await queued.textContent()).toContain('值班负责人');
    await queued.getByRole('button').click();
    await supervisor.page.getByRole('button', { name: '接入' }).click();
    await customer.page.getByText('您好，值班负责人王建国为您服务。').waitFor();

    await supervisor.page.getByLabel('回复客户').fill('您好，请问有什么可以帮您？');
    await supervisor.page.getByLabel('回复客户').press('Enter');
    const said = customer.page.locator('#messages li.agent').last();
    await said.waitFor();
    expect(await said.textContent()).toBe('人工客服王建国：您好，请问有什么可以帮您？');

    await customerTypes(customer.page, '我家停电了');
    await supervisor.page.locator('#transcript li.customer', { hasText: '我家停电了' }).waitFor();
    expect(await supervisor.page.locator('#collected').textContent()).toContain('+8613800138000');

    await supervisor.page.getByLabel('交回机器人：').selectOption('fault_report');
    await supervisor.page.getByRole('button', { name: '交回' }).click();
    // The bot again, live: it asks to confirm the account the phone claims, with quick replies.
    await customer.page.getByRole('button', { name: '是', exact: true }).waitFor();
    expect(await bubbles(customer.page).allTextContents()).toContainEqual(expect.stringMatching(/账户/));
    await customer.page.getByRole('button', { name: '是', exact: true }).click();
    await customer.page.getByRole('button', { name: '没有', exact: true }).waitFor(); // is there danger? (N10): 有 / 没有

    const shot = join(tmpdir(), '95598-console-1280.png');
    await supervisor.page.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${shot}`);
    expect([...supervisor.problems, ...customer.problems]).toEqual([]);
  });

  it('a reload resumes the chat with a person; the agent closes it with the closing phrase (N20); an agent cannot lift a blacklist entry', async () => {
    const { base, engine } = await desk();
    await engine.stores.services.blacklist.add({ phone: '+8613900139000', reason: '多次辱骂', by: 'policy' });
    const agent = await open(`${base}/console/`, { width: 820, height: 1100 }); // a tablet
    await signInAs(agent.page, '李娜');
    const customer = await open(`${base}/chat/`);
    await customerStarts(customer.page, ZHANG_WEI.phone);
    await customer.page.getByRole('button', { name: '人工服务' }).click();
    await agent.page.locator('#queue li button').first().click();
    await agent.page.getByRole('button', { name: '接入' }).click();
    await customer.page.getByText('您好，人工客服李娜为您服务。').waitFor();

    await customer.page.reload();
    await customer.page.getByText('您好，人工客服李娜为您服务。').waitFor(); // the transcript is back
    expect(await customer.page.locator('#start').isHidden()).toBe(true);
    await agent.page.getByLabel('回复客户').fill('还在吗？');
    await agent.page.getByLabel('回复客户').press('Enter');
    await customer.page.locator('#messages li.agent', { hasText: '还在吗？' }).waitFor(); // live after the reload
    await customerTypes(customer.page, '在的');
    await agent.page.locator('#transcript li.customer', { hasText: '在的' }).waitFor();

    await agent.page.getByRole('button', { name: '结束会话' }).click();
    await customer.page.locator('#messages li.agent', { hasText: '感谢您的咨询，再见！' }).waitFor();
    await customer.page.getByRole('button', { name: '开始新的对话' }).waitFor();
    expect(await customer.page.getByLabel('输入消息').isDisabled()).toBe(true);

    await agent.page.getByRole('button', { name: /黑名单/ }).click();
    await agent.page.getByText('+8613900139000', { exact: false }).waitFor();
    expect(await agent.page.getByRole('button', { name: '解除' }).count()).toBe(0);
    expect([...agent.problems, ...customer.problems]).toEqual([]);
  });

  it('work orders page through the server: 65 matching orders (more than one API page) are 4 pages of 20, 20, 20 and 5, back and forth', async () => {
    const { base, engine } = await desk();
    const phone = '+8613700137000';
    const created: string[] = [];
    for (let i = 0; i < 65; i++) {
      const order = await engine.stores.services.workOrders.create({
        kind: 'repair', urgent: false, danger: false, scope: 'home', account: null, phone,
        address: `城关区人民路${i + 1}号`, areaId: 'chengguan', description: '家里没电', channel: 'voice', conversationId: `CA-page-${i}`,
      });
      created.push(order.id);
    }
    const supervisor = await open(`${base}/console/`);
    await signInAs(supervisor.page, '王建国');
    await supervisor.page.getByRole('button', { name: '工单查询' }).click();
    await supervisor.page.locator('#order-search input[name=phone]').fill(phone);
    await supervisor.page.getByRole('button', { name: '查询', exact: true }).click();
    const info = supervisor.page.locator('#page-info');
    const tickets = () => supervisor.page.locator('#order-rows tr td:first-child').allTextContents();

    await info.filter({ hasText: '第 1/4 页，共 65 条' }).waitFor();
    expect(await supervisor.page.locator('#page-prev').isDisabled()).toBe(true);
    const pages = [await tickets()];
    for (const n of [2, 3, 4]) {
      await supervisor.page.locator('#page-next').click();
      await info.filter({ hasText: `第 ${n}/4 页` }).waitFor();
      pages.push(await tickets());
    }
    expect(pages.map((p) => p.length)).toEqual([20, 20, 20, 5]);
    expect(await supervisor.page.locator('#page-next').isDisabled()).toBe(true);
    // Every order once, newest first, none beyond the filter.
    expect(pages.flat()).toEqual([...created].reverse());
    await supervisor.page.locator('#page-prev').click();
    await info.filter({ hasText: '第 3/4 页' }).waitFor();
    expect(await tickets()).toEqual(pages[2]);
    expect(supervisor.problems).toEqual([]);
  });

  it('axe-core finds no accessibility violation on the chat page and the console', async () => {
    const { base } = await desk();
    const check = async (page: Page) => {
      await page.addScriptTag({ path: AXE });
      return page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    };
    // bypassCSP only so that the test can inject axe; the pages themselves load nothing inline.
    const customer = await open(`${base}/chat/`, { bypassCSP: true });
    expect(await check(customer.page)).toEqual([]);
    await customerStarts(customer.page, null);
    await customer.page.getByRole('button', { name: '人工服务' }).click();
    await customer.page.getByText('您已进入人工服务队列', { exact: false }).waitFor();
    expect(await check(customer.page)).toEqual([]);

    const supervisor = await open(`${base}/console/`, { bypassCSP: true });
    expect(await check(supervisor.page)).toEqual([]);
    await signInAs(supervisor.page, '王建国');
    await supervisor.page.locator('#queue li button').first().click();
    await supervisor.page.getByRole('button', { name: '接入' }).click();
    await supervisor.page.getByLabel('回复客户').waitFor();
    expect(await check(supervisor.page)).toEqual([]);
    for (const tab of [/黑名单/, '停电公告', '工单查询', /回访任务/, /升级工单/]) {
      await supervisor.page.getByRole('button', { name: tab }).click();
      expect(await check(supervisor.page)).toEqual([]);
    }
  });
});
