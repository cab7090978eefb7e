import { findLinks } from '../domain/links';

/** Text with its http(s), mailto and www. links made clickable; anything unsafe stays plain text. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {findLinks(text).map((part, i) =>
        part.href ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
