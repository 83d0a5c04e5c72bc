import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export function CopyButton({ value, label }: { value: string; label?: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // Clipboard needs a secure context; on plain http the person can still select the text.
      setStatus('failed');
    }
  }

  return (
    <span className="copy">
      <Button variant="secondary" onClick={copy}>
        {label ?? t('common:actions.copy')}
      </Button>
      <span role="status" className="copy-status">
        {status === 'copied' ? t('common:copied') : status === 'failed' ? t('common:copyFailed') : ''}
      </span>
    </span>
  );
}
