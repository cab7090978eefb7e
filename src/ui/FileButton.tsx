import type { LucideIcon } from 'lucide-react';
import type { ChangeEvent } from 'react';

interface FileButtonProps {
  icon: LucideIcon;
  label: string;
  /** Test id of the hidden file input (what automation sets files on). */
  testId: string;
  /** The file types the picker offers first (the input's `accept`); a file of another type still arrives. */
  accept: string;
  /** Called with the chosen file; choosing the same file again calls it again. */
  onFile(file: File): void;
}

/** A button that opens the browser's file picker. */
export function FileButton({ icon: Icon, label, testId, accept, onFile }: FileButtonProps) {
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  };
  return (
    <label className="button">
      <Icon size={16} aria-hidden="true" />
      {label}
      <input type="file" className="visually-hidden" data-testid={testId} accept={accept} onChange={onChange} />
    </label>
  );
}
