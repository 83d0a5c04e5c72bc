import type { ReactNode } from 'react';
import { Button } from './Button';

/** A form's submit button (busy while saving), with any secondary actions after it. */
export function FormActions({
  busy,
  submitLabel,
  children,
}: {
  busy: boolean;
  submitLabel: string;
  children?: ReactNode;
}) {
  return (
    <div className="button-row">
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
      {children}
    </div>
  );
}
