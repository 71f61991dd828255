import type { DraftErrors, MetadataDraft, MetadataField } from '../shared/sourceDraft';
import { PUBLISHED_HINT } from '../shared/format';
import { TextField } from './TextField';

interface MetadataFieldsProps {
  /** Makes the field ids unique on the page. */
  idPrefix: string;
  draft: MetadataDraft;
  errors: DraftErrors<MetadataField>;
  onChange: (field: MetadataField, value: string) => void;
  disabled?: boolean;
}

/** Outlet, title, byline, published date and address of an article. */
export function MetadataFields({ idPrefix, draft, errors, onChange, disabled }: MetadataFieldsProps) {
  const field = (name: MetadataField) => ({
    id: `${idPrefix}-${name}`,
    value: draft[name],
    error: errors[name],
    disabled,
    onInput: (value: string) => onChange(name, value),
  });
  return (
    <div class="field-grid">
      <TextField {...field('outlet')} label="Outlet" required />
      <TextField {...field('title')} label="Title" required />
      <TextField {...field('byline')} label="Byline" />
      <TextField {...field('published')} label="Published" type="date" hint={PUBLISHED_HINT} required />
      <TextField {...field('url')} label="URL" type="url" hint="The article's web address." />
    </div>
  );
}
