import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('captures helmet’s headers once, with our CSP, and HSTS only when asked', () => {
    const plain = securityHeaders({
      contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } },
      strictTransportSecurity: false,
    });
    expect(plain['content-security-policy']).toContain("default-src 'self'");
    expect(plain['x-content-type-options']).toBe('nosniff');
    expect(plain['strict-transport-security']).toBeUndefined();
    const https = securityHeaders({ strictTransportSecurity: true });
    expect(https['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
