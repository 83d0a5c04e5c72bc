import type { ReactNode } from 'react';

interface CardProps {
  title?: ReactNode;
  /** Heading level keeps the outline in order where the card is used. */
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
  id?: string;
}

export function Card({ title, level = 2, actions, children, className, testId, id }: CardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['card', className].filter(Boolean).join(' ')} data-testid={testId} id={id}>
      {(title || actions) && (
        <div className="card-header">
          {title && <Heading className="card-title">{title}</Heading>}
          {actions && <div className="card-actions">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
