import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { fieldErrorsOf, normalizePath } from './problem';

describe('problem field errors', () => {
  it('normalizes the path styles servers use', () => {
    expect(normalizePath('email')).toBe('email');
    expect(normalizePath('/roles/0/schoolId')).toBe('roles.0.schoolId');
    expect(normalizePath('body.name')).toBe('name');
  });

  it('maps errors[] to fields, first message wins', () => {
    const error = new ApiError(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [
        { path: '/email', message: 'Invalid email' },
        { path: 'email', message: 'second' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({ email: 'Invalid email' });
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });
});
