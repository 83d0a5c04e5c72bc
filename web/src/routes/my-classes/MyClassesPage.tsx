import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { ClassForm } from '../../features/classes/ClassForm';
import { ClassList } from '../../features/classes/ClassList';

export function MyClassesPage() {
  const { t } = useTranslation();
  const location = useLocation();

  // "Add a class" links from Home arrive with #add-class: bring that form into view and focus.
  useEffect(() => {
    if (location.hash !== '#add-class') return;
    const section = document.getElementById('add-class');
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('input, select')?.focus();
  }, [location.hash]);

  return (
    <>
      <PageHeader title={t('classes:mine.title')} description={t('classes:mine.description')} />
      <div className="stack">
        <section aria-labelledby="my-classes-list">
          <h2 id="my-classes-list">{t('classes:mine.listTitle')}</h2>
          <ClassList scope="mine" />
        </section>
        <Card title={t('classes:form.title')} id="add-class">
          <ClassForm />
        </Card>
      </div>
    </>
  );
}
