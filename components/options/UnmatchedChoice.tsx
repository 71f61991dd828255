import { useEffect, useState } from 'preact/hooks';
import type { Result, Settings } from '../../protocol/messages';

type Unmatched = Settings['unmatched'];

const CHOICES: ReadonlyArray<{ value: Unmatched; label: string; hint: string }> = [
  { value: 'show', label: 'Mark them like the others', hint: 'A dotted underline.' },
  { value: 'quiet', label: 'Mark them faintly', hint: 'A faint dotted underline. The default.' },
  {
    value: 'hide',
    label: 'Do not mark them',
    hint: 'No mark and no Tab stop. The page can then tell which of its figures your sources cover.',
  },
];

interface UnmatchedChoiceProps {
  value: Unmatched;
  onSave: (change: Partial<Settings>) => Promise<Result<Settings>>;
}

/** How figures that no other stored source reports are marked; pages marked from now on follow it. */
export function UnmatchedChoice({ value, onSave }: UnmatchedChoiceProps) {
  // shown at once, before the save completes; back to the stored choice if the save fails
  const [chosen, setChosen] = useState(value);
  useEffect(() => setChosen(value), [value]);
  const choose = async (choice: Unmatched) => {
    setChosen(choice);
    const result = await onSave({ unmatched: choice });
    if (!result.ok) setChosen(value);
  };
  return (
    <fieldset>
      <legend>Figures no other source reports</legend>
      <p class="hint">Pages follow this from the next time they are marked (reload an open page).</p>
      {CHOICES.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name="unmatched"
            value={choice.value}
            checked={chosen === choice.value}
            onChange={() => void choose(choice.value)}
          />
          {/* one block beside the radio: the hint under its label, not squeezing it into a column */}
          <span>
            {choice.label}
            <br />
            <span class="hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
