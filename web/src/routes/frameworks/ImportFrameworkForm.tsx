import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { IMPORT_FORMATS } from '#core/contracts/frameworks';
import type { Locale } from '#core/domain/roles';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useImportFramework } from '../../features/frameworks/useFrameworks';
import { isApiError } from '../../lib/api';

type Format = (typeof IMPORT_FORMATS)[number];

/**
 * Import a framework from a file (our JSON, the CSV template, or a CASE package). A file with
 * problems is refused as a whole, and every problem is listed with its row or field, so the
 * admin can fix the file and try again; nothing is half-imported.
 */
export function ImportFrameworkForm() {
  const { t, i18n } = useTranslation('frameworks');
  const navigate = useNavigate();
  const importFramework = useImportFramework();
  const [format, setFormat] = useState<Format>('csv');
  const [content, setContent] = useState('');
  const [title, setTitle] = useState('');
  const [locale, setLocale] = useState<Locale>(i18n.resolvedLanguage === 'es' ? 'es' : 'en');
  const [missing, setMissing] = useState(false);
  const problem = importFramework.error;
  const rowErrors = isApiError(problem) ? (problem.problem?.errors ?? []) : [];

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setContent(await file.text());
    if (/\.json$/i.test(file.name) && format === 'csv') setFormat('json');
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setMissing(content.trim() === '');
    if (content.trim() === '') return;
    const framework = await importFramework
      .mutateAsync({
        format,
        content,
        ...(format !== 'json' ? { locale } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
      })
      .catch(() => null);
    if (framework)
      navigate(`/frameworks/${framework.id}`, { state: { flash: t('import.done', { title: framework.title }) } });
  };

  return (
    <form className="form stack" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{t('import.hint')}</p>
      {rowErrors.length > 0 ? (
        <Alert tone="error" title={t('import.refused')}>
          <ul data-testid="import-errors">
            {rowErrors.map((error) => (
              <li key={`${error.path}:${error.message}`}>
                {error.path && <strong>{error.path}: </strong>}
                {error.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : problem ? (
        <ErrorAlert error={problem} />
      ) : null}
      <Select
        label={t('import.format')}
        options={IMPORT_FORMATS.map((value) => ({ value, label: t(`import.formats.${value}`) }))}
        value={format}
        onChange={(e) => setFormat(e.target.value as Format)}
      />
      {format !== 'json' && (
        <Select
          label={t('import.language')}
          hint={t('import.languageHint')}
          options={[
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
          ]}
          value={locale}
          onChange={(e) => setLocale(e.target.value as Locale)}
        />
      )}
      {format === 'csv' && (
        <TextField
          label={t('import.frameworkTitle')}
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
        />
      )}
      <div className="field">
        <label htmlFor="framework-file" className="field-label">
          {t('import.file')}
        </label>
        <input
          id="framework-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          className="input"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
      </div>
      <TextArea
        label={t('import.content')}
        hint={t('import.contentHint')}
        rows={8}
        value={content}
        error={missing ? t('import.contentRequired') : undefined}
        onChange={(e) => setContent(e.target.value)}
        spellCheck={false}
      />
      <FormActions busy={importFramework.isPending} submitLabel={t('import.submit')} />
    </form>
  );
}
