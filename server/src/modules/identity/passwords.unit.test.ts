import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('hashes with a fresh salt and verifies only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('contraseña segura'), hashPassword('contraseña segura')]);
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('contraseña segura', a)).toBe(true);
    expect(await verifyPassword('contrasena segura', a)).toBe(false);
  });

  it('treats canonically equal Unicode as the same password', async () => {
    const composed = 'café'.normalize('NFC');
    const decomposed = 'café'.normalize('NFD');
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it('rejects a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
