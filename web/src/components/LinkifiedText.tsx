import { linkify } from '../lib/linkify';

/** Plain text with its http(s) addresses clickable; everything else stays text (no HTML is parsed). */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((segment, index) =>
        segment.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are derived from immutable text
          <a key={index} href={segment.value} rel="noopener noreferrer">
            {segment.value}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are derived from immutable text
          <span key={index}>{segment.value}</span>
        ),
      )}
    </>
  );
}
