import type { ComponentChildren } from 'preact';

interface SectionProps {
  id: string;
  title: string;
  children: ComponentChildren;
}

/** A titled part of the page. Its heading can take focus, so focus has a place to return to. */
export function Section({ id, title, children }: SectionProps) {
  return (
    <section id={id} class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
