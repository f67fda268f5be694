import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig, loadConfigForCommand, redactConfig, TIMEZONE } from '../src/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return [...(err as ConfigError).problems];
  }
  throw new Error('expected a ConfigError');
}

const PROD_SECRETS = {
  NODE_ENV: 'production',
  PUBLIC_BASE_URL: 'https://hotline.example.com',
  TWILIO_AUTH_TOKEN: 'tw-secret-123-0123456789abcdef0123',
  ADMIN_TOKEN: 'admin-secret-456-0123456789abcdef0123',
  VERIFICATION_SECRET: 'verification-secret-789-0123456789abcdef',
};

describe('loadConfig', () => {
  it('gives safe defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: './data',
      nodeEnv: 'development',
      demoData: true,
      companyName: '国网示范供电公司',
      companyNames: { 'en-US': 'State Grid Demo Power Supply Company' },
      whisperLocale: 'zh-CN',
      timezone: 'Asia/Shanghai',
      arrivalMinutes: { urban: 45, rural: 90, remote: 120 },
      twilioAuthToken: null,
      twilioVoices: {
        'zh-CN': { voice: 'Polly.Zhiyu', language: 'cmn-CN' },
        'en-US': { voice: 'Polly.Joanna', language: 'en-US' },
        'yue-HK': { voice: 'Google.yue-HK-Standard-A', language: 'yue-HK' },
      },
      twilioUrgentQueue: '95598-urgent-{locale}',
      publicBaseUrl: null,
      adminToken: null,
      storage: { durable: 'sqlite', sessions: 'sqlite', databaseUrl: null, redisUrl: null, timeoutMs: 3000 },
      retention: { idleMinutes: 30, retentionHours: 720, sweepIntervalMs: 60_000 },
      blacklist: { abuseCount: 3, silentCount: 5, windowDays: 7, days: 30, approval: false },
      outboxIntervalMs: 30_000,
      liveActors: 500,
      complaintReplyHours: 24,
      questionReplyHours: 24,
      serviceCenterHours: { days: 'daily', opens: 540, closes: 1020 },
      outbound: {
        windows: [{ from: '09:00', to: '12:00' }, { from: '14:30', to: '21:00' }],
        maxAttempts: 3,
        retryMinutes: 30,
        dialer: null,
      },
      desk: { sessionHours: 12, secureCookies: false, takeoverTimeoutSeconds: 120, leaveGraceSeconds: 30 },
      security: {
        trustProxy: false,
        rateLimits: { chatStartsPerMinute: 10, chatMessagesPerMinute: 60, adminFailuresPer15Minutes: 10, twilioFailuresPer15Minutes: 20, numberGuessesPerHour: 6 },
        verification: { secret: null, codeTtlSeconds: 300, maxAttempts: 3, maxSendsPerHour: 3, sms: null },
      },
      operations: { logLevel: 'info', logFormat: 'pretty', metrics: { token: null, port: null, host: '127.0.0.1' }, shutdownTimeoutMs: 25_000 },
      designer: { inspect: null },
    });
    expect(TIMEZONE).toBe('Asia/Shanghai');
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/95598',
      NODE_ENV: 'test',
      DEMO_DATA: 'false',
      COMPANY_NAME: '国网某某供电公司',
      ARRIVAL_MINUTES_URBAN: '30',
      ARRIVAL_MINUTES_RURAL: '60',
      ARRIVAL_MINUTES_REMOTE: '150',
      TWILIO_AUTH_TOKEN: 'tok',
      PUBLIC_BASE_URL: 'https://hotline.example.com/',
      ADMIN_TOKEN: 'adm',
    });
    expect(c.port).toBe(8080);
    expect(c.host).toBe('127.0.0.1');
    expect(c.dataDir).toBe('/var/lib/95598');
    expect(c.nodeEnv).toBe('test');
    expect(c.demoData).toBe(false);
    expect(c.companyName).toBe('国网某某供电公司');
    expect(c.companyNames).toEqual({}); // a configured Mandarin name without its English: the prompts' fallback (src/prompts/company.ts)
    expect(c.arrivalMinutes).toEqual({ urban: 30, rural: 60, remote: 150 });
    expect(c.twilioAuthToken).toBe('tok');
    expect(c.publicBaseUrl).toBe('https://hotline.example.com');
    expect(c.adminToken).toBe('adm');
  });

  it.each([
    ['false', false],
    ['0', false],
    ['FALSE', false],
    ['true', true],
    ['1', true],
  ])('DEMO_DATA=%s gives demoData %s', (value, expected) => {
    expect(loadConfig({ DEMO_DATA: value }).demoData).toBe(expected);
  });

  it('store timeouts and retention (issue 10 items 5, 7): read, bounded, and a retention shorter than the idle time refused', () => {
    expect(loadConfig({ STORE_TIMEOUT_MS: '1500', CONVERSATION_IDLE_MINUTES: '20', CONVERSATION_RETENTION_HOURS: '48', RETENTION_SWEEP_SECONDS: '30' })).toMatchObject({
      storage: { timeoutMs: 1500 },
      retention: { idleMinutes: 20, retentionHours: 48, sweepIntervalMs: 30_000 },
    });
    const problems = problemsOf({ STORE_TIMEOUT_MS: '60000', CONVERSATION_IDLE_MINUTES: '120', CONVERSATION_RETENTION_HOURS: '1' });
    expect(problems.some((p) => p.startsWith('STORE_TIMEOUT_MS'))).toBe(true);
    expect(problems).toContain('CONVERSATION_RETENTION_HOURS must be at least CONVERSATION_IDLE_MINUTES (a conversation is closed before it is purged)');
  });

  it('N24: the whisper is in Mandarin unless WHISPER_LOCALE names another of the three locales', () => {
    expect(loadConfig({}).whisperLocale).toBe('zh-CN');
    expect(loadConfig({ WHISPER_LOCALE: 'yue-HK' }).whisperLocale).toBe('yue-HK');
    expect(problemsOf({ WHISPER_LOCALE: 'fr-FR' })).toEqual(["WHISPER_LOCALE must be one of zh-CN, en-US, yue-HK, got 'fr-FR'"]);
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '', DEMO_DATA: ' ', REDIS_URL: '' }).port).toBe(3000);
  });

  it('lists every problem at once with the offending value', () => {
    const problems = problemsOf({
      PORT: 'abc',
      NODE_ENV: 'staging',
      DEMO_DATA: 'maybe',
      ARRIVAL_MINUTES_RURAL: '-5',
      PUBLIC_BASE_URL: 'ftp://example.com',
    });
    expect(problems).toEqual([
      "PORT must be an integer 1-65535, got 'abc'",
      "NODE_ENV must be one of development, production, test, got 'staging'",
      "DEMO_DATA must be true/false (or 1/0), got 'maybe'",
      "ARRIVAL_MINUTES_RURAL must be an integer 1-1440, got '-5'",
      "PUBLIC_BASE_URL must be an http(s) URL such as https://hotline.example.com, got 'ftp://example.com'",
    ]);
  });

  it('N10: the emergency dispatch seat is a Twilio queue of its own, TWILIO_URGENT_QUEUE', () => {
    expect(loadConfig({ TWILIO_URGENT_QUEUE: 'dispatch-{locale}' }).twilioUrgentQueue).toBe('dispatch-{locale}');
    expect(problemsOf({ TWILIO_URGENT_QUEUE: 'urgent seat!' })).toEqual([
      "TWILIO_URGENT_QUEUE must be a Twilio queue name (letters, digits, - _ . and {locale}; at most 64), such as 95598-urgent-{locale}, got 'urgent seat!'",
    ]);
  });

  it('checks every section with the same validator: storage, logging, metrics, SMS, all named at once', () => {
    const problems = problemsOf({
      DATABASE_URL: 'mysql://u:hunter2@db/x',
      REDIS_URL: 'http://:redispass@cache',
      LOG_LEVEL: 'loud',
      LOG_FORMAT: 'xml',
      METRICS_PORT: '99999',
      SHUTDOWN_TIMEOUT_SECONDS: '-1',
      TWILIO_ACCOUNT_SID: 'AC-not-hex',
      TWILIO_SMS_FROM: '12345',
    });
    expect(problems).toEqual([
      "DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite), got mysql://u:***@db/x",
      "REDIS_URL must be a redis:// or rediss:// URL, got http://:***@cache/",
      'TWILIO_ACCOUNT_SID must be AC followed by 32 hex digits',
      "TWILIO_SMS_FROM must be a sender number in E.164 (+8610...) or a Messaging Service SID (MG...), got '12345'",
      "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got 'loud'",
      "LOG_FORMAT must be json or pretty, got 'xml'",
      "METRICS_PORT must be an integer 1-65535, got '99999'",
      "SHUTDOWN_TIMEOUT_SECONDS must be an integer 1-3600, got '-1'",
    ]);
    expect(problems.join(' ')).not.toMatch(/hunter2|redispass/);
    // Names of kinds are read whatever their case; NODE_ENV exactly as the libraries read it.
    expect(loadConfig({ SESSION_STORE: 'Memory', LOG_LEVEL: 'DEBUG' })).toMatchObject({ storage: { sessions: 'memory' }, operations: { logLevel: 'debug' } });
    expect(problemsOf({ NODE_ENV: 'Production' })).toEqual(["NODE_ENV must be one of development, production, test, got 'Production'"]);
  });

  it.each(['0', '65536', '80.5', '3000abc'])('rejects PORT=%s', (port) => {
    expect(problemsOf({ PORT: port })[0]).toMatch(/^PORT must be an integer 1-65535/);
  });

  it('puts every problem in the error message', () => {
    expect(() => loadConfig({ PORT: 'x', ARRIVAL_MINUTES_URBAN: 'y' })).toThrow(
      /Invalid configuration:\n {2}- PORT must be .*'x'\n {2}- ARRIVAL_MINUTES_URBAN must be .*'y'/,
    );
  });

  describe('production', () => {
    it('refuses to start without the Twilio and admin tokens, PUBLIC_BASE_URL and the verification secret (issue 10 item 6)', () => {
      expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
        'TWILIO_AUTH_TOKEN is required when NODE_ENV=production (Twilio webhooks must be verified)',
        'ADMIN_TOKEN is required when NODE_ENV=production (the admin API must not be open)',
        'PUBLIC_BASE_URL is required when NODE_ENV=production (Twilio signatures are checked against it, never against forwarded headers)',
        'VERIFICATION_SECRET is required when NODE_ENV=production (at least 32 characters; it keys the verification codes kept at rest)',
      ]);
    });

    it('refuses secrets shorter than 32 characters, without showing them (issue 10 item 6)', () => {
      const problems = problemsOf({ ...PROD_SECRETS, ADMIN_TOKEN: 'x', TWILIO_AUTH_TOKEN: 'short-token', VERIFICATION_SECRET: 'abc' });
      expect(problems).toEqual([
        'TWILIO_AUTH_TOKEN is too short: at least 32 characters when NODE_ENV=production, got 11',
        'ADMIN_TOKEN is too short: at least 32 characters when NODE_ENV=production, got 1',
        'VERIFICATION_SECRET is too short: at least 32 characters when NODE_ENV=production, got 3',
      ]);
      expect(problems.join(' ')).not.toContain('short-token');
      // Outside production short tokens are accepted (development, tests).
      expect(loadConfig({ ADMIN_TOKEN: 'x' }).adminToken).toBe('x');
    });

    it('refuses a METRICS_TOKEN shorter than 32 characters, like the other secrets', () => {
      expect(problemsOf({ ...PROD_SECRETS, METRICS_TOKEN: 'scrape-me' })).toEqual([
        'METRICS_TOKEN is too short: at least 32 characters when NODE_ENV=production, got 9',
      ]);
      expect(loadConfig({ ...PROD_SECRETS, METRICS_TOKEN: 'm'.repeat(32) }).operations.metrics.token).toBe('m'.repeat(32));
      expect(loadConfig({ METRICS_TOKEN: 'scrape-me' }).operations.metrics.token).toBe('scrape-me');
    });

    it('starts with both tokens, demo data off unless asked for', () => {
      expect(loadConfig(PROD_SECRETS).demoData).toBe(false);
      expect(loadConfig({ ...PROD_SECRETS, DEMO_DATA: 'true' }).demoData).toBe(true);
    });
  });

  describe('blacklist policy (N23) and outbox (N21)', () => {
    it('reads the policy and the outbox interval', () => {
      const c = loadConfig({
        BLACKLIST_ABUSE_COUNT: '2',
        BLACKLIST_SILENT_COUNT: '10',
        BLACKLIST_WINDOW_DAYS: '14',
        BLACKLIST_DAYS: '90',
        BLACKLIST_APPROVAL: 'yes',
        OUTBOX_INTERVAL_SECONDS: '5',
        COMPLAINT_REPLY_HOURS: '48',
        QUESTION_REPLY_HOURS: '8',
      });
      expect(c.blacklist).toEqual({ abuseCount: 2, silentCount: 10, windowDays: 14, days: 90, approval: true });
      expect(c.outboxIntervalMs).toBe(5000);
      expect([loadConfig({ LIVE_ACTORS: '0' }).liveActors, loadConfig({ LIVE_ACTORS: '2000' }).liveActors, loadConfig({}).liveActors]).toEqual([0, 2000, 500]);
      expect([c.complaintReplyHours, c.questionReplyHours]).toEqual([48, 8]);
      expect([loadConfig({}).complaintReplyHours, loadConfig({}).questionReplyHours]).toEqual([24, 24]);
      expect(problemsOf({ COMPLAINT_REPLY_HOURS: '0' })).toEqual(["COMPLAINT_REPLY_HOURS must be an integer 1-720, got '0'"]);
    });

    it('refuses values out of range, with the variable and the value', () => {
      expect(
        problemsOf({ BLACKLIST_ABUSE_COUNT: '0', BLACKLIST_WINDOW_DAYS: '1y', BLACKLIST_DAYS: '0', BLACKLIST_APPROVAL: 'sometimes', OUTBOX_INTERVAL_SECONDS: '0', LIVE_ACTORS: '-1' }),
      ).toEqual([
        "BLACKLIST_ABUSE_COUNT must be an integer 1-100, got '0'",
        "BLACKLIST_WINDOW_DAYS must be an integer 1-365, got '1y'",
        "BLACKLIST_DAYS must be an integer 1-3650, got '0'",
        "BLACKLIST_APPROVAL must be true/false (or 1/0), got 'sometimes'",
        "OUTBOX_INTERVAL_SECONDS must be an integer 1-3600, got '0'",
        "LIVE_ACTORS must be an integer 0-100000, got '-1'",
      ]);
    });
  });

  describe('Twilio voices', () => {
    it('reads a voice per locale; the <Say language> follows the voice', () => {
      const c = loadConfig({
        TWILIO_VOICE_ZH_CN: 'Google.cmn-CN-Wavenet-A',
        TWILIO_VOICE_YUE_HK: 'Polly.Hiujin-Neural',
        TWILIO_VOICE_EN_US: 'Polly.Matthew-Neural',
      });
      expect(c.twilioVoices).toEqual({
        'zh-CN': { voice: 'Google.cmn-CN-Wavenet-A', language: 'cmn-CN' },
        'yue-HK': { voice: 'Polly.Hiujin-Neural', language: 'yue-CN' },
        'en-US': { voice: 'Polly.Matthew-Neural', language: 'en-US' },
      });
    });

    it('refuses a voice that cannot speak its locale (N4) or is not a voice name', () => {
      expect(
        problemsOf({ TWILIO_VOICE_ZH_CN: 'Polly.Joanna', TWILIO_VOICE_YUE_HK: 'Google.cmn-CN-Standard-A', TWILIO_VOICE_EN_US: 'alice; rm' }),
      ).toEqual([
        'TWILIO_VOICE_ZH_CN: Polly.Joanna does not speak zh-CN',
        'TWILIO_VOICE_EN_US: \'alice; rm\' is not a Twilio voice name such as Polly.Zhiyu or Google.cmn-CN-Standard-A',
        'TWILIO_VOICE_YUE_HK: Google.cmn-CN-Standard-A does not speak yue-HK',
      ]);
    });
  });

  describe('storage', () => {
    it('chooses PostgreSQL for a postgres:// DATABASE_URL', () => {
      const c = loadConfig({ DATABASE_URL: 'postgresql://app:pw@db:5432/hotline' });
      expect(c.storage.durable).toBe('postgres');
      expect(c.storage.sessions).toBe('sqlite');
    });

    it('refuses a DATABASE_URL that is not PostgreSQL, without echoing its password', () => {
      const [problem] = problemsOf({ DATABASE_URL: 'mysql://app:hunter2@db/hotline' });
      expect(problem).toMatch(/^DATABASE_URL must be a postgres:\/\/ URL/);
      expect(problem).not.toContain('hunter2');
    });

    it('chooses Redis sessions when REDIS_URL is set', () => {
      const c = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' });
      expect(c.storage).toMatchObject({ sessions: 'redis', redisUrl: 'redis://127.0.0.1:6379' });
    });

    it('lets an explicit SESSION_STORE win over REDIS_URL', () => {
      expect(loadConfig({ REDIS_URL: 'redis://r:6379', SESSION_STORE: 'memory' }).storage.sessions).toBe('memory');
    });

    it('needs REDIS_URL for SESSION_STORE=redis and rejects unknown stores', () => {
      expect(problemsOf({ SESSION_STORE: 'redis' })).toEqual(['SESSION_STORE=redis needs REDIS_URL (e.g. redis://127.0.0.1:6379)']);
      expect(problemsOf({ SESSION_STORE: 'mongo' })[0]).toMatch(/^SESSION_STORE must be one of sqlite, memory, redis/);
    });
  });

  describe('secrets', () => {
    it('never appear in error messages', () => {
      const secret = 'Sup3rSecretTokenValue';
      try {
        loadConfig({ NODE_ENV: 'production', TWILIO_AUTH_TOKEN: secret, PORT: 'bad' });
        throw new Error('expected a ConfigError');
      } catch (err) {
        expect((err as Error).message).not.toContain(secret);
      }
    });

    it('are masked by redactConfig, with URL passwords', () => {
      const c = loadConfig({
        ...PROD_SECRETS,
        DATABASE_URL: 'postgres://app:dbpass@db/hotline',
        REDIS_URL: 'redis://:redispass@cache:6379',
      });
      const logged = JSON.stringify(redactConfig(c));
      for (const secret of ['tw-secret-123', 'admin-secret-456', 'verification-secret-789', 'dbpass', 'redispass']) {
        expect(logged).not.toContain(secret);
      }
      expect(redactConfig(c)).toMatchObject({ twilioAuthToken: '(set)', adminToken: '(set)', security: { verification: { secret: '(set)' } } });
    });
  });
});

describe('loadConfigForCommand (npm start, npm run simulate)', () => {
  it('prints every problem for the operator and returns null, so the command exits non-zero', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(loadConfigForCommand({ PORT: 'abc' })).toBeNull();
    expect(printed).toHaveBeenCalledWith(expect.stringContaining("PORT must be an integer 1-65535, got 'abc'"));
    printed.mockRestore();
    expect(loadConfigForCommand({})?.port).toBe(3000);
  });
});

describe('Twilio voice rates (N2)', () => {
  it('reads the measured speaking rate of the Mandarin and Cantonese voices, within reason', () => {
    expect(loadConfig({ TWILIO_VOICE_RATE_YUE_HK: '250' }).twilioVoices['yue-HK'].charsPerMinute).toBe(250);
    expect(loadConfig({}).twilioVoices['zh-CN'].charsPerMinute).toBeUndefined();
    expect(problemsOf({ TWILIO_VOICE_RATE_ZH_CN: '20' })).toEqual(["TWILIO_VOICE_RATE_ZH_CN must be an integer 60-600, got '20'"]);
  });
});

describe('outbound calls (N15) and the dialler', () => {
  const DIALER = {
    DIALER_ENABLED: 'true',
    TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
    TWILIO_AUTH_TOKEN: 'token',
    OUTBOUND_CALLER_ID: '+8657195598',
    PUBLIC_BASE_URL: 'https://hotline.example.com',
  };

  it('N15: the calling windows are configurable, sorted, and refused when they overlap or run backwards', () => {
    expect(loadConfig({ OUTBOUND_WINDOWS: '14:00-20:00, 08:30-11:30' }).outbound.windows).toEqual([
      { from: '08:30', to: '11:30' },
      { from: '14:00', to: '20:00' },
    ]);
    expect(problemsOf({ OUTBOUND_WINDOWS: '09:00-12:00,11:00-13:00' })).toEqual(['OUTBOUND_WINDOWS: outbound windows 09:00-12:00 and 11:00-13:00 overlap']);
    expect(problemsOf({ OUTBOUND_WINDOWS: '21:00-09:00' })[0]).toMatch(/must end after it starts/);
    expect(problemsOf({ OUTBOUND_WINDOWS: 'mornings' })[0]).toMatch(/HH:MM-HH:MM/);
  });

  it('the dialler is off by default; on, it needs the account, the caller id, the token and the public URL', () => {
    expect(loadConfig({}).outbound.dialer).toBeNull();
    expect(loadConfig({ ...DIALER, TWILIO_API_BASE_URL: 'http://127.0.0.1:3191/' }).outbound.dialer).toEqual({
      accountSid: DIALER.TWILIO_ACCOUNT_SID,
      callerId: '+8657195598',
      apiBaseUrl: 'http://127.0.0.1:3191',
      intervalMs: 30_000,
      callsPerRound: 5,
    });
    expect(problemsOf({ DIALER_ENABLED: 'yes' })).toEqual([
      'DIALER_ENABLED needs TWILIO_ACCOUNT_SID (AC followed by 32 hex digits)',
      'DIALER_ENABLED needs OUTBOUND_CALLER_ID, the E.164 number calls come from (e.g. +8657195598)',
      'DIALER_ENABLED needs TWILIO_AUTH_TOKEN (the REST API and the webhooks use it)',
      'DIALER_ENABLED needs PUBLIC_BASE_URL: Twilio requests the answered call and its status there',
    ]);
    expect(problemsOf({ ...DIALER, OUTBOUND_MAX_ATTEMPTS: '0' })).toEqual(["OUTBOUND_MAX_ATTEMPTS must be an integer 1-10, got '0'"]);
  });
});

describe('security settings (issue 10)', () => {
  it('trusts forwarded headers only from the proxies TRUST_PROXY names', () => {
    expect(loadConfig({}).security.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).security.trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '0' }).security.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).security.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).security.trustProxy).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(problemsOf({ TRUST_PROXY: 'everyone' })).toEqual([
      "TRUST_PROXY must be true/false, a number of proxy hops, or proxy addresses (loopback, 10.0.0.0/8, ...), got 'everyone'",
    ]);
    expect(problemsOf({ TRUST_PROXY: '10.0.0.0/33' })).toHaveLength(1);
  });

  it('reads the rate limits and the verification settings; the SMS sender needs both its variables', () => {
    const c = loadConfig({
      RATE_LIMIT_CHAT_STARTS: '5',
      RATE_LIMIT_CHAT_MESSAGES: '30',
      RATE_LIMIT_ADMIN_FAILURES: '3',
      RATE_LIMIT_TWILIO_FAILURES: '4',
      RATE_LIMIT_NUMBER_GUESSES: '7',
      VERIFICATION_CODE_TTL_SECONDS: '120',
      VERIFICATION_MAX_ATTEMPTS: '5',
      VERIFICATION_MAX_SENDS_PER_HOUR: '2',
      TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
      TWILIO_SMS_FROM: '+8610095598',
    });
    expect(c.security.rateLimits).toEqual({ chatStartsPerMinute: 5, chatMessagesPerMinute: 30, adminFailuresPer15Minutes: 3, twilioFailuresPer15Minutes: 4, numberGuessesPerHour: 7 });
    expect(c.security.verification).toMatchObject({ codeTtlSeconds: 120, maxAttempts: 5, maxSendsPerHour: 2, sms: { accountSid: `AC${'a'.repeat(32)}`, from: '+8610095598' } });
    expect(problemsOf({ TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}` })).toEqual(['TWILIO_ACCOUNT_SID and TWILIO_SMS_FROM go together (verification codes by SMS)']);
    expect(problemsOf({ TWILIO_ACCOUNT_SID: 'nope', TWILIO_SMS_FROM: 'nope', RATE_LIMIT_CHAT_STARTS: '0' })).toEqual([
      "RATE_LIMIT_CHAT_STARTS must be an integer 1-10000, got '0'",
      'TWILIO_ACCOUNT_SID must be AC followed by 32 hex digits',
      "TWILIO_SMS_FROM must be a sender number in E.164 (+8610...) or a Messaging Service SID (MG...), got 'nope'",
    ]);
  });
});
