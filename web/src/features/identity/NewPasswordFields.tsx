import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { PASSWORD_MIN } from '../../lib/validate';

interface NewPasswordFieldsProps {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  passwordError?: string;
  repeatError?: string;
  passwordLabel?: string;
}

/** New password typed twice: on a phone keyboard a typo is easy and a lockout is costly. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={props.passwordLabel ?? t('auth:fields.newPassword')}
        hint={t('auth:fields.passwordHint', { min: PASSWORD_MIN })}
        type="password"
        autoComplete="new-password"
        required
        value={props.password}
        onChange={(event) => props.onPassword(event.target.value)}
        error={props.passwordError}
      />
      <TextField
        label={t('auth:fields.repeatPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={props.repeat}
        onChange={(event) => props.onRepeat(event.target.value)}
        error={props.repeatError}
      />
    </>
  );
}
