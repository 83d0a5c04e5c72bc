import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';

type HeadingTag = 'h3' | 'h4' | 'h5' | 'h6';

/**
 * Card text is markdown written by people: rendered as React elements only (no raw HTML, no
 * images that could call out to other sites), and any heading inside it sits one level under
 * the section it belongs to, so the page outline stays in order.
 */
export function Markdown({ children, headingLevel }: { children: string; headingLevel: 2 | 3 }) {
  const Heading = `h${Math.min(headingLevel + 1, 6)}` as HeadingTag;
  const heading = ({ children: text }: { children?: ReactNode }) => <Heading>{text}</Heading>;
  const components: Components = { h1: heading, h2: heading, h3: heading, h4: heading, h5: heading, h6: heading };
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml disallowedElements={['img']} unwrapDisallowed components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
