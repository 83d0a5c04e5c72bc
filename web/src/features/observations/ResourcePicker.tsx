import { useTranslation } from 'react-i18next';
import { CardPicker } from '../library/CardPicker';

/** Links one strategy card from the library to an action step. */
export function ResourcePicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (resourceId: string | null) => void;
}) {
  const { t } = useTranslation('observations');
  return (
    <CardPicker
      value={value}
      onChange={onChange}
      testId="resource-picker"
      labels={{
        chosen: t('feedback.cardChosen'),
        preview: t('feedback.cardPreview'),
        remove: t('feedback.cardRemove'),
        search: t('feedback.cardSearch'),
        searchHint: t('feedback.cardSearchHint'),
        none: t('feedback.cardNone'),
        results: t('feedback.cardResults'),
        choose: t('feedback.cardChoose'),
        chooseNamed: (title) => t('feedback.cardChooseNamed', { title }),
      }}
    />
  );
}
