import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentImport, AssessmentImportResult, AssessmentSchool } from '#core/contracts/assessments';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { type Column, Table } from '../../components/Table';
import {
  rowIssuesOf,
  TEMPLATE_URL,
  useAssessmentImports,
  useAssessmentSchools,
  useDeleteAssessmentImport,
  useImportAssessments,
} from '../../features/assessments/useAssessments';
import { useFormatDate } from '../../lib/format';
import '../../features/assessments/assessments.css';

/**
 * Level 5 of the impact dashboards: a district admin (any school) or a school leader (their own)
 * imports class-level assessment results. A file with any bad row is refused whole, with every
 * problem listed by line and column, so it can be fixed and imported again.
 */
export function AssessmentsPage() {
  const { t } = useTranslation('assessments');
  const [flash, setFlash] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {flash ? <Alert tone="success">{flash}</Alert> : null}
      <div className="stack">
        <TemplateCard />
        <UploadCard onDone={setFlash} />
        <ImportsCard onDeleted={() => setFlash(t('imports.deleted'))} />
      </div>
    </>
  );
}

function TemplateCard() {
  const { t } = useTranslation('assessments');
  const schools = useAssessmentSchools();
  const items = schools.data?.items ?? [];
  const columns: Column<AssessmentSchool>[] = [
    { key: 'school', header: t('template.school'), render: (s) => s.name },
    {
      key: 'id',
      header: t('template.schoolId'),
      render: (s) => <code className="assessments-wrap">{s.schoolIdInFile}</code>,
    },
  ];
  return (
    <Card title={t('template.heading')}>
      <p>{t('template.body')}</p>
      <p>
        <a className="btn btn-secondary" href={TEMPLATE_URL} download>
          {t('template.download')}
        </a>
      </p>
      <QueryState
        query={schools}
        isEmpty={items.length === 0}
        empty={<p className="muted">{t('template.noSchools')}</p>}
      >
        <Table caption={t('template.schoolsCaption')} columns={columns} rows={items} rowKey={(s) => s.id} />
      </QueryState>
    </Card>
  );
}

function UploadCard({ onDone }: { onDone: (message: string | null) => void }) {
  const { t } = useTranslation('assessments');
  const format = useFormatDate();
  const upload = useImportAssessments();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const issues = rowIssuesOf(upload.error);

  const summary = (result: AssessmentImportResult) =>
    [
      result.replayed
        ? t('upload.replayed', { date: format.dateTime(result.import.importedAt) })
        : t('upload.done', { count: result.import.rowCount, file: result.import.fileName }),
      result.matchedClasses > 0 ? t('upload.matched', { count: result.matchedClasses }) : '',
    ]
      .filter(Boolean)
      .join(' ');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    onDone(null);
    setMissing(file === null);
    if (!file) return input.current?.focus();
    const result = await upload.mutateAsync(file).catch(() => null);
    if (result) {
      onDone(summary(result));
      setFile(null);
      if (input.current) input.current.value = '';
    }
  };

  const issueColumns: Column<(typeof issues)[number]>[] = [
    { key: 'line', header: t('upload.line'), render: (i) => (i.line > 0 ? i.line : '—') },
    {
      key: 'column',
      header: t('upload.column'),
      render: (i) => i.column || (i.line > 0 ? t('upload.wholeRow') : t('upload.wholeFile')),
    },
    { key: 'message', header: t('upload.problem'), render: (i) => i.message },
  ];

  return (
    <Card title={t('upload.heading')}>
      <form className="form stack" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="assessment-file" className="field-label">
            {t('upload.file')}
          </label>
          <input
            ref={input}
            id="assessment-file"
            type="file"
            accept=".csv,text/csv"
            className="input"
            aria-invalid={missing || undefined}
            aria-describedby={missing ? 'assessment-file-error' : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setMissing(false);
            }}
          />
          {missing ? (
            <p id="assessment-file-error" className="field-error">
              {t('upload.choose')}
            </p>
          ) : null}
        </div>
        {issues.length > 0 ? (
          <div data-testid="assessment-errors">
            <Alert tone="error" title={t('upload.refused')} />
            <Table
              caption={t('upload.errorsCaption')}
              columns={issueColumns}
              rows={issues}
              rowKey={(i) => `${i.line}:${i.column}:${i.message}`}
            />
          </div>
        ) : upload.error ? (
          <ErrorAlert error={upload.error} />
        ) : null}
        <div>
          <Button type="submit" busy={upload.isPending}>
            {t('upload.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function ImportsCard({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation('assessments');
  const format = useFormatDate();
  const imports = useAssessmentImports();
  const remove = useDeleteAssessmentImport();
  const [deleting, setDeleting] = useState<AssessmentImport | null>(null);
  const items = imports.data?.items ?? [];
  const columns: Column<AssessmentImport>[] = [
    { key: 'file', header: t('imports.file'), render: (i) => <span className="assessments-wrap">{i.fileName}</span> },
    { key: 'rows', header: t('imports.rows'), render: (i) => i.rowCount },
    {
      key: 'dates',
      header: t('imports.dates'),
      render: (i) =>
        i.firstDate === i.lastDate
          ? format.date(i.firstDate)
          : `${format.date(i.firstDate)} – ${format.date(i.lastDate)}`,
    },
    { key: 'by', header: t('imports.by'), render: (i) => i.importedBy.name },
    { key: 'when', header: t('imports.when'), render: (i) => format.dateTime(i.importedAt) },
    {
      key: 'actions',
      header: t('imports.actions'),
      render: (i) =>
        i.canDelete ? (
          <Button
            variant="ghost"
            aria-label={t('imports.deleteLabel', { file: i.fileName })}
            onClick={() => {
              remove.reset();
              setDeleting(i);
            }}
          >
            {t('imports.delete')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Card title={t('imports.heading')}>
      <QueryState query={imports} isEmpty={items.length === 0} empty={<EmptyState title={t('imports.empty')} />}>
        <Table caption={t('imports.caption')} columns={columns} rows={items} rowKey={(i) => i.id} />
      </QueryState>
      <ConfirmDialog
        open={deleting !== null}
        title={t('imports.confirmTitle')}
        confirmLabel={t('imports.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              onDeleted();
            },
          })
        }
      >
        <p>{deleting ? t('imports.confirmBody', { count: deleting.rowCount, file: deleting.fileName }) : null}</p>
      </ConfirmDialog>
    </Card>
  );
}
