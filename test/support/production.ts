/** An environment a production start accepts: its required secrets set (long enough), for tests of what production refuses or allows. */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  PUBLIC_BASE_URL: 'https://hotline.example.com',
  TWILIO_AUTH_TOKEN: 'tw-secret-123-0123456789abcdef0123',
  ADMIN_TOKEN: 'admin-secret-456-0123456789abcdef0123',
  VERIFICATION_SECRET: 'verification-secret-789-0123456789abcdef',
  METRICS_TOKEN: 'metrics-secret-0123456789abcdef0123456789',
} as const;
